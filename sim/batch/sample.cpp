#include "sim/batch/sample.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <boost/math/distributions/students_t.hpp>

namespace ttx::batch {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kLimit = 1099511627776.0;  // 2^40
constexpr int kSubBuckets = 128;             // per binary order

// Hyndman and Fan's type 7 (linear between order statistics), as numpy's default.
template <class At>
double quantile(std::uint64_t n, double p, At at) {
  const double rank = p * static_cast<double>(n - 1);
  const auto lo = static_cast<std::uint64_t>(std::floor(rank));
  const std::uint64_t hi = std::min(n - 1, lo + 1);
  const double a = at(lo), b = hi == lo ? a : at(hi);
  return a + (b - a) * (rank - static_cast<double>(lo));
}

// Buckets in the order of their values: negative keys below 0 (zero itself), positive above.
std::int64_t key_of(double v) {
  if (v == 0) return 0;
  int e = 0;
  const double m = std::frexp(std::fabs(v), &e);  // m in [0.5, 1)
  const auto sub = std::min<std::int64_t>(kSubBuckets - 1, static_cast<std::int64_t>((m - 0.5) * 2 * kSubBuckets));
  const std::int64_t k = 1 + (static_cast<std::int64_t>(e) + 1100) * kSubBuckets + sub;
  return v > 0 ? k : -k;
}

}  // namespace

// The grid point nearest v, as an integer: exact, since a double this size is whole.
void ExactSum::add(double v) {
  const double limit = std::ldexp(1.0, 100 - bits_);  // keeps each term below 2^100 units
  units_ += static_cast<Int128>(std::nearbyint(std::ldexp(std::clamp(v, -limit, limit), bits_)));
}

double ExactSum::value() const { return std::ldexp(static_cast<double>(units_), -bits_); }

void Sample::add(double v) {
  if (std::isnan(v)) return;
  v = std::clamp(v, -kLimit, kLimit);
  ++n_;
  ones_ += v == 1.0;
  sum_.add(v);
  squares_.add(v * v);
  if (exact_) {
    values_.push_back(v);
    if (values_.size() > kExact) to_buckets();
  } else {
    bucket(v, 1);
  }
}

void Sample::bucket(double v, std::uint64_t count) {
  Bucket& b = buckets_[key_of(v)];
  if (b.count == 0) {
    b.least = b.greatest = v;
  } else {
    b.least = std::min(b.least, v);
    b.greatest = std::max(b.greatest, v);
  }
  b.count += count;
}

void Sample::to_buckets() {
  for (const double v : values_) bucket(v, 1);
  values_.clear();
  values_.shrink_to_fit();
  exact_ = false;
}

void Sample::merge(const Sample& o) {
  n_ += o.n_;
  ones_ += o.ones_;
  sum_.merge(o.sum_);
  squares_.merge(o.squares_);
  if (exact_ && o.exact_ && values_.size() + o.values_.size() <= kExact) {
    values_.insert(values_.end(), o.values_.begin(), o.values_.end());
    return;
  }
  if (exact_) to_buckets();
  for (const double v : o.values_) bucket(v, 1);
  for (const auto& [k, b] : o.buckets_) {
    Bucket& mine = buckets_[k];
    if (mine.count == 0) {
      mine = b;
    } else {
      mine.least = std::min(mine.least, b.least);
      mine.greatest = std::max(mine.greatest, b.greatest);
      mine.count += b.count;
    }
  }
}

double Sample::order_statistic(std::uint64_t rank) const {
  std::uint64_t below = 0;
  for (const auto& [k, b] : buckets_) {
    if (rank < below + b.count) {
      if (b.count == 1 || b.least == b.greatest) return b.least;
      return b.least + (b.greatest - b.least) * static_cast<double>(rank - below) / static_cast<double>(b.count - 1);
    }
    below += b.count;
  }
  return buckets_.empty() ? kNaN : buckets_.rbegin()->second.greatest;
}

double Sample::mean() const { return sum_.value() / static_cast<double>(n_); }

double Sample::sd() const {
  if (n_ < 2) return 0;
  const double n = static_cast<double>(n_), s = sum_.value();
  return std::sqrt(std::max(0.0, (squares_.value() - s * s / n) / (n - 1)));
}

Distribution Sample::distribution() const {
  if (n_ == 0) return {0, kNaN, kNaN, kNaN, kNaN, kNaN};
  Distribution d;
  d.n = n_;
  d.mean = mean();
  d.sd = sd();
  if (exact_) {
    std::vector<double> v = values_;
    std::sort(v.begin(), v.end());
    const auto at = [&](std::uint64_t i) { return v[i]; };
    d.p10 = quantile(n_, 0.1, at), d.p50 = quantile(n_, 0.5, at), d.p90 = quantile(n_, 0.9, at);
  } else {
    const auto at = [&](std::uint64_t i) { return order_statistic(i); };
    d.p10 = quantile(n_, 0.1, at), d.p50 = quantile(n_, 0.5, at), d.p90 = quantile(n_, 0.9, at);
  }
  return d;
}

PairedDifference Sample::as_difference() const {
  if (n_ == 0) return {0, kNaN, kNaN, kNaN};
  PairedDifference r;
  r.n = n_;
  r.mean = mean();
  if (n_ < 2) {
    r.lo = r.hi = r.mean;
    return r;
  }
  const boost::math::students_t t(static_cast<double>(n_ - 1));
  const double half = boost::math::quantile(boost::math::complement(t, 0.025)) * sd() / std::sqrt(static_cast<double>(n_));
  r.lo = r.mean - half;
  r.hi = r.mean + half;
  return r;
}

Sample Sample::restore(std::uint64_t n, std::uint64_t ones, ExactSum sum, ExactSum squares, std::vector<double> values,
                       std::map<std::int64_t, Bucket> buckets, bool exact) {
  Sample s;
  s.n_ = n;
  s.ones_ = ones;
  s.sum_ = sum;
  s.squares_ = squares;
  s.values_ = std::move(values);
  s.buckets_ = std::move(buckets);
  s.exact_ = exact;
  return s;
}

}  // namespace ttx::batch
