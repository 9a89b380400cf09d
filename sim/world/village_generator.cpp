#include "sim/world/village_generator.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace ttx::world {

std::vector<Village> generate_villages(const World& w) {
  constexpr double kPi = 3.14159265358979323846;
  constexpr double kGoldenAngle = 2.39996322972865332;  // radians: even spread on a disc
  constexpr double kKmPerDegLat = 111.32;
  const double lon_span = w.district.lon_max - w.district.lon_min;
  const double slope = lon_span > 0 ? (w.district.ground_east_m - w.district.ground_west_m) / lon_span : 0.0;
  std::vector<Village> out;
  for (std::size_t ti = 0; ti < w.towns.size(); ++ti) {
    const Town& t = w.towns[ti];
    const int n = t.villages;
    if (n <= 0) continue;
    const double radius_km = std::sqrt(t.area_km2 / kPi);
    // Population weights 1 ± 0.3 from a fixed sequence; whole people by largest
    // remainder, so the shares are never negative and sum to the town exactly.
    std::vector<double> weight(static_cast<std::size_t>(n));
    double sum = 0;
    for (int i = 0; i < n; ++i) sum += weight[static_cast<std::size_t>(i)] = 1.0 + 0.3 * std::sin(1.0 + i * kGoldenAngle);
    const double people = std::round(t.population);
    std::vector<double> share(static_cast<std::size_t>(n));
    std::vector<std::pair<double, int>> remainder;
    double assigned = 0;
    for (int i = 0; i < n; ++i) {
      const double exact = people * weight[static_cast<std::size_t>(i)] / sum;
      share[static_cast<std::size_t>(i)] = std::floor(exact);
      assigned += share[static_cast<std::size_t>(i)];
      remainder.emplace_back(-(exact - std::floor(exact)), i);  // largest first, ties by index
    }
    std::sort(remainder.begin(), remainder.end());
    for (std::size_t k = 0; k < remainder.size() && assigned < people; ++k, assigned += 1) {
      share[static_cast<std::size_t>(remainder[k].second)] += 1;
    }
    for (int i = 0; i < n; ++i) {
      Village v;
      v.id = t.id + "_v" + (i + 1 < 10 ? "0" : "") + std::to_string(i + 1);
      v.name = t.name_zh + "第" + std::to_string(i + 1) + "村";
      v.town = static_cast<std::uint32_t>(ti);
      const double r = radius_km * std::sqrt((i + 0.5) / n);
      const double a = i * kGoldenAngle;
      v.lat = t.lat + r * std::cos(a) / kKmPerDegLat;
      v.lon = t.lon + r * std::sin(a) / (kKmPerDegLat * std::cos(t.lat * kPi / 180.0));
      v.population = share[static_cast<std::size_t>(i)];
      v.ground_level_m = t.ground_level_m + slope * (v.lon - t.lon);
      v.share_masonry = t.share_masonry;
      v.share_rc = t.share_rc;
      v.generated = true;
      out.push_back(std::move(v));
    }
  }
  return out;
}

}  // namespace ttx::world
