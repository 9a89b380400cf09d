#include "sim/batch/batch_stats.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <boost/math/distributions/students_t.hpp>

namespace ttx::batch {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kZ95 = 1.959963984540054;

// Hyndman and Fan's type 7 (linear between order statistics), as numpy's default.
double quantile(const std::vector<double>& sorted, double p) {
  const double rank = p * static_cast<double>(sorted.size() - 1);
  const auto lo = static_cast<std::size_t>(std::floor(rank));
  const std::size_t hi = std::min(sorted.size() - 1, lo + 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - static_cast<double>(lo));
}

double sd_of(const std::vector<double>& v, double mean) {
  if (v.size() < 2) return 0;
  double ss = 0;
  for (const double x : v) ss += (x - mean) * (x - mean);
  return std::sqrt(ss / static_cast<double>(v.size() - 1));
}

double mean_of(const std::vector<double>& v) {
  double sum = 0;
  for (const double x : v) sum += x;
  return sum / static_cast<double>(v.size());
}

}  // namespace

Distribution distribution(const std::vector<double>& values) {
  std::vector<double> v;
  v.reserve(values.size());
  for (const double x : values) {
    if (!std::isnan(x)) v.push_back(x);
  }
  Distribution d;
  d.n = v.size();
  if (v.empty()) return {0, kNaN, kNaN, kNaN, kNaN, kNaN};
  d.mean = mean_of(v);
  d.sd = sd_of(v, d.mean);
  std::sort(v.begin(), v.end());
  d.p10 = quantile(v, 0.1);
  d.p50 = quantile(v, 0.5);
  d.p90 = quantile(v, 0.9);
  return d;
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
  std::vector<double> d;
  for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i) {
    if (!std::isnan(a[i]) && !std::isnan(b[i])) d.push_back(b[i] - a[i]);
  }
  PairedDifference r;
  r.n = d.size();
  if (d.empty()) return {0, kNaN, kNaN, kNaN};
  r.mean = mean_of(d);
  if (d.size() < 2) {
    r.lo = r.hi = r.mean;
    return r;
  }
  const double sd = sd_of(d, r.mean);
  const boost::math::students_t t(static_cast<double>(d.size() - 1));
  const double half = boost::math::quantile(boost::math::complement(t, 0.025)) * sd / std::sqrt(static_cast<double>(d.size()));
  r.lo = r.mean - half;
  r.hi = r.mean + half;
  return r;
}

}  // namespace ttx::batch
