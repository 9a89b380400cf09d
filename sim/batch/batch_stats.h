// Statistics over replications: a distribution's mean and deciles, a probability with
// its Wilson score interval, and a paired difference with its Student-t interval.
// The distribution and the difference of a list of values are those of a Sample of
// them (sample.h: exact sums, so any order of the values gives the same bits).
#pragma once

#include <cstdint>
#include <vector>

namespace ttx::batch {

/// Over the values that are not NaN. With none, n = 0 and the rest NaN.
struct Distribution {
  std::uint64_t n = 0;
  double mean = 0, sd = 0, p10 = 0, p50 = 0, p90 = 0;
};
Distribution distribution(const std::vector<double>& values);

/// k of n, with the 95 % Wilson score interval (Wilson 1927), which stays inside [0, 1]
/// and is honest at p = 0 or 1, where the normal interval collapses.
struct Proportion {
  std::uint64_t k = 0, n = 0;
  double p = 0, lo = 0, hi = 0;
};
Proportion wilson(std::uint64_t k, std::uint64_t n);
/// Over the values that are not NaN: k = those equal to 1.
Proportion proportion(const std::vector<double>& values);

/// The mean of b - a over the pairs where both are numbers, with its 95 % interval
/// mean ± t(0.975, n-1) · sd / sqrt(n). No change gives exactly 0 and [0, 0].
struct PairedDifference {
  std::uint64_t n = 0;
  double mean = 0, lo = 0, hi = 0;
};
PairedDifference paired_difference(const std::vector<double>& a, const std::vector<double>& b);

}  // namespace ttx::batch
