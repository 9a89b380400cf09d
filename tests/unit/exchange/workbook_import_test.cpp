// A workbook from ttx export, edited, read back into the district's files.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>

#include "../io/district_copy.h"
#include "sim/exchange/district_workbook.h"
#include "sim/exchange/workbook_import.h"
#include "sim/exchange/xlsx_writer.h"

namespace ttx::exchange {
namespace {

namespace fs = std::filesystem;
using testing_support::DistrictCopy;

struct Fixture {
  DistrictCopy copy;
  Workbook book;
  std::map<std::string, std::string> before;
  fs::path xlsx;
  Fixture() {
    const io::DistrictLoad load = io::load_district(copy.dir());
    EXPECT_TRUE(load.ok());
    book = district_workbook(load);
    for (const auto& e : fs::recursive_directory_iterator(copy.dir())) {
      if (e.is_regular_file()) before[e.path().string()] = read(e.path());
    }
    xlsx = copy.dir().string() + ".xlsx";
  }
  ~Fixture() { fs::remove(xlsx); }
  static std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  Sheet& sheet(const std::string& name) {
    for (auto& s : book.sheets) {
      if (s.name == name) return s;
    }
    ADD_FAILURE() << "no sheet " << name;
    return book.sheets.front();
  }
  std::size_t column(const Sheet& s, const std::string& key) {
    for (std::size_t c = 0; c < s.columns.size(); ++c) {
      if (s.columns[c].key == key) return c;
    }
    ADD_FAILURE() << "no column " << key;
    return 0;
  }
  Cell& cell(const std::string& sheet_name, const std::string& id, const std::string& key) {
    Sheet& s = sheet(sheet_name);
    const std::size_t c = column(s, key);
    for (auto& r : s.rows) {
      if (r[0].text == id) return r[c];
    }
    ADD_FAILURE() << "no row " << id;
    return s.rows.front()[c];
  }
  WorkbookImport run(bool dry_run = false) {
    EXPECT_EQ(write_xlsx(book, xlsx), "");
    return import_workbook(copy.dir(), xlsx, dry_run);
  }
  std::vector<std::string> changed_files() {
    std::vector<std::string> out;
    for (const auto& [f, text] : before) {
      if (read(f) != text) out.push_back(fs::path(f).filename().string());
    }
    return out;
  }
};

TEST(WorkbookImport, ExportThenImportLeavesEveryFileByteIdentical) {
  Fixture f;
  const WorkbookImport r = f.run();
  for (const auto& d : r.diagnostics.list()) ADD_FAILURE() << io::format(d);
  EXPECT_TRUE(r.changes.empty());
  EXPECT_TRUE(f.changed_files().empty());
}

TEST(WorkbookImport, ThreeEditsChangeExactlyThoseFiguresWithTheirProvenance) {
  Fixture f;
  const std::string bureau = "bureau: 区应急救援队伍名册, 2026-05";
  f.cell("skills", "light_rescue", "setup_min") = make_cell("40");
  f.cell("skills", "light_rescue", "setup_min.provenance") = Cell{bureau};
  f.cell("team_types", "fire_rescue", "rest_h") = make_cell("10");
  f.cell("team_types", "fire_rescue", "rest_h.provenance") = Cell{bureau};
  f.cell("items", "relief_tent", "unit_weight_kg") = make_cell("24.5");
  f.cell("items", "relief_tent", "unit_weight_kg.provenance") = Cell{"bureau: 救灾物资台账, 2026-05"};
  const WorkbookImport dry = f.run(/*dry_run=*/true);
  for (const auto& d : dry.diagnostics.list()) ADD_FAILURE() << io::format(d);
  ASSERT_EQ(dry.changes.size(), 3u);
  EXPECT_TRUE(f.changed_files().empty()) << "a dry run writes nothing";
  EXPECT_NE(change_summary(dry).find("skills[light_rescue].setup_min: 45 -> 40"), std::string::npos) << change_summary(dry);
  const WorkbookImport r = f.run();
  ASSERT_TRUE(r.ok());
  const auto files = f.changed_files();
  EXPECT_EQ(files.size(), 2u);
  const io::DistrictLoad after = io::load_district(f.copy.dir());
  for (const auto& d : after.diagnostics.list()) ADD_FAILURE() << io::format(d);
  int bureau_figures = 0;
  for (const auto& e : after.provenance) {
    if (e.kind != world::ProvenanceKind::bureau) continue;
    ++bureau_figures;
    if (e.field == "skills[light_rescue].setup_min") {
      EXPECT_EQ(e.value, "40");
    } else if (e.field == "team_types[fire_rescue].rest_h") {
      EXPECT_EQ(e.value, "10");
    } else if (e.field == "items[relief_tent].unit_weight_kg") {
      EXPECT_EQ(e.value, "24.5");
    }
  }
  // The items row's provenance cell covers the row's figures (quantity, volume, weight).
  EXPECT_EQ(bureau_figures, 2 + 3);
  // Each edit is confined to its own line: every other line of each file is as it was.
  for (const auto& [file, text] : f.before) {
    const std::string now = Fixture::read(file);
    std::istringstream a(text), b(now);
    std::string la, lb;
    int differing = 0;
    while (std::getline(a, la) && std::getline(b, lb)) differing += la != lb;
    EXPECT_LE(differing, 2) << file;
  }
}

struct Broken {
  const char* what;
  std::function<void(Fixture&)> edit;
  const char* sheet;
  const char* needle;
};

TEST(WorkbookImport, EachProblemGetsOneDiagnosticAtItsCellAndNothingIsWritten) {
  const std::vector<Broken> cases = {
      {"a bad number", [](Fixture& f) { f.cell("teams", "fire_01", "people") = Cell{"三十"}; }, "teams",
       "expected a number, got '三十'"},
      {"an unknown team type", [](Fixture& f) { f.cell("teams", "fire_01", "type") = Cell{"fire_rescu"}; }, "teams",
       "unknown team type 'fire_rescu'"},
      {"a deleted column",
       [](Fixture& f) {
         Sheet& s = f.sheet("towns");
         const std::size_t c = f.column(s, "population");
         s.columns.erase(s.columns.begin() + static_cast<long>(c));
         for (auto& r : s.rows) r.erase(r.begin() + static_cast<long>(c));
       },
       "towns", "required column missing"},
      {"a renamed sheet", [](Fixture& f) { f.sheet("depots").name = "仓库"; }, "depots", "sheet 'depots' is missing"},
  };
  for (const auto& b : cases) {
    Fixture f;
    b.edit(f);
    const WorkbookImport r = f.run();
    std::string all;
    for (const auto& d : r.diagnostics.list()) all += io::format(d) + "\n";
    ASSERT_EQ(r.diagnostics.size(), 1u) << b.what << ":\n" << all;
    const io::Diagnostic& d = r.diagnostics.list()[0];
    EXPECT_EQ(d.file, f.xlsx.string() + ":" + b.sheet) << b.what;
    EXPECT_GT(d.line, 0) << b.what;
    EXPECT_GT(d.column, 0) << b.what;
    EXPECT_NE(d.message.find(b.needle), std::string::npos) << b.what << ": " << d.message;
    EXPECT_TRUE(f.changed_files().empty()) << b.what;
  }
}

}  // namespace
}  // namespace ttx::exchange
