// Running statistics used by resources, containers and models.
#pragma once

#include <cstdint>

#include "sim/core/sim_time.h"

namespace ttx::core {

/// Observations one at a time (waits, delays): count, mean, variance, extremes.
/// Welford's update keeps the variance accurate over millions of values.
class Tally {
 public:
  void add(double x);
  std::uint64_t count() const { return n_; }
  double mean() const { return n_ ? mean_ : 0.0; }
  double sum() const { return sum_; }
  /// Sample variance (n - 1 in the denominator); 0 with fewer than two values.
  double variance() const { return n_ > 1 ? m2_ / static_cast<double>(n_ - 1) : 0.0; }
  double stddev() const;
  double min() const { return n_ ? min_ : 0.0; }
  double max() const { return n_ ? max_ : 0.0; }

 private:
  std::uint64_t n_ = 0;
  double mean_ = 0.0, m2_ = 0.0, sum_ = 0.0, min_ = 0.0, max_ = 0.0;
};

/// A quantity that holds its value between changes (busy units, queue length,
/// stock level): its time-weighted mean over [start, now] and its extremes.
class TimeWeighted {
 public:
  explicit TimeWeighted(SimTime start = {}, double initial = 0.0);
  /// The value changes to `v` at `t` (t must not precede the last change).
  void set(SimTime t, double v);
  double current() const { return value_; }
  double min() const { return min_; }
  double max() const { return max_; }
  /// Time-weighted mean over [start, now]; the current value if no time has passed.
  double mean(SimTime now) const;
  /// Integral of the value over [start, now], in value·seconds.
  double integral(SimTime now) const;

 private:
  SimTime start_, last_;
  double value_, area_ = 0.0, min_, max_;
};

}  // namespace ttx::core
