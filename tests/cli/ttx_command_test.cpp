// The `ttx` command as a user runs it: real process, real output.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <regex>
#include <string>

#include "run_ttx.h"

namespace {

using ttx::testing_support::CommandResult;
using ttx::testing_support::run_ttx;

double json_number(const std::string& json, const std::string& key) {
  std::smatch m;
  const std::regex re("\"" + key + "\":([-+0-9.eE]+)");
  if (!std::regex_search(json, m, re)) return std::nan("");
  return std::stod(m[1]);
}

std::string without_wall_clock(std::string json) {
  json = std::regex_replace(json, std::regex("\"wall_s\":[-+0-9.eE]+"), "");
  return std::regex_replace(json, std::regex("\"incidents_per_s\":[-+0-9.eE]+"), "");
}

TEST(TtxCommand, BenchMmcJsonHasTheDocumentedKeys) {
  const CommandResult r = run_ttx("bench mmc --teams 3 --rho 0.6 --incidents 50000 --seed 5 --json");
  ASSERT_EQ(r.status, 0) << r.out;
  for (const char* key : {"incidents", "wall_s", "incidents_per_s", "mean_wait_h", "erlang_c_wait_h"}) {
    EXPECT_FALSE(std::isnan(json_number(r.out, key))) << key << " missing in " << r.out;
  }
  EXPECT_EQ(json_number(r.out, "incidents"), 50000);
  EXPECT_NEAR(json_number(r.out, "erlang_c_wait_h"), 0.29562044, 1e-6);  // C(3, 1.8) / (3 - 1.8) per hour
}

TEST(TtxCommand, BenchMmcIsReproducibleFromTheCommandLine) {
  const std::string args = "bench mmc --teams 2 --rho 0.5 --incidents 10000 --json --seed ";
  const CommandResult a = run_ttx(args + "7"), b = run_ttx(args + "7"), c = run_ttx(args + "8");
  EXPECT_EQ(without_wall_clock(a.out), without_wall_clock(b.out));
  EXPECT_NE(without_wall_clock(a.out), without_wall_clock(c.out));
}

TEST(TtxCommand, BenchMmcPrintsOneReadableLine) {
  const CommandResult r = run_ttx("bench mmc --teams 2 --rho 0.5 --incidents 1000");
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("incidents 1000"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Erlang C"), std::string::npos) << r.out;
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1);
}

TEST(TtxCommand, BadOptionsAreUsageErrorsNamingTheOption) {
  CommandResult r = run_ttx("bench mmc --rho 1.5");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.out.find("--rho"), std::string::npos) << r.out;
  r = run_ttx("bench mmc --rho 1");
  EXPECT_NE(r.status, 0);
  EXPECT_NE(r.out.find("--rho"), std::string::npos) << r.out;
  r = run_ttx("bench mmc --teams many");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.out.find("--teams"), std::string::npos) << r.out;
  EXPECT_EQ(run_ttx("").status, 2);
  EXPECT_EQ(run_ttx("--help").status, 0);
}

TEST(TtxCommand, TraceFileHoldsOneJsonLinePerEvent) {
  const std::string path = ::testing::TempDir() + "ttx_trace.jsonl";
  const CommandResult r = run_ttx("bench mmc --teams 1 --rho 0.5 --incidents 100 --trace " + path);
  ASSERT_EQ(r.status, 0) << r.out;
  FILE* f = std::fopen(path.c_str(), "r");
  ASSERT_NE(f, nullptr);
  int lines = 0;
  for (int ch; (ch = std::fgetc(f)) != EOF;) lines += ch == '\n';
  std::fclose(f);
  EXPECT_EQ(lines, 200);
  const CommandResult bad = run_ttx("bench mmc --incidents 10 --trace /nonexistent-dir/trace.jsonl");
  EXPECT_NE(bad.status, 0);
  EXPECT_NE(bad.out.find("/nonexistent-dir/trace.jsonl"), std::string::npos) << bad.out;
}

}  // namespace
