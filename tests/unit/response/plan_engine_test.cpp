// The plan engine on the shipped plans: levels from triggers, actions with delays.
#include "sim/response/plan_engine.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "../hazard/shipped_world.h"
#include "sim/hazard/generate.h"

namespace ttx::response {
namespace {

using testing_support::shipped_world;
using world::Indicator;

KnownPicture with(Indicator i, double v, KnownPicture p = {}) {
  p[i] = v;
  return p;
}

TEST(PlanEngine, TheHighestLevelWhoseTriggerHoldsStartsWithItsReason) {
  PlanEngine e(shipped_world(), {"natural_disaster_relief"});
  e.update(0, {});
  EXPECT_EQ(e.level("natural_disaster_relief"), kNoResponse);
  e.update(600, with(Indicator::dead_missing, 2));
  EXPECT_EQ(e.level("natural_disaster_relief"), 4);
  ASSERT_EQ(e.changes().size(), 1u);
  EXPECT_EQ(e.changes()[0].reason, "dead_missing 2 >= 1");
  e.update(1200, with(Indicator::relocated, 12000, with(Indicator::dead_missing, 2)));
  EXPECT_EQ(e.level("natural_disaster_relief"), 2) << "relocated >= 10,000 starts level II";
  EXPECT_EQ(e.changes().back().from, 4);
  EXPECT_EQ(e.changes().back().at_s, 1200);
}

TEST(PlanEngine, RaisingALevelMandatesTheActionsOfEveryLevelReachedWithTheirDelays) {
  PlanEngine e(shipped_world(), {"natural_disaster_relief"});
  e.update(3600, with(Indicator::dead_missing, 6));  // straight to II: IV, III and II mandate their actions
  // plans/natural_disaster_relief.yaml: IV has 5 actions (delays 2, 4, 1, 2, 1 h), III has 3
  // (1, 2, 1 h), II has 4 (1, 2, 2, 1 h).
  std::vector<std::int64_t> delays_h;
  for (const auto& a : e.actions()) {
    EXPECT_GE(a.level, 2);
    delays_h.push_back((a.due_s - 3600) / 3600);
    EXPECT_EQ((a.due_s - 3600) % 3600, 0) << "whole-hour delays";
  }
  std::sort(delays_h.begin(), delays_h.end());
  EXPECT_EQ(delays_h, (std::vector<std::int64_t>{1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 4}));
  e.update(7200, with(Indicator::dead_missing, 12));  // then I: only I's own action (sector crews, 1 h) is added
  ASSERT_EQ(e.actions().size(), 13u);
  EXPECT_EQ(e.actions().back().level, 1);
  EXPECT_EQ(e.actions().back().due_s, 7200 + 3600);
}

// plans/natural_disaster_relief.yaml, the district's default thresholds: each level starts
// exactly at its threshold, and one below leaves the level beneath.
TEST(PlanEngine, EachLevelStartsExactlyAtItsThresholdAndNotOneBelow) {
  struct Case {
    Indicator indicator;
    double value;
    world::ResponseLevel level;
  };
  const Case cases[] = {
      {Indicator::dead_missing, 0, kNoResponse},        {Indicator::dead_missing, 1, 4},
      {Indicator::dead_missing, 2, 4},                  {Indicator::dead_missing, 3, 3},
      {Indicator::dead_missing, 4, 3},                  {Indicator::dead_missing, 5, 2},
      {Indicator::dead_missing, 9, 2},                  {Indicator::dead_missing, 10, 1},
      {Indicator::relocated, 999, kNoResponse},         {Indicator::relocated, 1000, 4},
      {Indicator::relocated, 4999, 4},                  {Indicator::relocated, 5000, 3},
      {Indicator::relocated, 9999, 3},                  {Indicator::relocated, 10000, 2},
      {Indicator::relocated, 19999, 2},                 {Indicator::relocated, 20000, 1},
      {Indicator::households_collapsed, 49, kNoResponse}, {Indicator::households_collapsed, 50, 4},
      {Indicator::households_collapsed, 199, 4},        {Indicator::households_collapsed, 200, 3},
      {Indicator::households_collapsed, 499, 3},        {Indicator::households_collapsed, 500, 2},
      {Indicator::households_collapsed, 999, 2},        {Indicator::households_collapsed, 1000, 1},
  };
  for (const Case& c : cases) {
    PlanEngine e(shipped_world(), {"natural_disaster_relief"});
    e.update(600, with(c.indicator, c.value));
    EXPECT_EQ(e.level("natural_disaster_relief"), c.level)
        << world::to_string(c.indicator) << " = " << c.value;
  }
}

TEST(PlanEngine, AConditionThatMustHoldForAWhileWaitsForIt) {
  PlanEngine e(shipped_world(), {"freezing"});
  const KnownPicture dark = with(Indicator::users_without_power_pct, 25);
  e.update(0, dark);
  EXPECT_EQ(e.level("freezing"), 2) << ">= 15 % without power is II at once; I needs 24 h at >= 20 %";
  ASSERT_TRUE(e.next_check().has_value());
  EXPECT_EQ(*e.next_check(), 24 * 3600);
  e.update(23 * 3600, dark);
  EXPECT_EQ(e.level("freezing"), 2);
  e.update(24 * 3600, dark);
  EXPECT_EQ(e.level("freezing"), 1);
}

TEST(PlanEngine, AnInterruptionRestartsTheWait) {
  PlanEngine e(shipped_world(), {"freezing"});
  e.update(0, with(Indicator::users_without_power_pct, 25));
  e.update(10 * 3600, with(Indicator::users_without_power_pct, 5));
  e.update(12 * 3600, with(Indicator::users_without_power_pct, 25));
  e.update(30 * 3600, with(Indicator::users_without_power_pct, 25));
  EXPECT_EQ(e.level("freezing"), 2) << "only 18 h above 20 % since the restart";
  EXPECT_EQ(*e.next_check(), 36 * 3600);
}

TEST(PlanEngine, LevelsOnlyRiseHereAndTimeNeverGoesBack) {
  PlanEngine e(shipped_world(), {"natural_disaster_relief"});
  e.update(0, with(Indicator::dead_missing, 12));
  e.update(100, {});
  EXPECT_EQ(e.level("natural_disaster_relief"), 1);
  EXPECT_THROW(e.update(50, {}), std::logic_error);
  EXPECT_THROW(PlanEngine(shipped_world(), {"no_such_plan"}), std::invalid_argument);
}

world::ResponseLevel highest(const hazard::HazardResult& truth, const std::string& plan) {
  PlanEngine e(shipped_world(), {plan});
  for (const auto& p : perfect_information(truth)) e.update(p.at_s, p.picture);
  return e.level(plan);
}

TEST(PlanEngine, WithPerfectInformationABiggerFloodRaisesTheLevelHigher) {
  const auto small = hazard::generate_impacts(shipped_world(), testing_support::test_flood(48, 22, 0.5, 20, false, 1));
  const auto big = hazard::generate_impacts(shipped_world(), testing_support::test_flood(48, 22, 2.5, 70, true, 1));
  EXPECT_LT(highest(big, "flood_control"), highest(small, "flood_control"));
  EXPECT_LE(highest(big, "natural_disaster_relief"), highest(small, "natural_disaster_relief"));
  EXPECT_EQ(highest(big, "flood_control"), 2) << "a breach (not of the Yangtze levee here) starts II";
}

TEST(PlanEngine, TheShippedTyphoonReachesLevelIAtTheYangtzeBreach) {
  const auto load = testing_support::shipped_scenario("flood_typhoon_breach");
  const auto truth = hazard::generate_impacts(load.district.world, load.scenario);
  PlanEngine e(load.district.world, load.scenario.plans);
  for (const auto& p : perfect_information(truth)) e.update(p.at_s, p.picture);
  EXPECT_EQ(e.level("flood_control"), 1);
  const auto reached_i = std::find_if(e.changes().begin(), e.changes().end(),
                                      [](const LevelChange& c) { return c.plan == "flood_control" && c.to == 1; });
  ASSERT_NE(reached_i, e.changes().end());
  EXPECT_EQ(reached_i->at_s, 22 * 3600);
  EXPECT_NE(reached_i->reason.find("yangtze_levee_breach"), std::string::npos) << reached_i->reason;
}

TEST(PlanEngine, ACommandLowersTheLevelAndTriggersThatStillHoldRaiseItAgain) {
  PlanEngine e(shipped_world(), {"natural_disaster_relief"});
  e.update(0, with(Indicator::dead_missing, 2));
  ASSERT_EQ(e.level("natural_disaster_relief"), 4);
  const std::size_t actions = e.actions().size();
  e.set_level(3600, "natural_disaster_relief", kNoResponse, "situation stable");
  EXPECT_EQ(e.level("natural_disaster_relief"), kNoResponse);
  EXPECT_EQ(e.changes().back().reason, "situation stable");
  EXPECT_EQ(e.actions().size(), actions) << "lowering mandates nothing";
  e.update(3700, {});
  EXPECT_EQ(e.level("natural_disaster_relief"), kNoResponse) << "nothing holds: it stays ended";
  e.update(3800, with(Indicator::dead_missing, 2));
  EXPECT_EQ(e.level("natural_disaster_relief"), 4) << "the trigger holds again";
  e.set_level(3900, "natural_disaster_relief", 2, "declared by the director");
  EXPECT_EQ(e.level("natural_disaster_relief"), 2);
  EXPECT_GT(e.actions().size(), actions) << "raising by command mandates the levels' actions";
  // Lowered, then the same picture as before: the trigger that holds raises it again.
  e.set_level(4000, "natural_disaster_relief", kNoResponse, "situation stable");
  e.update(4100, with(Indicator::dead_missing, 2));
  EXPECT_EQ(e.level("natural_disaster_relief"), 4) << "the picture is unchanged, the level is not";
}

}  // namespace
}  // namespace ttx::response
