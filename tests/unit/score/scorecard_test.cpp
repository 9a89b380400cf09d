// The scorecard's formulas on hand-made runs (docs/scoring.md).
#include "sim/score/scorecard.h"

#include <gtest/gtest.h>

namespace ttx::score {
namespace {

// A run in which everything went right: everyone freed alive and treated in time,
// every displaced person supplied within the target, every deadline met.
RunSummary all_in_time() {
  RunSummary s;
  s.relief_target_h = 10;
  s.district.trapped = 20;
  s.district.rescued_alive = 20;
  s.district.injured_serious = 10;
  s.district.treated_in_time = 10;
  s.district.displaced = 1000;
  s.district.supplied = 1000;
  s.district.relief_within_target = 1000;
  s.district.unit_hours_on_duty = 100;
  s.district.unit_hours_worked = 60;
  TownFigures t;
  t.id = "changle";
  t.displaced = 1000;
  t.first_displaced_h = 1;
  t.first_unit_h = 2;
  s.towns.push_back(t);
  CategoryFigures quilts;
  quilts.id = "relief_quilt";
  quilts.requested = quilts.delivered = 1000;
  quilts.fill_rate = 1;
  quilts.request_to_delivery_p90_h = 6;
  s.categories.push_back(quilts);
  DeadlineCheck d;
  d.target = "report_district_to_city";
  d.from_s = 0;
  d.to_s = 3600;
  d.limit_h = 2;
  d.status = DeadlineStatus::met;
  s.deadlines.push_back(d);
  return s;
}

const world::Scoring kRules{};  // the built-in weights and cut-offs (the shipped scoring.yaml has the same)

TEST(Scorecard, EverythingInTimeScores100OnEveryPart) {
  const Scorecard c = score(all_in_time(), kRules);
  EXPECT_DOUBLE_EQ(c.life_safety.score, 100);
  EXPECT_DOUBLE_EQ(c.timeliness.score, 100);
  EXPECT_DOUBLE_EQ(c.sufficiency.score, 100);
  EXPECT_DOUBLE_EQ(c.compliance.score, 100);
  EXPECT_DOUBLE_EQ(c.efficiency.score, 100) << "60 % utilisation is above the 50 % that scores 100";
  EXPECT_DOUBLE_EQ(c.overall, 100);
  EXPECT_EQ(c.rating, Rating::P);
}

TEST(Scorecard, QuiltsRunningOutShowUnderSufficiency) {
  RunSummary s = all_in_time();
  s.categories[0].delivered = 400;
  s.categories[0].fill_rate = 0.4;
  s.categories[0].ran_out_h = 7.5;
  s.stockouts = 3;
  const Scorecard c = score(s, kRules);
  // 100 × (0.6 × 0.4 + 0.4 × 0) / 1.0: the fill rate weighs 0.6, never running out 0.4.
  EXPECT_NEAR(c.sufficiency.score, 24.0, 1e-9);
  EXPECT_EQ(c.sufficiency.rating, Rating::U);
  bool named = false;
  for (const auto& f : c.sufficiency.figures) named |= f.id == "ran_out_h:relief_quilt" && f.value == 7.5 && !f.met;
  EXPECT_TRUE(named) << "the stockout, with its time, is among the figures";
  EXPECT_DOUBLE_EQ(c.timeliness.score, 100) << "the deliveries that came were in time";
}

TEST(Scorecard, LifeSafetyFollowsTheRoboCupRescueForm) {
  RunSummary s = all_in_time();
  // 30 people at risk: 10 trapped freed alive, 5 found dead, 5 still trapped; 10 injured
  // treated late. Condition: 10 × 1 + 5 × 0.3 + 10 × 0.6 = 17.5 of 30; alive 25.
  s.district.rescued_alive = 10;
  s.district.rescued_dead = 5;
  s.district.still_trapped = 5;
  s.district.treated_in_time = 0;
  s.district.treated_late = 10;
  const Scorecard c = score(s, kRules);
  EXPECT_NEAR(c.life_safety.score, 100.0 * 25.0 * std::exp(-5.0 * (1.0 - 17.5 / 30.0)) / 30.0, 1e-9);
}

TEST(Scorecard, ReliefLateAndAMissedDeadlineLowerTimelinessAndCompliance) {
  RunSummary s = all_in_time();
  s.district.relief_within_target = 250;  // a quarter within 10 h
  s.towns[0].first_unit_h = 5;           // 4 h after the first displacement: late
  s.deadlines[0].to_s = 3 * 3600;
  s.deadlines[0].status = DeadlineStatus::missed;
  const Scorecard c = score(s, kRules);
  // 100 × (0.5 × 0.25 + 0.25 × 0 + 0.25 × 1) / 1.0
  EXPECT_NEAR(c.timeliness.score, 37.5, 1e-9);
  EXPECT_DOUBLE_EQ(c.compliance.score, 0);
  EXPECT_LT(c.overall, 100);
}

TEST(Scorecard, APartWithNothingToJudgeDoesNotCount) {
  RunSummary s = all_in_time();
  s.deadlines.clear();
  s.deadlines.push_back({"report_district_to_city", 0, -1, 2, DeadlineStatus::pending});
  const Scorecard c = score(s, kRules);
  EXPECT_FALSE(c.compliance.applies);
  EXPECT_DOUBLE_EQ(c.overall, 100) << "a pending deadline is neither met nor missed";
}

TEST(Scorecard, RatingsFollowTheCutOffs) {
  EXPECT_EQ(rating_of(95, kRules), Rating::P);
  EXPECT_EQ(rating_of(90, kRules), Rating::P);
  EXPECT_EQ(rating_of(89.9, kRules), Rating::S);
  EXPECT_EQ(rating_of(70, kRules), Rating::M);
  EXPECT_EQ(rating_of(40, kRules), Rating::U);
}

}  // namespace
}  // namespace ttx::score
