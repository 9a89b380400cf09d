// The data keeper's worklist and the Chinese diagnostics, as a user runs them.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "../unit/exchange/workbook_json.h"
#include "../unit/io/district_copy.h"
#include "run_ttx.h"
#include "sim/exchange/worklist.h"
#include "sim/io/district_loader.h"

namespace {

namespace fs = std::filesystem;
using ttx::testing_support::DistrictCopy;
using ttx::testing_support::run_ttx;

// Debian's python3-openpyxl belongs to the system's python3, not one on PATH ahead of it.
std::string python() { return fs::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3"; }
// `ttx ARGS` under LANG=`lang` (LC_ALL and LC_MESSAGES unset), what it printed.
std::string run_in_locale(const std::string& lang, const std::string& args) {
  const std::string cmd = "env LC_ALL= LC_MESSAGES= LANG=" + lang + " " + TTX_BINARY + " " + args + " 2>&1";
  FILE* pipe = popen(cmd.c_str(), "r");
  if (pipe == nullptr) return "";
  std::string out;
  char buf[4096];
  for (std::size_t n; (n = fread(buf, 1, sizeof buf, pipe)) > 0;) out.append(buf, n);
  pclose(pipe);
  return out;
}

bool have_openpyxl() { return std::system((python() + " -c 'import openpyxl' 2>/dev/null").c_str()) == 0; }

TEST(TtxWorklist, TheWorklistOpensInOpenpyxlWithItsHeadersAndValues) {
  if (!have_openpyxl()) GTEST_SKIP() << "python3-openpyxl is not installed (scripts/setup installs it)";
  DistrictCopy copy;
  const std::string xlsx = copy.dir().string() + "_worklist.xlsx", json = copy.dir().string() + "_worklist.json";
  const auto r = run_ttx("validate --provenance --xlsx " + xlsx + " --no-sensitivity " + copy.dir().string() + " --lang en");
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("assumed figures, one a row"), std::string::npos) << r.out;
  const ttx::io::DistrictLoad load = ttx::io::load_district(copy.dir());
  const ttx::exchange::Workbook book = ttx::exchange::worklist_workbook(load, nullptr);
  ASSERT_EQ(book.sheets.front().columns.size(), 8u);
  EXPECT_EQ(book.sheets.front().columns[6].zh, "区局核定值（请填写）");
  std::ofstream(json) << ttx::testing_support::workbook_json(book).dump();
  const std::string cmd = python() + " " + std::string(TTX_SOURCE_DIR) + "/tests/unit/exchange/read_xlsx_with_openpyxl.py " +
                          xlsx + " " + json;
  EXPECT_EQ(std::system(cmd.c_str()), 0) << "the differences are printed above";
  fs::remove(xlsx);
  fs::remove(json);
}

TEST(TtxWorklist, AKeeperFillsItInDryRunsAndImports) {
  if (!have_openpyxl()) GTEST_SKIP() << "python3-openpyxl is not installed (scripts/setup installs it)";
  DistrictCopy copy;
  const std::string xlsx = copy.dir().string() + "_worklist.xlsx";
  ASSERT_EQ(run_ttx("validate --provenance --xlsx " + xlsx + " --no-sensitivity " + copy.dir().string()).status, 0);
  const std::string fill = python() + " " + std::string(TTX_SOURCE_DIR) + "/tests/cli/fill_worklist.py " + xlsx +
                           " 'depots[district_warehouse].handling.staff=4=区发改委 储备库管理制度, 2025-04'" +
                           " 'vehicles[light_truck].count=20=区交通运输局 应急运力储备清单, 2026-05'";
  ASSERT_EQ(std::system(fill.c_str()), 0);
  const std::string before = copy.read("depots.yaml");
  const auto dry = run_ttx("import worklist " + xlsx + " --district " + copy.dir().string() + " --dry-run --lang zh");
  EXPECT_EQ(dry.status, 0) << dry.out;
  EXPECT_NE(dry.out.find("已填写 2 行：2 个数据改为区局核定值"), std::string::npos) << dry.out;
  EXPECT_NE(dry.out.find("试运行：未写入任何文件"), std::string::npos) << dry.out;
  EXPECT_EQ(copy.read("depots.yaml"), before);
  const auto done = run_ttx("import worklist " + xlsx + " --district " + copy.dir().string() + " --lang en");
  EXPECT_EQ(done.status, 0) << done.out;
  EXPECT_NE(done.out.find("depots[district_warehouse].handling.staff: 6 -> 4  [bureau: 区发改委 储备库管理制度, 2025-04]"),
            std::string::npos)
      << done.out;
  EXPECT_NE(done.out.find("written: 2 files"), std::string::npos) << done.out;
  EXPECT_NE(copy.read("depots.yaml").find("staff: {value: 4, bureau: \"区发改委 储备库管理制度, 2025-04\"}"), std::string::npos);
  EXPECT_EQ(run_ttx("validate " + copy.dir().string()).status, 0);
  fs::remove(xlsx);
}

TEST(TtxWorklist, ValidateAndTheImportersSpeakChineseUnderAChineseLocaleOrWithLangZh) {
  DistrictCopy copy;
  copy.replace("towns.yaml", "population: {value: 68101", "population: {value: -1");
  const std::string dir = copy.dir().string();
  const std::string want = "towns[changle].population: 应为整数，范围 0 至";
  const auto flag = run_ttx("validate " + dir + " --lang zh");
  EXPECT_EQ(flag.status, 1);
  EXPECT_NE(flag.out.find(want), std::string::npos) << flag.out;
  EXPECT_NE(flag.out.find("共发现 1 个问题"), std::string::npos) << flag.out;
  const std::string english = run_in_locale("C.UTF-8", "validate " + dir);
  EXPECT_NE(english.find("expected a whole number from 0 to"), std::string::npos) << english;
  const std::string chinese = run_in_locale("zh_CN.UTF-8", "validate " + dir);
  EXPECT_NE(chinese.find(want), std::string::npos) << chinese;
  EXPECT_NE(run_in_locale("zh_CN.UTF-8", "validate " + dir + " --lang en").find("expected a whole number"), std::string::npos);
  // The importers too: a workbook that is not one, and a villages table that does not read.
  std::ofstream(dir + "_not.xlsx") << "plain text";
  const auto import = run_ttx("import worklist " + dir + "_not.xlsx --district " + dir + " --lang zh");
  EXPECT_EQ(import.status, 1);
  EXPECT_NE(import.out.find("towns[changle].population: 应为整数"), std::string::npos) << import.out;
  EXPECT_NE(import.out.find("未导入任何数据：区数据文件夹未改动"), std::string::npos) << import.out;
  copy.replace("towns.yaml", "population: {value: -1", "population: {value: 68101");
  const auto not_xlsx = run_ttx("import worklist " + dir + "_not.xlsx --district " + dir + " --lang zh");
  EXPECT_NE(not_xlsx.out.find("不是 .xlsx 工作簿"), std::string::npos) << not_xlsx.out;
  const auto workbook = run_ttx("import " + dir + " " + dir + "_not.xlsx --lang zh");
  EXPECT_NE(workbook.out.find("不是 .xlsx 工作簿"), std::string::npos) << workbook.out;
  fs::remove(dir + "_not.xlsx");
}

}  // namespace
