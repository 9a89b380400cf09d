// Each exercise objective rated P/S/M/U from its expected actions (docs/scoring.md).
#include <gtest/gtest.h>

#include "sim/score/expected_actions.h"

namespace ttx::score {
namespace {

ExpectedActionCheck check(const std::string& objective, ActionStatus status, double late_h = 0, double within_h = 2) {
  ExpectedActionCheck c;
  c.objective = objective;
  c.status = status;
  c.late_h = late_h;
  c.within_h = within_h;
  return c;
}

Rating rating_of(std::vector<ExpectedActionCheck> checks) {
  const auto r = rate_objectives(checks);
  EXPECT_EQ(r.size(), 1u);
  EXPECT_TRUE(r.at(0).rated);
  return r.at(0).rating;
}

TEST(ObjectiveRating, EveryActionInTimeIsP) {
  EXPECT_EQ(rating_of({check("a", ActionStatus::in_time), check("a", ActionStatus::in_time)}), Rating::P);
}

TEST(ObjectiveRating, LateWithinOneMoreWindowIsS) {
  EXPECT_EQ(rating_of({check("a", ActionStatus::in_time), check("a", ActionStatus::late, 1.5, 2)}), Rating::S);
}

TEST(ObjectiveRating, FarLateOrSomeMissedIsM) {
  EXPECT_EQ(rating_of({check("a", ActionStatus::in_time), check("a", ActionStatus::late, 2.5, 2)}), Rating::M);
  EXPECT_EQ(rating_of({check("a", ActionStatus::in_time), check("a", ActionStatus::missed)}), Rating::M);
}

TEST(ObjectiveRating, MoreThanHalfMissedIsU) {
  EXPECT_EQ(rating_of({check("a", ActionStatus::in_time), check("a", ActionStatus::missed), check("a", ActionStatus::missed)}),
            Rating::U);
  EXPECT_EQ(rating_of({check("a", ActionStatus::missed)}), Rating::U);
}

TEST(ObjectiveRating, InjectsNeverDeliveredAreNotCountedAndLeaveTheObjectiveUnrated) {
  const auto r = rate_objectives({check("a", ActionStatus::not_delivered), check("b", ActionStatus::in_time),
                                  check("b", ActionStatus::not_delivered)});
  ASSERT_EQ(r.size(), 2u);
  EXPECT_FALSE(r[0].rated);
  EXPECT_EQ(r[0].not_delivered, 1);
  EXPECT_TRUE(r[1].rated);
  EXPECT_EQ(r[1].rating, Rating::P);
  EXPECT_EQ(r[1].expected, 1);
}

}  // namespace
}  // namespace ttx::score
