#include "sim/core/statistics.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace ttx::core {
namespace {

TEST(Tally, MeanVarianceAndExtremes) {
  Tally t;
  for (double x : {2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0}) t.add(x);
  EXPECT_EQ(t.count(), 8u);
  EXPECT_DOUBLE_EQ(t.mean(), 5.0);
  EXPECT_NEAR(t.variance(), 32.0 / 7.0, 1e-12);
  EXPECT_DOUBLE_EQ(t.min(), 2.0);
  EXPECT_DOUBLE_EQ(t.max(), 9.0);
  EXPECT_DOUBLE_EQ(t.sum(), 40.0);
}

TEST(Tally, EmptyIsZeroNotNaN) {
  Tally t;
  EXPECT_EQ(t.mean(), 0.0);
  EXPECT_EQ(t.variance(), 0.0);
}

TEST(TimeWeighted, WeighsEachValueByHowLongItHeld) {
  TimeWeighted w(SimTime::start(), 0.0);
  w.set(SimTime::at_seconds(10), 4.0);  // 0 for 10 s
  w.set(SimTime::at_seconds(40), 1.0);  // 4 for 30 s
  // then 1 for 60 s: (0*10 + 4*30 + 1*60) / 100
  EXPECT_DOUBLE_EQ(w.mean(SimTime::at_seconds(100)), 1.8);
  EXPECT_DOUBLE_EQ(w.integral(SimTime::at_seconds(100)), 180.0);
  EXPECT_DOUBLE_EQ(w.max(), 4.0);
  EXPECT_DOUBLE_EQ(w.min(), 0.0);
}

TEST(TimeWeighted, RefusesTimeGoingBack) {
  TimeWeighted w(SimTime::at_seconds(10), 1.0);
  EXPECT_THROW(w.set(SimTime::at_seconds(5), 2.0), std::logic_error);
}

}  // namespace
}  // namespace ttx::core
