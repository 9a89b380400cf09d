#include "sim/selfcheck/erlang_c.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace ttx::selfcheck {
namespace {

TEST(ErlangC, SingleServerWaitsWithProbabilityRho) {
  EXPECT_NEAR(erlang_c_probability(1, 0.7), 0.7, 1e-12);
  // M/M/1: Wq = rho / (mu - lambda)
  EXPECT_NEAR(erlang_c_mean_wait(1, 0.7, 1.0), 0.7 / 0.3, 1e-12);
}

TEST(ErlangC, TextbookValues) {
  EXPECT_NEAR(erlang_c_probability(2, 1.0), 1.0 / 3.0, 1e-12);
  EXPECT_NEAR(erlang_c_probability(3, 2.0), 4.0 / 9.0, 1e-12);
  EXPECT_NEAR(erlang_c_mean_wait(2, 1.0, 1.0), 1.0 / 3.0, 1e-12);
}

TEST(ErlangC, LargeForcesAreNumericallyStable) {
  const double c = erlang_c_probability(2000, 1990.0);
  EXPECT_GT(c, 0.0);
  EXPECT_LT(c, 1.0);
  EXPECT_LT(erlang_c_probability(72, 0.5 * 72), 1e-6) << "a lightly loaded large force rarely queues";
}

TEST(ErlangC, RejectsUnstableQueues) {
  EXPECT_THROW(erlang_c_probability(3, 3.0), std::invalid_argument);
  EXPECT_THROW(erlang_c_probability(0, 0.5), std::invalid_argument);
  EXPECT_THROW(erlang_c_mean_wait(2, 1.0, 0.0), std::invalid_argument);
}

}  // namespace
}  // namespace ttx::selfcheck
