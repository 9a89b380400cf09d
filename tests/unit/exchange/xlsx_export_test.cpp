// The exported workbook read back by openpyxl (python3-openpyxl), a reader that
// shares no code with the writer: every sheet, header and value as given.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>

#include "sim/exchange/district_workbook.h"
#include "workbook_json.h"
#include "sim/exchange/xlsx_writer.h"

namespace ttx::exchange {
namespace {

namespace fs = std::filesystem;

const io::DistrictLoad& shipped() {
  static const io::DistrictLoad load = io::load_district(std::string(TTX_SOURCE_DIR) + "/scenarios/haimen");
  return load;
}

nlohmann::ordered_json expected(const Workbook& book) { return testing_support::workbook_json(book); }

TEST(XlsxExport, EveryTableIsASheetWithBilingualHeadersAndProvenance) {
  ASSERT_TRUE(shipped().ok());
  const Workbook book = district_workbook(shipped());
  std::vector<std::string> names;
  for (const auto& s : book.sheets) names.push_back(s.name);
  for (const char* t : {"towns", "villages", "teams", "team_types", "skills", "items", "depots", "shelters", "vehicles",
                        "levels"}) {
    EXPECT_NE(std::find(names.begin(), names.end(), t), names.end()) << t;
  }
  const Sheet& towns = book.sheets[1];
  ASSERT_EQ(towns.name, "towns");
  EXPECT_EQ(towns.rows.size(), shipped().world.towns.size());
  std::size_t population = 0;
  for (std::size_t c = 0; c < towns.columns.size(); ++c) population = towns.columns[c].key == "population" ? c : population;
  ASSERT_GT(population, 0u);
  EXPECT_EQ(towns.columns[population].zh, "人口（人）");
  EXPECT_EQ(towns.columns[population + 1].key, "population.provenance");
  EXPECT_EQ(towns.rows[0][population].value, shipped().world.towns[0].population);
  EXPECT_EQ(towns.rows[0][population + 1].text.rfind("assumed: ", 0), 0u) << towns.rows[0][population + 1].text;
  for (const auto& s : book.sheets) {
    for (std::size_t c = 0; c < s.columns.size(); ++c) {
      if (s.columns[c].provenance) continue;
      if (c + 1 < s.columns.size() && s.columns[c + 1].provenance) {
        for (const auto& r : s.rows) {
          if (!r[c].text.empty()) {
            EXPECT_FALSE(r[c + 1].text.empty()) << s.name << " " << s.columns[c].key << " " << r[0].text;
          }
        }
      }
    }
  }
}

// Debian's python3-openpyxl belongs to the system's python3, not one on PATH ahead of it.
std::string python() { return fs::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3"; }

TEST(XlsxExport, EveryTaggedFigureHasACellOfItsOwn) {
  const std::vector<FigurePath> cells = figure_cells(shipped().provenance);
  ASSERT_EQ(cells.size(), shipped().provenance.size());
  std::set<std::string> seen;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    EXPECT_TRUE(seen.insert(cells[i].table + "|" + cells[i].row + "|" + cells[i].column).second)
        << shipped().provenance[i].file << ": " << shipped().provenance[i].field;
  }
}

TEST(XlsxExport, TheWorkbookReadsBackInOpenpyxlAsWritten) {
  if (std::system((python() + " -c 'import openpyxl' 2>/dev/null").c_str()) != 0) {
    GTEST_SKIP() << "python3-openpyxl is not installed (scripts/setup installs it)";
  }
  const Workbook book = district_workbook(shipped());
  const fs::path dir = fs::path(::testing::TempDir()) / ("ttx_xlsx_export_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  ASSERT_EQ(write_xlsx(book, dir / "haimen.xlsx"), "");
  std::ofstream(dir / "expected.json") << expected(book).dump();
  const std::string cmd = python() + " " + std::string(TTX_SOURCE_DIR) + "/tests/unit/exchange/read_xlsx_with_openpyxl.py " +
                          (dir / "haimen.xlsx").string() + " " + (dir / "expected.json").string();
  EXPECT_EQ(std::system(cmd.c_str()), 0) << "the differences are printed above";
  fs::remove_all(dir);
}

TEST(XlsxExport, AnUnwritableFileIsReported) {
  const std::string err = write_xlsx(district_workbook(shipped()), "/nonexistent-folder/x.xlsx");
  EXPECT_NE(err.find("/nonexistent-folder/x.xlsx"), std::string::npos) << err;
}

}  // namespace
}  // namespace ttx::exchange
