#include "sim/core/statistics.h"

#include <algorithm>
#include <stdexcept>
#include <cmath>

namespace ttx::core {

void Tally::add(double x) {
  ++n_;
  const double delta = x - mean_;
  mean_ += delta / static_cast<double>(n_);
  m2_ += delta * (x - mean_);
  sum_ += x;
  if (n_ == 1) {
    min_ = max_ = x;
  } else {
    min_ = std::min(min_, x);
    max_ = std::max(max_, x);
  }
}

double Tally::stddev() const { return std::sqrt(variance()); }

TimeWeighted::TimeWeighted(SimTime start, double initial)
    : start_(start), last_(start), value_(initial), min_(initial), max_(initial) {}

void TimeWeighted::set(SimTime t, double v) {
  if (t < last_) throw std::logic_error("TimeWeighted::set: time went back (" + format_clock_s(t) + ")");
  area_ += value_ * static_cast<double>((t - last_).count_s());
  last_ = t;
  value_ = v;
  min_ = std::min(min_, v);
  max_ = std::max(max_, v);
}

double TimeWeighted::integral(SimTime now) const {
  return area_ + value_ * static_cast<double>((now - last_).count_s());
}

double TimeWeighted::mean(SimTime now) const {
  const auto span = (now - start_).count_s();
  return span > 0 ? integral(now) / static_cast<double>(span) : value_;
}

}  // namespace ttx::core
