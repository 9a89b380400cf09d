#include "sim/hazard/pager_check.h"

#include <cmath>
#include <map>

#include "sim/hazard/hazard_math.h"

namespace ttx::hazard {

bool PagerBin::within() const { return deaths >= std::floor(low) && deaths <= std::ceil(high); }

std::vector<PagerBin> pager_bins(const world::World& w, const HazardResult& r) {
  const world::EarthquakeModel& m = w.hazard_models.earthquake;
  std::vector<PagerBin> out;
  if (r.field_name != "intensity" || r.field.empty()) return out;
  const std::vector<double>& intensity = r.field.back();
  std::vector<double> deaths(w.villages.size(), 0.0);
  for (const Impact& i : r.impacts) {
    if (i.kind == ImpactKind::killed && i.where < deaths.size()) deaths[i.where] += i.amount;
  }
  std::map<int, PagerBin> bins;
  for (std::size_t v = 0; v < w.villages.size() && v < intensity.size(); ++v) {
    const int k = static_cast<int>(std::floor(intensity[v] + 0.5));
    if (k < 6) continue;
    PagerBin& b = bins[k];
    b.intensity = k;
    b.exposed += w.villages[v].population;
    b.deaths += deaths[v];
  }
  const double band = std::exp(m.pager_zeta);
  for (auto& [k, b] : bins) {
    b.rate = normal_cdf(std::log(k / m.pager_theta) / m.pager_beta);
    b.expected = b.exposed * b.rate;
    b.low = b.expected / band;
    b.high = b.expected * band;
    out.push_back(b);
  }
  return out;
}

}  // namespace ttx::hazard
