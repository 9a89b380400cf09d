#include "sim/hazard/hazard_math.h"

#include <algorithm>
#include <cmath>


namespace ttx::hazard {

double normal_cdf(double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); }

double lognormal_cdf(double x, double median, double beta) {
  if (x <= 0 || median <= 0) return 0.0;
  return normal_cdf(std::log(x / median) / beta);
}

double interpolate(const std::vector<double>& xs, const std::vector<double>& ys, double x) {
  if (xs.empty()) return 0.0;
  if (x <= xs.front()) return ys.front();
  if (x >= xs.back()) return ys.back();
  const auto hi = static_cast<std::size_t>(std::upper_bound(xs.begin(), xs.end(), x) - xs.begin());
  const std::size_t lo = hi - 1;
  const double f = (x - xs[lo]) / (xs[hi] - xs[lo]);
  return ys[lo] + f * (ys[hi] - ys[lo]);
}

std::int64_t offset_round(double x, double u) {
  if (!(x > 0)) return 0;
  return static_cast<std::int64_t>(std::floor(x + u));
}

void local_km(double lat0, double lon0, double lat, double lon, double& x_km, double& y_km) {
  constexpr double kKmPerDeg = 111.195;  // mean Earth radius 6371 km
  x_km = (lon - lon0) * kKmPerDeg * std::cos(lat0 * 3.14159265358979323846 / 180.0);
  y_km = (lat - lat0) * kKmPerDeg;
}

}  // namespace ttx::hazard
