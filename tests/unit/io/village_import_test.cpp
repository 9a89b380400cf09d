// A bureau's own villages.csv replaces the generated villages.
#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <thread>

#include "district_copy.h"
#include "sim/io/district_loader.h"
#include "sim/io/village_import.h"

namespace ttx::io {
namespace {

using testing_support::DistrictCopy;

// A plausible bureau list: the generated villages renamed, one per row.
std::string bureau_csv(int drop = 0) {
  const DistrictLoad load = load_district(std::string(TTX_SOURCE_DIR) + "/scenarios/haimen");
  std::string csv = "id,town,name,lat,lon,population,provenance\n";
  const auto& villages = load.world.villages;
  for (std::size_t i = 0; i + drop < villages.size(); ++i) {
    const auto& v = villages[i];
    csv += "real_" + std::to_string(i) + "," + load.world.towns[v.town].id + ",测试" + std::to_string(i) + "村," +
           std::to_string(v.lat) + "," + std::to_string(v.lon) + "," + std::to_string(static_cast<long>(v.population)) +
           ",\"bureau: village register, 2026\"\n";
  }
  return csv;
}

TEST(VillageImport, ACsvBesideTheDistrictReplacesTheGeneratedVillages) {
  DistrictCopy copy;
  copy.write("villages.csv", bureau_csv());
  const DistrictLoad load = load_district(copy.dir());
  for (const auto& d : load.diagnostics.list()) ADD_FAILURE() << format(d);
  ASSERT_EQ(load.world.villages.size(), 294u);
  EXPECT_EQ(load.world.villages[0].id, "real_0");
  EXPECT_EQ(load.world.villages[0].name, "测试0村");
  EXPECT_FALSE(load.world.villages[0].generated);
  EXPECT_GE(load.world.roads.find("real_293"), 0) << "the road network is built on the imported villages";
  int bureau_figures = 0;
  for (const auto& e : load.provenance) bureau_figures += e.kind == world::ProvenanceKind::bureau;
  EXPECT_EQ(bureau_figures, 294 * 3) << "lat, lon and population of every row";
}

TEST(VillageImport, AListThatContradictsTheDeclaredTotalIsRefused) {
  DistrictCopy copy;
  copy.write("villages.csv", bureau_csv(/*drop=*/4));
  const DistrictLoad load = load_district(copy.dir());
  ASSERT_FALSE(load.ok());
  bool found = false;
  for (const auto& d : load.diagnostics.list()) {
    found |= d.field == "declared.villages" && d.message.find("the rows of villages.csv add up to 290") != std::string::npos;
  }
  EXPECT_TRUE(found);
}

TEST(VillageImport, AnUnknownTownIsReportedAtItsCell) {
  DistrictCopy copy;
  std::string csv = bureau_csv();
  const std::size_t at = csv.find(",changle,");
  csv.replace(at, 9, ",changel,");
  // The cell's line and column, counted in the text written: the row's line, and the
  // first character after the id's comma.
  const int line = 1 + static_cast<int>(std::count(csv.begin(), csv.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
  const std::size_t row_start = csv.rfind('\n', at) + 1;
  const int column = static_cast<int>(at + 1 - row_start) + 1;
  copy.write("villages.csv", csv);
  const DistrictLoad load = load_district(copy.dir());
  ASSERT_FALSE(load.ok());
  const Diagnostic* found = nullptr;
  for (const auto& d : load.diagnostics.list()) {
    if (d.message.find("unknown town 'changel'") != std::string::npos) found = &d;
  }
  ASSERT_NE(found, nullptr);
  EXPECT_EQ(std::filesystem::path(found->file).filename(), "villages.csv");
  EXPECT_GT(line, 1) << "a data row, not the header";
  EXPECT_EQ(found->line, line);
  EXPECT_EQ(found->column, column);
}

namespace fs = std::filesystem;

/// Replaces `path` whole with `text` (so a reader sees one version or the other).
void swap_in(const fs::path& path, const std::string& text) {
  const fs::path tmp = path.string() + ".next";
  std::ofstream(tmp, std::ios::binary) << text;
  fs::rename(tmp, path);
}

TEST(VillageImport, InstallsTheBytesItCheckedWhileTheFileChangesUnderIt) {
  DistrictCopy copy;
  const fs::path csv = copy.dir().string() + "_register.csv";
  const std::string good = bureau_csv();
  std::string bad = good;
  bad.replace(bad.find(",changle,"), 9, ",changel,");
  swap_in(csv, good);
  std::atomic<bool> stop{false};
  std::thread editor([&] {
    for (int i = 0; !stop; ++i) swap_in(csv, i % 2 ? good : bad);
  });
  int installed = 0, refused = 0;
  for (int i = 0; i < 12; ++i) {
    const VillageImport r = import_villages(copy.dir(), csv);
    if (r.ok()) {
      ++installed;
      ASSERT_EQ(copy.read("villages.csv"), good) << "installed bytes that were not checked";
    } else {
      ++refused;
      ASSERT_FALSE(r.diagnostics.empty());
      EXPECT_NE(format(r.diagnostics.list().front()).find("changel"), std::string::npos);
    }
  }
  stop = true;
  editor.join();
  EXPECT_EQ(installed + refused, 12);
  swap_in(csv, good);
  EXPECT_TRUE(import_villages(copy.dir(), csv).ok());
  EXPECT_EQ(copy.read("villages.csv"), good);
  fs::remove(csv);
}

TEST(VillageImport, ARefusedListWritesNothing) {
  DistrictCopy copy;
  const fs::path csv = copy.dir().string() + "_register.csv";
  std::string bad = bureau_csv();
  bad.replace(bad.find(",changle,"), 9, ",changel,");
  std::ofstream(csv, std::ios::binary) << bad;
  const VillageImport r = import_villages(copy.dir(), csv);
  EXPECT_FALSE(r.ok());
  EXPECT_FALSE(fs::exists(copy.path("villages.csv")));
  for (const auto& e : fs::directory_iterator(copy.dir())) {
    EXPECT_EQ(e.path().filename().string().find(".villages.csv"), std::string::npos) << e.path();
  }
  fs::remove(csv);
}

TEST(VillageImport, AFolderInTheWayIsReportedAndNothingIsReplaced) {
  DistrictCopy copy;
  const fs::path csv = copy.dir().string() + "_register.csv";
  std::ofstream(csv, std::ios::binary) << bureau_csv();
  fs::create_directories(copy.path("villages.csv") / "keep");
  const VillageImport r = import_villages(copy.dir(), csv);
  EXPECT_FALSE(r.ok());
  EXPECT_NE(r.write_error.find("villages.csv': it is a folder"), std::string::npos) << r.write_error;
  EXPECT_TRUE(fs::is_directory(copy.path("villages.csv") / "keep"));
  fs::remove(csv);
}

}  // namespace
}  // namespace ttx::io
