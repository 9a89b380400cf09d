#include "sim/core/sim_time.h"

#include <gtest/gtest.h>

#include <cmath>

namespace ttx::core {
namespace {

TEST(SimTime, HelpersCountWholeSeconds) {
  EXPECT_EQ(SimTime::at_minutes(90).count_s(), 5400);
  EXPECT_EQ(SimTime::at_hours(2).count_s(), 7200);
  EXPECT_EQ(Duration::minutes(3).count_s(), 180);
  EXPECT_DOUBLE_EQ(SimTime::at_minutes(90).in_hours(), 1.5);
  EXPECT_EQ(Duration::from_hours(0.5).count_s(), 1800);
  EXPECT_EQ(Duration::from_seconds(2.5).count_s(), 3);  // halves away from zero
}

TEST(SimTime, InstantsAndIntervalsCombine) {
  const SimTime t = SimTime::at_hours(1) + Duration::minutes(30);
  EXPECT_EQ(t, SimTime::at_minutes(90));
  EXPECT_EQ(t - SimTime::at_hours(1), Duration::minutes(30));
  EXPECT_LT(SimTime::at_seconds(59), SimTime::at_minutes(1));
}

TEST(SimTime, FormatsAsExerciseClock) {
  EXPECT_EQ(format_clock(SimTime::at_minutes(5 * 60 + 30)), "T+05:30");
  EXPECT_EQ(format_clock(SimTime::start()), "T+00:00");
  EXPECT_EQ(format_clock(SimTime::at_hours(100) + Duration::minutes(5)), "T+100:05");
  EXPECT_EQ(format_clock(SimTime::at_seconds(-600)), "T-00:10");
  EXPECT_EQ(format_clock_s(SimTime::at_seconds(3 * 3600 + 62)), "T+03:01:02");
  EXPECT_EQ(format_duration(Duration::minutes(125)), "2h05m");
  EXPECT_EQ(format_duration(Duration::seconds(45)), "45s");
}

TEST(SimTime, RejectsUnrepresentableDurations) {
  EXPECT_THROW(Duration::from_hours(1e300), std::invalid_argument);
  EXPECT_THROW(Duration::from_seconds(std::nan("")), std::invalid_argument);
}

}  // namespace
}  // namespace ttx::core
