// The worklist of assumed figures: written, filled in by the bureau, applied back.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <set>
#include <sstream>

#include "../io/district_copy.h"
#include "sim/exchange/sensitivity.h"
#include "sim/exchange/worklist.h"
#include "sim/exchange/worklist_import.h"
#include "sim/exchange/xlsx_writer.h"
#include "sim/io/message_zh.h"

namespace ttx::exchange {
namespace {

namespace fs = std::filesystem;
using testing_support::DistrictCopy;

struct Fixture {
  DistrictCopy copy;
  io::DistrictLoad load = io::load_district(copy.dir());
  Workbook book = worklist_workbook(load, nullptr);
  std::map<std::string, std::string> before;
  fs::path xlsx = copy.dir().string() + "_worklist.xlsx";
  Fixture() {
    EXPECT_TRUE(load.ok());
    for (const auto& e : fs::recursive_directory_iterator(copy.dir())) {
      if (e.is_regular_file()) before[e.path().string()] = read(e.path());
    }
  }
  ~Fixture() { fs::remove(xlsx); }
  static std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  Sheet& sheet() { return book.sheets.front(); }
  std::size_t column(const std::string& key) {
    for (std::size_t c = 0; c < sheet().columns.size(); ++c) {
      if (sheet().columns[c].key == key) return c;
    }
    ADD_FAILURE() << "no column " << key;
    return 0;
  }
  /// The row of `field` (its worklist row number, 1-based as a spreadsheet counts).
  int row_of(const std::string& field) {
    const std::size_t c = column("field");
    for (std::size_t r = 0; r < sheet().rows.size(); ++r) {
      if (sheet().rows[r][c].text == field) return static_cast<int>(r) + kHeaderRows + 1;
    }
    ADD_FAILURE() << "no row for " << field;
    return 0;
  }
  void fill(const std::string& field, const std::string& value, const std::string& source) {
    auto& row = sheet().rows[static_cast<std::size_t>(row_of(field) - kHeaderRows - 1)];
    row[column(kBureauValue)] = make_cell(value);
    row[column(kBureauSource)] = Cell{source};
  }
  WorklistImport run(bool dry_run = false) {
    EXPECT_EQ(write_xlsx(book, xlsx), "");
    return import_worklist(copy.dir(), xlsx, dry_run);
  }
  bool unchanged() {
    for (const auto& [f, text] : before) {
      if (read(f) != text) return false;
    }
    return true;
  }
};

std::map<std::string, const world::ProvenanceEntry*> by_field(const io::DistrictLoad& d) {
  std::map<std::string, const world::ProvenanceEntry*> m;
  for (const auto& e : d.provenance) m[e.field] = &e;
  return m;
}

// Every comment of a text, from '#' to the end of its line, in order.
std::vector<std::string> comments(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (const auto hash = line.find('#'); hash != std::string::npos && line.find('"') > hash) out.push_back(line.substr(hash));
  }
  return out;
}

const char* const kStaff = "depots[district_warehouse].handling.staff";
const char* const kHeight = "depots[district_warehouse].usable_height_m";
const char* const kTrucks = "vehicles[light_truck].count";
const char* const kQuiltWeight = "items[relief_quilt].unit_weight_kg";
const char* const kRelatives = "population.stay_with_relatives_share";

TEST(Worklist, EveryAssumedFigureIsARowWithItsPlaceValueAndReason) {
  Fixture f;
  std::size_t assumed = 0;
  for (const auto& e : f.load.provenance) assumed += e.kind == world::ProvenanceKind::assumed;
  ASSERT_EQ(f.sheet().rows.size(), assumed);
  const auto& row = f.sheet().rows[static_cast<std::size_t>(f.row_of(kStaff) - kHeaderRows - 1)];
  EXPECT_EQ(row[f.column("file")].text, "depots.yaml");
  EXPECT_EQ(row[f.column("value")].text, "6");
  EXPECT_EQ(row[f.column("unit")].text, "人 / persons");
  EXPECT_EQ(row[f.column("reason")].text, "6 loaders");
  EXPECT_TRUE(row[f.column(kBureauValue)].text.empty());
  EXPECT_TRUE(row[f.column(kBureauSource)].text.empty());
  // The file and line are where the figure is written.
  const std::string text = Fixture::read(f.copy.path("depots.yaml"));
  std::istringstream in(text);
  std::string line;
  for (int i = 0; i < std::stoi(row[f.column("line")].text); ++i) std::getline(in, line);
  EXPECT_NE(line.find("staff: {value: 6"), std::string::npos) << line;
}

TEST(Worklist, FiveFilledRowsChangeExactlyThoseFiguresAndKeepEveryComment) {
  Fixture f;
  f.fill(kStaff, "4", "区发改委 储备库管理制度, 2025-04");
  f.fill(kHeight, "2.5", "区发改委 储备库管理制度, 2025-04");
  f.fill(kTrucks, "20", "区交通运输局 应急运力储备清单, 2026-05");
  f.fill(kQuiltWeight, "2.2", "区应急管理局 物资台账, 2026-05");
  f.fill(kRelatives, "", "区民政局 受灾人员安置统计, 2025");  // a source alone confirms the value
  const auto old = by_field(f.load);

  const WorklistImport dry = f.run(true);
  ASSERT_TRUE(dry.ok()) << (dry.diagnostics.empty() ? dry.write_error : io::format(dry.diagnostics.list().front()));
  EXPECT_TRUE(f.unchanged());
  EXPECT_EQ(dry.changes.size(), 5u);

  const WorklistImport r = f.run();
  ASSERT_TRUE(r.ok());
  const io::DistrictLoad now = io::load_district(f.copy.dir());
  ASSERT_TRUE(now.ok());
  std::set<std::string> values, tags;
  for (const auto& [field, e] : by_field(now)) {
    ASSERT_TRUE(old.count(field)) << field;
    if (e->value != old.at(field)->value) values.insert(field);
    if (e->kind != old.at(field)->kind || e->note != old.at(field)->note) tags.insert(field);
  }
  EXPECT_EQ(values, (std::set<std::string>{kStaff, kHeight, kTrucks, kQuiltWeight}));
  const auto got = by_field(now);
  EXPECT_EQ(got.at(kStaff)->value, "4");
  EXPECT_EQ(got.at(kStaff)->kind, world::ProvenanceKind::bureau);
  EXPECT_EQ(got.at(kStaff)->note, "区发改委 储备库管理制度, 2025-04");
  EXPECT_EQ(got.at(kTrucks)->note, "区交通运输局 应急运力储备清单, 2026-05");
  EXPECT_EQ(got.at(kRelatives)->value, "0.5");
  EXPECT_EQ(got.at(kRelatives)->kind, world::ProvenanceKind::bureau);
  // The quilt's row in items.csv holds its quantity and volume too, still assumed: the
  // row stays assumed and notes the bureau's weight.
  EXPECT_EQ(got.at(kQuiltWeight)->value, "2.2");
  EXPECT_EQ(got.at(kQuiltWeight)->kind, world::ProvenanceKind::assumed);
  EXPECT_NE(got.at(kQuiltWeight)->note.find("unit_weight_kg 2.2 from bureau: 区应急管理局 物资台账, 2026-05"), std::string::npos);

  // Only the lines of those figures changed, and every comment is still there.
  std::size_t lines_changed = 0;
  for (const auto& [file, text] : f.before) {
    const std::string after = Fixture::read(file);
    EXPECT_EQ(comments(after), comments(text)) << file;
    std::istringstream a(text), b(after);
    std::string la, lb;
    while (std::getline(a, la)) {
      ASSERT_TRUE(std::getline(b, lb)) << file;
      lines_changed += la != lb;
    }
    EXPECT_FALSE(std::getline(b, lb)) << file;
  }
  EXPECT_EQ(lines_changed, 5u);

  const std::string summary = worklist_summary(r, io::Lang::en);
  EXPECT_NE(summary.find("5 of " + std::to_string(f.sheet().rows.size()) +
                         " worklist rows filled in: 4 figures take the bureau's value, 1 keeps theirs"),
            std::string::npos)
      << summary;
  EXPECT_NE(summary.find("depots.yaml:17  depots[district_warehouse].handling.staff: 6 -> 4"), std::string::npos) << summary;
  EXPECT_NE(summary.find(std::string(kRelatives) + ": 0.5 (unchanged)"), std::string::npos) << summary;
  EXPECT_NE(summary.find("the row's other figures (quantity, unit_volume_m3) are still assumed"), std::string::npos) << summary;
  EXPECT_NE(worklist_summary(r, io::Lang::zh).find("已填写 5 行：4 个数据改为区局核定值"), std::string::npos);

  // The same worklist again: its rows now name figures that are no longer assumed.
  const WorklistImport again = f.run(true);
  EXPECT_FALSE(again.ok());
}

TEST(Worklist, BadRowsAreEachReportedAtTheirCellAndNothingChanges) {
  Fixture f;
  f.fill(kStaff, "四", "区发改委, 2025");                 // not a number
  f.fill(kHeight, "2.5", "");                             // no source
  f.fill(kTrucks, "20", "assumed: more trucks");          // not the bureau's
  f.fill("depots[district_warehouse].usable_floor_share", "1.5", "区发改委, 2025");  // out of range
  const WorklistImport r = f.run();
  EXPECT_TRUE(f.unchanged());
  ASSERT_EQ(r.diagnostics.size(), 3u) << "the range is checked once the rows read";
  const std::string at = f.xlsx.string() + ":worklist";
  const auto at_row = [&](int row) -> const io::Diagnostic& {
    for (const auto& d : r.diagnostics.list()) {
      if (d.line == row) return d;
    }
    ADD_FAILURE() << "nothing reported at row " << row;
    return r.diagnostics.list().front();
  };
  const io::Diagnostic& number = at_row(f.row_of(kStaff));
  EXPECT_EQ(io::format(number), at + ":" + std::to_string(f.row_of(kStaff)) + ":" + std::to_string(f.column(kBureauValue) + 1) +
                                    ": " + kStaff + ": expected a number, got '四'");
  EXPECT_EQ(io::format(number, io::Lang::zh), at + ":" + std::to_string(f.row_of(kStaff)) + ":" +
                                                  std::to_string(f.column(kBureauValue) + 1) + ": " + kStaff +
                                                  ": 应为数值，实际为 '四'");
  EXPECT_EQ(at_row(f.row_of(kHeight)).column, static_cast<int>(f.column(kBureauSource)) + 1);
  EXPECT_NE(at_row(f.row_of(kHeight)).message.find("give the document and date"), std::string::npos);
  EXPECT_NE(at_row(f.row_of(kTrucks)).message.find("cannot be 'assumed'"), std::string::npos);

  // With the three fixed, the range check of ttx validate speaks at the worklist's cell.
  Fixture g;
  g.fill("depots[district_warehouse].usable_floor_share", "1.5", "区发改委, 2025");
  const WorklistImport range = g.run();
  EXPECT_TRUE(g.unchanged());
  ASSERT_FALSE(range.diagnostics.empty());
  EXPECT_EQ(range.diagnostics.list()[0].file, g.xlsx.string() + ":worklist");
  EXPECT_EQ(range.diagnostics.list()[0].line, g.row_of("depots[district_warehouse].usable_floor_share"));
  EXPECT_NE(range.diagnostics.list()[0].message.find("got 1.5"), std::string::npos) << io::format(range.diagnostics.list()[0]);
}

TEST(Worklist, SensitivityIsMeasuredOnTheSameRandomNumbers) {
  DistrictCopy copy;
  const io::DistrictLoad load = io::load_district(copy.dir());
  ASSERT_TRUE(load.ok());
  SensitivityRequest q;
  q.scenarios = {fs::path(TTX_SOURCE_DIR) / "scenarios" / "flood_typhoon_breach.yaml"};
  q.district_folders = {copy.dir().parent_path()};
  q.replications = 1;
  // The flood waits for the warehouse's loading bays; an earthquake figure cannot move it.
  const std::string bays = "depots[district_warehouse].handling.loading_bays";
  const std::string quake = "hazard_models.earthquake.damage_free_intensity";
  q.only = {bays, quake};
  // The scenario looks for its district by name beside it; point it at the copy.
  const fs::path scenario = copy.dir().parent_path() / ("flood_" + copy.dir().filename().string() + ".yaml");
  std::string text = Fixture::read(q.scenarios[0]);
  const auto at = text.find("district: haimen");
  ASSERT_NE(at, std::string::npos);
  text.replace(at, 16, "district: " + copy.dir().filename().string());
  std::ofstream(scenario) << text;
  q.scenarios = {scenario};
  const SensitivityResult r = measure_sensitivity(load, copy.dir(), q);
  fs::remove(scenario);
  ASSERT_TRUE(r.errors.empty()) << r.errors.front();
  ASSERT_EQ(r.scenario_ids.size(), 1u);
  ASSERT_TRUE(r.by_field.count(bays));
  EXPECT_EQ(r.by_field.at(bays).step, "+1");
  EXPECT_GT(r.by_field.at(bays).largest(), 0.01);
  EXPECT_FALSE(r.by_field.count(quake)) << "the flood does not use the earthquake's figures";
}

TEST(Worklist, TheStepMovesAFigureByATenthOrByOne) {
  std::string step;
  EXPECT_EQ(sensitivity_step("2", step), "3");
  EXPECT_EQ(step, "+1");
  EXPECT_EQ(sensitivity_step("168660", step), "185526");
  EXPECT_EQ(step, "+10%");
  EXPECT_EQ(sensitivity_step("0.95", step), "0.855");
  EXPECT_EQ(step, "-10%");
  EXPECT_EQ(sensitivity_step("2.5", step), "2.75");
  EXPECT_EQ(sensitivity_step("[1, 2]", step), "");
}

}  // namespace
}  // namespace ttx::exchange
