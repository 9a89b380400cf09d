// `ttx run` as a planner runs it on each shipped scenario.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

#include "run_ttx.h"

namespace {

using ttx::testing_support::run_ttx;

std::string scenario(const std::string& name) { return std::string(TTX_SOURCE_DIR) + "/scenarios/" + name + ".yaml"; }

// `ttx run SCENARIO --json FILE` and the JSON it wrote.
struct JsonRun {
  ttx::testing_support::CommandResult result;
  nlohmann::json j;
};
JsonRun run_json(const std::string& name, const std::string& more = "") {
  const std::string file = ::testing::TempDir() + "ttx_run_" + name + ".json";
  JsonRun r{run_ttx("run " + scenario(name) + " --json " + file + " " + more), {}};
  std::ifstream in(file);
  if (in) r.j = nlohmann::json::parse(in, nullptr, false);
  std::remove(file.c_str());
  return r;
}

const nlohmann::json* level(const nlohmann::json& j, const std::string& plan, int lvl) {
  for (const auto& l : j["levels"]) {
    if (l["plan"] == plan && l["level"] == lvl) return &l;
  }
  return nullptr;
}

TEST(TtxRun, TheFloodReachesLevelIAtTheBreachAndDeliversRelief) {
  const auto r = run_json("flood_typhoon_breach");
  ASSERT_EQ(r.result.status, 0) << r.result.out;
  ASSERT_TRUE(r.j.is_object()) << "no JSON written";
  const auto* i = level(r.j, "flood_control", 1);
  ASSERT_NE(i, nullptr) << r.j["levels"].dump();
  // The breach at T+22:00, known to the duty office 10 minutes later (reporting.yaml).
  EXPECT_NEAR((*i)["at_h"].get<double>(), 22.0 + 10.0 / 60, 1e-6);
  EXPECT_NE((*i)["reason"].get<std::string>().find("yangtze_levee_breach"), std::string::npos);
  const auto binjiang = std::find_if(r.j["towns"].begin(), r.j["towns"].end(), [](const auto& t) { return t["id"] == "binjiang_jd"; });
  ASSERT_NE(binjiang, r.j["towns"].end());
  EXPECT_GT((*binjiang)["displaced"].get<double>(), 1000) << "the riverside subdistrict is flooded";
  EXPECT_TRUE((*binjiang)["first_relief_h"].is_number()) << "relief reaches it";
  EXPECT_TRUE(r.j["summary"]["reserve_activated_h"].is_number()) << "the agreement reserve is activated";
  int ran_out = 0;
  for (const auto& c : r.j["categories"]) ran_out += c["ran_out_h"].is_number();
  EXPECT_GT(ran_out, 0) << "the shipped stock runs short";
  EXPECT_EQ(r.j["scenario"]["ended_h"], 72);
  EXPECT_GT(r.j["summary"]["rescued_alive"].get<double>(), 0);
  // The same run read by people: the breach as a sentence, and the scorecard.
  EXPECT_NE(r.result.out.find("Flood-control and typhoon plan: level I (raised from II): Yangtze levee breach"), std::string::npos)
      << r.result.out;
  EXPECT_NE(r.result.out.find("scorecard"), std::string::npos);
}

TEST(TtxRun, InChineseTheTimelineAndTablesReadAsADutyOfficerWritesThem) {
  const auto r = run_ttx("run " + scenario("flood_typhoon_breach") + " --lang zh");
  ASSERT_EQ(r.status, 0) << r.out;
  for (const char* text : {"《海门区防汛防台风应急预案》I级响应（由II级提升）：长江堤防决口", "时间线", "截至 T+72:00",
                           "滨江街道", "棉被（件）", "评分", "生命安全", "致值班员：滨江街道报告：长江北支堤防出现决口，江水涌入。"}) {
    EXPECT_NE(r.out.find(text), std::string::npos) << text << "\n" << r.out;
  }
  EXPECT_EQ(r.out.find("binjiang_jd"), std::string::npos) << "places by name, not by id";
  EXPECT_EQ(r.out.find("Binjiang reports"), std::string::npos) << "the inject's Chinese half only";
}

TEST(TtxRun, TheEarthquakeStartsLevelIOnItsMagnitudeAndFreesPeopleAlive) {
  const auto r = run_json("earthquake_m6_onshore");
  ASSERT_EQ(r.result.status, 0) << r.result.out;
  // plans/earthquake.yaml: Ms >= 6.0 in a densely populated district is level I, known
  // once the seismic network's report is in (reporting.yaml: 10 min).
  const auto* i = level(r.j, "earthquake", 1);
  ASSERT_NE(i, nullptr);
  EXPECT_NEAR((*i)["at_h"].get<double>(), 10.0 / 60, 1e-6);
  EXPECT_EQ((*i)["reason"], "magnitude 6.2 >= 6");
  const double trapped = r.j["summary"]["trapped"], alive = r.j["summary"]["rescued_alive"];
  EXPECT_GT(trapped, 100);
  EXPECT_GT(alive, 0);
  EXPECT_LT(alive, trapped);
  EXPECT_EQ(r.j["deadlines"].size(), 2u) << "first report and report to the city";
}

TEST(TtxRun, TheFreezingRainRaisesItsPlanOnWarningsAndClosuresAndRepairsSpans) {
  const auto r = run_json("freezing_rain_2008");
  ASSERT_EQ(r.result.status, 0) << r.result.out;
  const auto* iv = level(r.j, "freezing", 4);
  const auto* iii = level(r.j, "freezing", 3);
  ASSERT_NE(iv, nullptr);
  ASSERT_NE(iii, nullptr);
  EXPECT_EQ((*iv)["reason"], "warning_cold_wave orange >= orange");
  EXPECT_EQ((*iii)["reason"], "expressway_closed true == true");
  EXPECT_GT(r.j["summary"]["spans_restored"].get<double>(), 0) << "power crews restore spans";
  EXPECT_GT(r.j["summary"]["spans_down"].get<double>(), r.j["summary"]["spans_restored"].get<double>());
}

TEST(TtxRun, TheDutyOfficerDrillDeliversItsInjectsAndCountsItsCasualties) {
  const auto r = run_json("drill_incidents");
  ASSERT_EQ(r.result.status, 0) << r.result.out;
  EXPECT_NE(r.result.out.find("T+00:30  inject    to the duty officer: Changle reports a collapsed house, 2 people trapped."),
            std::string::npos) << r.result.out;
  EXPECT_NE(r.result.out.find("T+03:00  inject    to the duty officer: Rainstorm yellow warning issued."), std::string::npos);
  EXPECT_GT(r.j["summary"]["trapped"].get<double>(), 0);
  EXPECT_EQ(r.j["scenario"]["ended_h"], 24) << "the drill lasts 24 h";
}

TEST(TtxRun, UntilStopsTheRunEarly) {
  const auto r = run_ttx("run " + scenario("flood_typhoon_breach") + " --until T+12:00");
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("state at T+12:00"), std::string::npos);
  EXPECT_EQ(r.out.find("T+22:10"), std::string::npos) << "nothing after --until";
  EXPECT_NE(r.out.find("evacuated "), std::string::npos) << "the riverside villages are moved out before the breach";
  EXPECT_EQ(r.out.find("none ordered yet"), std::string::npos) << "and their evacuees are sent relief";
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
