#include "sim/response/survival.h"

#include <algorithm>
#include <cmath>

namespace ttx::response {

double trapped_survival(const world::EarthquakeModel& m, double hours, bool heavy_or_winter) {
  const auto& h = m.survival_h;
  const auto& s = m.survival_share;
  if (h.empty() || h.size() != s.size()) return 0.0;
  double share;
  if (hours <= h.front()) {
    share = s.front();
  } else if (hours >= h.back()) {
    share = s.back();
  } else {
    const auto hi = static_cast<std::size_t>(std::upper_bound(h.begin(), h.end(), hours) - h.begin());
    const double f = (hours - h[hi - 1]) / (h[hi] - h[hi - 1]);
    share = std::exp(std::log(s[hi - 1]) + f * (std::log(s[hi]) - std::log(s[hi - 1])));
  }
  return heavy_or_winter ? share * m.survival_factor_heavy_or_winter : share;
}

}  // namespace ttx::response
