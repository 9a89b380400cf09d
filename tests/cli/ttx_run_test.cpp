// `ttx run` as a planner runs it on each shipped scenario.
#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "run_ttx.h"

namespace {

using ttx::testing_support::run_ttx;

std::string scenario(const std::string& name) { return std::string(TTX_SOURCE_DIR) + "/scenarios/" + name + ".yaml"; }

TEST(TtxRun, TheFloodTimelineShowsLevelsUnitsReliefAndTheEndState) {
  const auto r = run_ttx("run " + scenario("flood_typhoon_breach"));
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("flood_control II -> I: yangtze_levee_breach true == true"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("on site"), std::string::npos) << "first unit on site per town";
  EXPECT_NE(r.out.find("first relief delivered to 滨江街道"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("agreement reserve activated"), std::string::npos);
  EXPECT_NE(r.out.find("ran out at the warehouse"), std::string::npos) << "the shipped stock runs short";
  EXPECT_NE(r.out.find("state at T+72:00"), std::string::npos);
  EXPECT_NE(r.out.find("rescued alive"), std::string::npos);
  EXPECT_NE(r.out.find("unmet need"), std::string::npos);
}

// The number printed right after `label` (and spaces) in `out`, or -1.
double number_after(const std::string& out, const std::string& label) {
  std::smatch m;
  const std::regex re(label + R"(\s+([0-9]+))");
  return std::regex_search(out, m, re) ? std::stod(m[1]) : -1;
}

TEST(TtxRun, TheEarthquakeStartsLevelIOnItsMagnitudeAndFreesPeopleAlive) {
  const auto r = run_ttx("run " + scenario("earthquake_m6_onshore"));
  ASSERT_EQ(r.status, 0) << r.out;
  // plans/earthquake.yaml: Ms >= 6.0 in a densely populated district is level I, known
  // once the seismic network's report is in (reporting.yaml: 10 min).
  EXPECT_NE(r.out.find("T+00:10  level     earthquake - -> I: magnitude 6.2 >= 6"), std::string::npos) << r.out;
  const double trapped = number_after(r.out, "trapped"), alive = number_after(r.out, "rescued alive");
  EXPECT_GT(trapped, 100) << r.out;
  EXPECT_GT(alive, 0) << r.out;
  EXPECT_LT(alive, trapped);
  EXPECT_NE(r.out.find("report to city   "), std::string::npos);
  EXPECT_NE(r.out.find("state at T+72:00"), std::string::npos);
}

TEST(TtxRun, TheFreezingRainRaisesItsPlanOnWarningsAndClosuresAndRepairsSpans) {
  const auto r = run_ttx("run " + scenario("freezing_rain_2008"));
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("freezing - -> IV: warning_cold_wave orange >= orange"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("freezing IV -> III: expressway_closed true == true"), std::string::npos) << r.out;
  EXPECT_GT(number_after(r.out, "spans"), 0) << "power crews restore spans: " << r.out;
}

TEST(TtxRun, TheDutyOfficerDrillDeliversItsInjectsAndCountsItsCasualties) {
  const auto r = run_ttx("run " + scenario("drill_incidents"));
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("T+00:30  inject    to duty_officer: 常乐镇报告：一处民房倒塌，2人被困。"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("T+03:00  inject    to duty_officer: 气象台发布暴雨黄色预警。"), std::string::npos) << r.out;
  EXPECT_GT(number_after(r.out, "trapped"), 0);
  EXPECT_NE(r.out.find("state at T+24:00"), std::string::npos) << "the drill lasts 24 h";
}

TEST(TtxRun, UntilStopsTheRunEarly) {
  const auto r = run_ttx("run " + scenario("flood_typhoon_breach") + " --until T+12:00");
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("state at T+12:00"), std::string::npos);
  EXPECT_EQ(r.out.find("T+22:10"), std::string::npos) << "nothing after --until";
  EXPECT_NE(r.out.find("none ordered yet"), std::string::npos) << "no relief before the breach";
}

TEST(TtxRun, UntilAfterTheEndStopsAtTheEndAndSaysSo) {
  const auto r = run_ttx("run " + scenario("flood_typhoon_breach") + " --until T+100:00");
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("--until T+100:00 is after the scenario's end (T+72:00); stopping there"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("state at T+72:00"), std::string::npos);
}

TEST(TtxRun, ABadTimeIsAUsageError) {
  const auto r = run_ttx("run " + scenario("flood_typhoon_breach") + " --until noon");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.out.find("--until: expected a time after the start like T+24:00, got 'noon'"), std::string::npos) << r.out;
}

TEST(TtxRun, WhatIfsAreNamedInTheHeader) {
  const auto r = run_ttx("run " + scenario("flood_typhoon_breach") + " --until T+06:00 --trucks 2 --stock 1.5 --bays 3 --no-reserve");
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("what-if: trucks x2, warehouse stock x1.5, 3 loading bays, no agreement reserve"), std::string::npos)
      << r.out;
  EXPECT_EQ(run_ttx("run " + scenario("flood_typhoon_breach") + " --bays 0").status, 2) << "at least one bay";
}

}  // namespace
