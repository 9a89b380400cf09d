#include "sim/batch/batch_stats.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "sim/batch/sample.h"

namespace ttx::batch {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kZ95 = 1.959963984540054;

}  // namespace

Distribution distribution(const std::vector<double>& values) {
  Sample s;
  for (const double x : values) s.add(x);
  return s.distribution();
}

Proportion wilson(std::uint64_t k, std::uint64_t n) {
  Proportion r{k, n, kNaN, kNaN, kNaN};
  if (n == 0) return r;
  const double nn = static_cast<double>(n), p = static_cast<double>(k) / nn, z2 = kZ95 * kZ95;
  const double centre = (p + z2 / (2 * nn)) / (1 + z2 / nn);
  const double half = kZ95 / (1 + z2 / nn) * std::sqrt(p * (1 - p) / nn + z2 / (4 * nn * nn));
  r.p = p;
  r.lo = std::max(0.0, centre - half);
  r.hi = std::min(1.0, centre + half);
  return r;
}

Proportion proportion(const std::vector<double>& values) {
  std::uint64_t k = 0, n = 0;
  for (const double x : values) {
    if (std::isnan(x)) continue;
    ++n;
    k += x == 1.0;
  }
  return wilson(k, n);
}

PairedDifference paired_difference(const std::vector<double>& a, const std::vector<double>& b) {
  Sample d;
  for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i) {
    if (!std::isnan(a[i]) && !std::isnan(b[i])) d.add(b[i] - a[i]);
  }
  return d.as_difference();
}

}  // namespace ttx::batch
