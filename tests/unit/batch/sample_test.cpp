// A batch figure kept in bounded memory: exact merges, exact deciles up to kExact
// values, and within a bucket's width beyond.
#include "sim/batch/sample.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "sim/batch/batch_stats.h"

namespace ttx::batch {
namespace {

// Deterministic values spread over several orders of magnitude (a lognormal-like shape).
std::vector<double> spread(std::size_t n) {
  std::vector<double> v;
  std::uint64_t x = 12345;
  for (std::size_t i = 0; i < n; ++i) {
    x = x * 6364136223846793005ULL + 1442695040888963407ULL;
    const double u = static_cast<double>(x >> 11) / 9007199254740992.0;
    v.push_back(std::exp(6 * u - 2));
  }
  return v;
}

double exact_quantile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  const double rank = p * static_cast<double>(v.size() - 1);
  const auto lo = static_cast<std::size_t>(rank);
  const std::size_t hi = std::min(v.size() - 1, lo + 1);
  return v[lo] + (v[hi] - v[lo]) * (rank - static_cast<double>(lo));
}

void expect_same(const Distribution& a, const Distribution& b) {
  EXPECT_EQ(a.n, b.n);
  EXPECT_EQ(a.mean, b.mean);
  EXPECT_EQ(a.sd, b.sd);
  EXPECT_EQ(a.p10, b.p10);
  EXPECT_EQ(a.p50, b.p50);
  EXPECT_EQ(a.p90, b.p90);
}

TEST(Sample, ShardsMergedInAnyOrderGiveTheWholeToTheBit) {
  const auto v = spread(3 * Sample::kExact);
  Sample whole, a, b, c;
  for (std::size_t i = 0; i < v.size(); ++i) {
    whole.add(v[i]);
    (i < 1000 ? a : i < 4000 ? b : c).add(v[i]);
  }
  Sample abc = a, cba = c;
  abc.merge(b), abc.merge(c);
  cba.merge(b), cba.merge(a);
  expect_same(abc.distribution(), whole.distribution());
  expect_same(cba.distribution(), whole.distribution());
  EXPECT_FALSE(whole.exact()) << "past kExact values the sample keeps buckets, not values";
}

TEST(Sample, DecilesAreExactUpToKExactValuesAndWithinABucketBeyond) {
  const auto small = spread(Sample::kExact);
  Sample s;
  for (const double x : small) s.add(x);
  ASSERT_TRUE(s.exact());
  EXPECT_EQ(s.distribution().p50, exact_quantile(small, 0.5));
  const auto big = spread(20000);
  Sample b;
  for (const double x : big) b.add(x);
  for (const double p : {0.1, 0.5, 0.9}) {
    const double want = exact_quantile(big, p);
    const Distribution d = b.distribution();
    const double got = p == 0.1 ? d.p10 : p == 0.5 ? d.p50 : d.p90;
    EXPECT_NEAR(got, want, want * 0.008) << "p" << p * 100;
  }
  EXPECT_LT(b.buckets().size(), 128u * 10) << "bounded by the orders of magnitude the values span";
}

TEST(Sample, FiguresOfFewValuesKeepExactDecilesInBuckets) {
  Sample s;
  for (int i = 0; i < 10000; ++i) s.add(i % 10 < 3 ? 0.0 : 1.0);  // 30 % zeros
  const Distribution d = s.distribution();
  EXPECT_EQ(d.p10, 0.0);
  EXPECT_EQ(d.p50, 1.0);
  EXPECT_EQ(d.p90, 1.0);
  EXPECT_EQ(s.ones(), 7000u);
  EXPECT_DOUBLE_EQ(d.mean, 0.7);
}

TEST(Sample, NoDifferenceIsExactlyZeroWithAZeroInterval) {
  Sample d;
  for (int i = 0; i < 5000; ++i) d.add(0.0);
  const PairedDifference x = d.as_difference();
  EXPECT_EQ(x.mean, 0.0);
  EXPECT_EQ(x.lo, 0.0);
  EXPECT_EQ(x.hi, 0.0);
}

}  // namespace
}  // namespace ttx::batch
