// The batch's statistics against values worked by hand or published.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "sim/batch/batch_plan.h"
#include "sim/batch/batch_stats.h"

namespace {

using namespace ttx::batch;

TEST(BatchStats, WilsonIntervalMatchesPublishedValues) {
  // Newcombe (1998), Statistics in Medicine 17:857, table I: 81/263 -> 0.2553 to 0.3662; 0/20 -> 0 to 0.1611.
  const Proportion a = wilson(81, 263);
  EXPECT_NEAR(a.lo, 0.2553, 5e-5);
  EXPECT_NEAR(a.hi, 0.3662, 5e-5);
  const Proportion b = wilson(0, 20);
  EXPECT_EQ(b.lo, 0.0);
  EXPECT_NEAR(b.hi, 0.1611, 5e-5);
  EXPECT_TRUE(std::isnan(wilson(0, 0).p));
}

TEST(BatchStats, DecilesAndMeanSkipWhatIsNotInTheRun) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const Distribution d = distribution({4, nan, 1, 3, 2, 5});
  EXPECT_EQ(d.n, 5u);
  EXPECT_DOUBLE_EQ(d.mean, 3);
  EXPECT_DOUBLE_EQ(d.p50, 3);
  EXPECT_DOUBLE_EQ(d.p10, 1.4);  // type 7: 1 + 0.4 * (2 - 1)
  EXPECT_DOUBLE_EQ(d.p90, 4.6);
}

TEST(BatchStats, PairedDifferenceUsesStudentsT) {
  // Differences 1, 2, 3: mean 2, sd 1, t(0.975, 2) = 4.302653 -> 2 ± 2.484138.
  const PairedDifference d = paired_difference({0, 0, 0}, {1, 2, 3});
  EXPECT_DOUBLE_EQ(d.mean, 2);
  EXPECT_NEAR(d.lo, 2 - 2.484138, 1e-6);
  EXPECT_NEAR(d.hi, 2 + 2.484138, 1e-6);
  const PairedDifference same = paired_difference({5, 7, 9}, {5, 7, 9});
  EXPECT_EQ(same.mean, 0.0);
  EXPECT_EQ(same.lo, 0.0);
  EXPECT_EQ(same.hi, 0.0);
}

TEST(BatchPlan, ShardsCoverEveryReplicationOnce) {
  std::uint64_t next = 0;
  for (std::uint64_t s = 0; s < 7; ++s) {
    const ReplicationRange r = shard_range(100, s, 7);
    EXPECT_EQ(r.first, next);
    next = r.last;
  }
  EXPECT_EQ(next, 100u);
  std::uint64_t shard = 0, shards = 0;
  EXPECT_EQ(parse_shard("2/8", shard, shards), "");
  EXPECT_EQ(shard, 1u);
  EXPECT_NE(parse_shard("0/8", shard, shards), "");
  EXPECT_NE(parse_shard("9/8", shard, shards), "");
  EXPECT_NE(parse_shard("x", shard, shards), "");
}

TEST(BatchPlan, ASweepOfTwoFiguresIsTheirGrid) {
  BatchPlan p;
  p.sweeps = {{"a", {"1", "2"}}, {"b", {"x", "y", "z"}}};
  const auto c = configurations(p);
  ASSERT_EQ(c.size(), 6u);
  EXPECT_EQ(c[0].label, "a=1; b=x");
  EXPECT_EQ(c[1].label, "a=1; b=y");
  EXPECT_EQ(c[5].label, "a=2; b=z");
}

}  // namespace
