#include "sim/selfcheck/mmc_queue.h"

#include <gtest/gtest.h>

#include <cmath>
#include <sstream>

namespace ttx::selfcheck {
namespace {

struct Case {
  int teams;
  double rho;
  std::uint64_t incidents;
};

void PrintTo(const Case& c, std::ostream* os) {
  *os << "M/M/" << c.teams << " rho=" << c.rho << " n=" << c.incidents;
}

class MmcAgreesWithErlangC : public ::testing::TestWithParam<Case> {};

// The tolerance comes from the run itself: the batch-means standard error of the
// simulated mean wait, which shrinks as 1/sqrt(run length). Four standard errors
// (a 1-in-15,000 false alarm for a normal estimate) plus 0.5 % for rounding the
// exponential draws to whole seconds.
TEST_P(MmcAgreesWithErlangC, MeanWaitWithinFourStandardErrors) {
  const Case c = GetParam();
  MmcParams p;
  p.teams = c.teams;
  p.rho = c.rho;
  p.incidents = c.incidents;
  p.seed = 20261128;
  const MmcResult r = run_mmc(p);
  ASSERT_EQ(r.incidents, c.incidents);
  ASSERT_GT(r.wait_se_h, 0.0);
  EXPECT_LT(r.wait_se_h, 0.05 * r.erlang_c_wait_h) << "run too short to test anything";
  const double tolerance = 4.0 * r.wait_se_h + 0.005 * r.erlang_c_wait_h;
  EXPECT_NEAR(r.mean_wait_h, r.erlang_c_wait_h, tolerance);
  EXPECT_NEAR(r.wait_probability, r.erlang_c_probability, 0.02);
  EXPECT_NEAR(r.utilisation, c.rho, 0.01);
}

INSTANTIATE_TEST_SUITE_P(
    SeveralForces, MmcAgreesWithErlangC,
    ::testing::Values(Case{1, 0.7, 1000000},    // a single server
                      Case{5, 0.8, 1000000},    // a small crew
                      Case{72, 0.95, 3000000}),  // the district's 72 teams near saturation
    [](const auto& info) {
      std::ostringstream name;
      name << 'c' << info.param.teams << "_rho" << std::lround(info.param.rho * 100);
      return name.str();
    });

TEST(MmcQueue, SameSeedGivesIdenticalRunsAndAnotherSeedDoesNot) {
  MmcParams p;
  p.teams = 4;
  p.rho = 0.85;
  p.incidents = 20000;
  std::ostringstream a, b, c;
  core::TraceWriter ta(a), tb(b), tc(c);
  const MmcResult ra = run_mmc(p, &ta);
  const MmcResult rb = run_mmc(p, &tb);
  p.seed = 2;
  const MmcResult rc = run_mmc(p, &tc);
  EXPECT_EQ(a.str(), b.str()) << "event logs differ for the same seed";
  EXPECT_EQ(ra.mean_wait_h, rb.mean_wait_h);
  EXPECT_NE(a.str(), c.str());
  EXPECT_NE(ra.mean_wait_h, rc.mean_wait_h);
  EXPECT_EQ(ta.lines(), 2 * p.incidents) << "one arrival and one departure per incident";
}

TEST(MmcQueue, RejectsParametersOutsideTheirRanges) {
  MmcParams p;
  p.rho = 1.0;
  EXPECT_THROW(run_mmc(p), std::invalid_argument);
  p.rho = 0.5;
  p.teams = 0;
  EXPECT_THROW(run_mmc(p), std::invalid_argument);
  p.teams = 1;
  p.incidents = 0;
  EXPECT_THROW(run_mmc(p), std::invalid_argument);
}

TEST(MmcQueue, ASingleIncidentNeverWaits) {
  MmcParams p;
  p.teams = 1;
  p.incidents = 1;
  const MmcResult r = run_mmc(p);
  EXPECT_EQ(r.incidents, 1u);
  EXPECT_EQ(r.mean_wait_h, 0.0);
}

}  // namespace
}  // namespace ttx::selfcheck
