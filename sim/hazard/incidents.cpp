#include "sim/hazard/incidents.h"

#include <algorithm>
#include <cmath>

#include <boost/random/exponential_distribution.hpp>
#include <boost/random/uniform_01.hpp>
#include <boost/random/uniform_int_distribution.hpp>

namespace ttx::hazard {

HazardResult incident_impacts(const world::World& w, const world::IncidentParams& p, double duration_h, core::Rng& rng) {
  HazardResult out;
  out.field_name = "population";
  std::vector<double> cumulative;
  double total = 0;
  for (const auto& v : w.villages) cumulative.push_back(total += v.population);
  out.field.emplace_back();
  for (const auto& v : w.villages) out.field.back().push_back(v.population);
  if (p.incidents_per_h <= 0 || total <= 0) return out;

  boost::random::exponential_distribution<double> gap_h(p.incidents_per_h);
  boost::random::uniform_01<double> u;
  boost::random::uniform_int_distribution<int> people(1, static_cast<int>(p.max_people));
  boost::random::uniform_int_distribution<int> severity(1, 3);
  for (double t = gap_h(rng); t < duration_h; t += gap_h(rng)) {
    const double pick = u(rng) * total;
    const auto v = static_cast<std::uint32_t>(std::upper_bound(cumulative.begin(), cumulative.end(), pick) - cumulative.begin());
    const auto where = std::min<std::uint32_t>(v, static_cast<std::uint32_t>(w.villages.size() - 1));
    const double kind = u(rng);
    const double n = people(rng);
    const auto at = static_cast<std::int64_t>(std::llround(t * 3600));
    if (kind < p.share_trapped) {
      out.impacts.push_back({at, ImpactKind::trapped, 0, where, n});
    } else if (kind < p.share_trapped + p.share_injured) {
      out.impacts.push_back({at, ImpactKind::injured, static_cast<std::uint8_t>(severity(rng)), where, n});
    } else {
      out.impacts.push_back({at, ImpactKind::displaced, 0, where, n});
    }
  }
  return out;
}

}  // namespace ttx::hazard
