// `ttx batch` and `ttx merge` end to end on the real binary and the shipped data, with
// few replications of the cheapest scenarios: the answer does not depend on the
// thread count or the split into shards, --vs on common random numbers, --sweep,
// the CSV rows and the workbook.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "run_ttx.h"

namespace {

namespace fs = std::filesystem;
using ttx::testing_support::run_ttx;
using Json = nlohmann::ordered_json;

const std::string kDrill = std::string(TTX_SOURCE_DIR) + "/scenarios/drill_incidents.yaml";
const std::string kFlood = std::string(TTX_SOURCE_DIR) + "/scenarios/flood_typhoon_breach.yaml";

fs::path dir() {
  const fs::path d = fs::path(::testing::TempDir()) / ("ttx_batch_" + std::to_string(getpid()));
  fs::create_directories(d);
  return d;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(TtxBatch, OneAndTwoThreadsGiveIdenticalJson) {
  const fs::path a = dir() / "t1.json", b = dir() / "t2.json";
  const auto r1 = run_ttx("batch " + kDrill + " -n 20 --threads 1 --json " + a.string());
  const auto r2 = run_ttx("batch " + kDrill + " -n 20 --threads 2 --json " + b.string());
  ASSERT_EQ(r1.status, 0) << r1.out;
  ASSERT_EQ(r2.status, 0) << r2.out;
  const std::string one = slurp(a);
  EXPECT_EQ(one, slurp(b));
  const Json j = Json::parse(one);
  EXPECT_EQ(j["configurations"][0]["replications"], 20);
  // Replications differ from each other: the batch is not 20 copies of one run.
  EXPECT_GT(j["configurations"][0]["figures"]["still_trapped"]["sd"].get<double>(), 0);
}

TEST(TtxBatch, ShardsMergedInAnyOrderEqualTheWholeBatch) {
  const fs::path whole = dir() / "whole.json", merged = dir() / "merged.json";
  ASSERT_EQ(run_ttx("batch " + kDrill + " -n 20 --vs --json " + whole.string()).status, 0);
  for (int i = 1; i <= 3; ++i) {
    const auto r = run_ttx("batch " + kDrill + " -n 20 --vs --shard " + std::to_string(i) + "/3 --json " +
                           (dir() / ("part" + std::to_string(i) + ".json")).string());
    ASSERT_EQ(r.status, 0) << r.out;
  }
  const std::string p1 = (dir() / "part1.json").string(), p2 = (dir() / "part2.json").string(),
                    p3 = (dir() / "part3.json").string();
  const auto m = run_ttx("merge " + p3 + " " + p1 + " " + p2 + " --json " + merged.string());
  ASSERT_EQ(m.status, 0) << m.out;
  EXPECT_EQ(slurp(whole), slurp(merged));
  // A missing shard or one given twice is refused, naming what is wrong.
  const auto missing = run_ttx("merge " + p1 + " " + p3 + " --json " + merged.string());
  EXPECT_NE(missing.status, 0);
  EXPECT_NE(missing.out.find("in no part"), std::string::npos) << missing.out;
  const auto twice = run_ttx("merge " + p1 + " " + p1 + " " + p2 + " " + p3 + " --json " + merged.string());
  EXPECT_NE(twice.status, 0);
  EXPECT_NE(twice.out.find("in another part"), std::string::npos) << twice.out;
  // A shard of another batch does not mix in.
  const fs::path other = dir() / "other.json";
  ASSERT_EQ(run_ttx("batch " + kDrill + " -n 20 --vs --seed 7 --shard 2/3 --json " + other.string()).status, 0);
  const auto mixed = run_ttx("merge " + p1 + " " + other.string() + " " + p3 + " --json " + merged.string());
  EXPECT_NE(mixed.status, 0);
  EXPECT_NE(mixed.out.find("another batch"), std::string::npos) << mixed.out;
}

void expect_all_zero(const Json& group) {
  for (const auto& [id, d] : group.items()) {
    if (d["n"] == 0) continue;  // a part the drill never judges
    EXPECT_EQ(d["mean"], 0.0) << id;
    EXPECT_EQ(d["lo"], 0.0) << id;
    EXPECT_EQ(d["hi"], 0.0) << id;
  }
}

TEST(TtxBatch, VsWithNoChangeShowsExactlyZeroDifference) {
  const fs::path out = dir() / "same.json";
  const auto r = run_ttx("batch " + kDrill + " -n 20 --vs --json " + out.string());
  ASSERT_EQ(r.status, 0) << r.out;
  const Json j = Json::parse(slurp(out));
  ASSERT_TRUE(j.contains("comparison"));
  expect_all_zero(j["comparison"]["scores"]);
  expect_all_zero(j["comparison"]["figures"]);
  expect_all_zero(j["comparison"]["targets"]);
  EXPECT_EQ(j["configurations"][0]["fingerprint"], j["configurations"][1]["fingerprint"]);
}

TEST(TtxBatch, VsWithMoreBaysShowsADifferenceWithItsInterval) {
  const fs::path out = dir() / "bays.json";
  const auto r = run_ttx("batch " + kFlood + " -n 10 --vs depots.district_warehouse.bays=4 --lang en --json " + out.string());
  ASSERT_EQ(r.status, 0) << r.out;
  const Json j = Json::parse(slurp(out));
  const Json& d = j["comparison"]["figures"]["request_to_delivery_mean_h"];
  EXPECT_EQ(d["n"], 10);
  // Four bays instead of two: relief leaves the warehouse sooner in every replication.
  EXPECT_LT(d["mean"].get<double>(), 0);
  EXPECT_LT(d["lo"].get<double>(), d["mean"].get<double>());
  EXPECT_LT(d["hi"].get<double>(), 0);
  EXPECT_NE(j["configurations"][0]["fingerprint"], j["configurations"][1]["fingerprint"]);
  EXPECT_NE(r.out.find("what-if depots.district_warehouse.bays=4 minus the base"), std::string::npos) << r.out;
}

TEST(TtxBatch, SweepTabulatesTheReliefTargetAgainstTheSweptFigure) {
  const fs::path out = dir() / "sweep.json";
  const auto r = run_ttx("batch " + kFlood + " -n 10 --sweep depots.district_warehouse.bays=1,2,4 --lang en --json " + out.string());
  ASSERT_EQ(r.status, 0) << r.out;
  const Json j = Json::parse(slurp(out));
  ASSERT_EQ(j["sweep"].size(), 3u);
  EXPECT_EQ(j["sweep"][1]["values"][0], "2");
  EXPECT_EQ(j["sweep"][0]["relief_met"]["n"], 10);
  // The first row against itself is no change; each row is its own configuration, and one
  // bay never supplies more people in time than four. (Since evacuation ahead of the flood,
  // the 10-h share no longer moves with the bays at all: relief waits for the relief plan.)
  EXPECT_EQ(j["sweep"][0]["relief_within_target_share_vs_first"]["mean"], 0.0);
  EXPECT_NE(j["configurations"][0]["fingerprint"], j["configurations"][2]["fingerprint"]);
  EXPECT_LT(j["configurations"][2]["figures"]["request_to_delivery_mean_h"]["mean"].get<double>(),
            j["configurations"][0]["figures"]["request_to_delivery_mean_h"]["mean"].get<double>());
  EXPECT_GE(j["sweep"][2]["relief_within_target_share"]["mean"].get<double>(),
            j["sweep"][0]["relief_within_target_share"]["mean"].get<double>());
  EXPECT_NE(r.out.find("depots.district_warehouse.bays"), std::string::npos) << r.out;
}

TEST(TtxBatch, RefusesABadSetWithItsReasonBeforeRunning) {
  const auto r = run_ttx("batch " + kDrill + " -n 20 --vs stock.no_such_item=4");
  EXPECT_NE(r.status, 0);
  EXPECT_NE(r.out.find("no_such_item"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("replications ("), std::string::npos) << "it ran: " << r.out;
  EXPECT_NE(run_ttx("batch " + kDrill + " -n 20 --shard 4/3 --json x.json").status, 0);
}

TEST(TtxBatch, CsvHasOneRowPerReplicationInOrder) {
  const fs::path csv = dir() / "rows.csv";
  ASSERT_EQ(run_ttx("batch " + kDrill + " -n 20 --threads 2 --csv " + csv.string()).status, 0);
  std::ifstream in(csv);
  std::string line;
  std::getline(in, line);
  EXPECT_EQ(line.rfind("configuration,replication,fingerprint,overall,", 0), 0u) << line;
  int rows = 0;
  while (std::getline(in, line)) {
    EXPECT_EQ(line.rfind("base," + std::to_string(rows) + ",", 0), 0u) << line;
    ++rows;
  }
  EXPECT_EQ(rows, 20);
  EXPECT_FALSE(fs::exists(csv.string() + ".partial"));
}

TEST(TtxBatch, WorkbookOpensInOpenpyxlWithItsSheetsHeadersAndValues) {
  if (std::system("/usr/bin/python3 -c 'import openpyxl' 2>/dev/null") != 0) GTEST_FAIL() << "python3-openpyxl is missing (scripts/setup installs it)";
  const fs::path x = dir() / "batch.xlsx", j = dir() / "batch.json", script = dir() / "check.py";
  ASSERT_EQ(run_ttx("batch " + kFlood + " -n 8 --lang zh --vs stock.relief_quilt=x2 --xlsx " + x.string() + " --json " + j.string()).status, 0);
  const Json answer = Json::parse(slurp(j));
  const double p = answer["configurations"][0]["towns"][0]["relief_within_target_share"]["mean"];
  std::ofstream(script) << "import openpyxl, sys\n"
                           "wb = openpyxl.load_workbook(sys.argv[1])\n"
                           "assert wb.sheetnames == ['得分与关键数字', '目标', '区镇', '物资类别', '对比'], wb.sheetnames\n"
                           "t = wb['区镇']\n"
                           "assert t['A1'].value == '区镇' and t['F1'].value == '及时获救助比例均值', [c.value for c in t[1]]\n"
                           "assert t.freeze_panes == 'A2', t.freeze_panes\n"
                           "assert t['A2'].value == '滨江街道', t['A2'].value\n"
                           "assert abs(t['F2'].value - float(sys.argv[2])) < 1e-12, t['F2'].value\n"
                           "c = wb['物资类别']\n"
                           "assert c['A1'].value == '物资类别' and c.max_row >= 3\n"
                           "print('ok')\n";
  char share[40];
  std::snprintf(share, sizeof share, "%.17g", p);
  // Debian's python3, where Debian's python3-openpyxl is.
  const std::string cmd = "/usr/bin/python3 " + script.string() + " " + x.string() + " " + share + " 2>&1";
  EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
}

}  // namespace
