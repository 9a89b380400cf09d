#include "sim/world/village_generator.h"

#include <cmath>
#include <cstdio>

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
    // Population weights 1 ± 0.3 from a fixed sequence; shares sum to the town total.
    std::vector<double> weight(static_cast<std::size_t>(n));
    double sum = 0;
    for (int i = 0; i < n; ++i) sum += weight[static_cast<std::size_t>(i)] = 1.0 + 0.3 * std::sin(1.0 + i * kGoldenAngle);
    double assigned = 0;
    for (int i = 0; i < n; ++i) {
      Village v;
      char id[64], name[128];
      std::snprintf(id, sizeof id, "%s_v%02d", t.id.c_str(), i + 1);
      std::snprintf(name, sizeof name, "%s第%d村", t.name_zh.c_str(), i + 1);
      v.id = id;
      v.name = name;
      v.town = static_cast<std::uint32_t>(ti);
      const double r = radius_km * std::sqrt((i + 0.5) / n);
      const double a = i * kGoldenAngle;
      v.lat = t.lat + r * std::cos(a) / kKmPerDegLat;
      v.lon = t.lon + r * std::sin(a) / (kKmPerDegLat * std::cos(t.lat * kPi / 180.0));
      // Whole people; the last village takes the rounding remainder.
      v.population = i + 1 < n ? std::round(t.population * weight[static_cast<std::size_t>(i)] / sum)
                               : t.population - assigned;
      assigned += v.population;
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
