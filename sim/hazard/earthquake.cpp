#include "sim/hazard/earthquake.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include <Eigen/Core>
#include <boost/random/normal_distribution.hpp>

#include "sim/hazard/hazard_math.h"

namespace ttx::hazard {

namespace {

constexpr double kPi = 3.14159265358979323846;

double axis_radius(const world::AttenuationAxis& a, double ms, double i) {
  return std::pow(10.0, (i - a.a - a.b * ms) / a.c) - a.r0_km;
}
double axis_peak(const world::AttenuationAxis& a, double ms) { return a.a + a.b * ms + a.c * std::log10(a.r0_km); }

/// Expected losses among one building class of one village, for one damage distribution.
struct Loss {
  double injured[3] = {};   // severities 1..3
  double killed = 0;
  double trapped = 0;
  double displaced = 0;
  double houses = 0;        // households whose house collapsed or is severely damaged

  void add(const Loss& o, double sign) {
    for (int s = 0; s < 3; ++s) injured[s] += sign * o.injured[s];
    killed += sign * o.killed;
    trapped += sign * o.trapped;
    displaced += sign * o.displaced;
    houses += sign * o.houses;
  }
};

Loss class_loss(const world::EarthquakeModel& m, int cls, const std::array<double, 5>& p, double occupants,
                double residents, double households) {
  Loss l;
  const double collapse = p[4] * m.collapse_given_destroyed[cls];
  // Shares of occupants by casualty state: slight, moderate, severe, destroyed (no collapse), collapse.
  const double share[5] = {p[1], p[2], p[3], p[4] - collapse, collapse};
  for (int k = 0; k < 5; ++k) {
    for (int s = 0; s < 3; ++s) l.injured[s] += occupants * share[k] * m.casualty_pct[cls][k][s] / 100.0;
    l.killed += occupants * share[k] * m.casualty_pct[cls][k][3] / 100.0;
  }
  const double killed_in_collapse = occupants * collapse * m.casualty_pct[cls][4][3] / 100.0;
  l.trapped = std::max(0.0, occupants * collapse * m.trapped_share_collapsed[cls] +
                                occupants * share[3] * m.trapped_share_destroyed - killed_in_collapse);
  l.displaced = residents * (p[3] + p[4] + m.displaced_share_moderate * p[2]);
  l.houses = households * (p[3] + p[4]);
  return l;
}

const world::AttenuationRegion& pick_region(const world::EarthquakeModel& m, const std::string& wanted) {
  const std::string& id = wanted.empty() ? m.default_region : wanted;
  for (const auto& r : m.regions) {
    if (r.id == id) return r;
  }
  throw std::invalid_argument("earthquake: no attenuation region '" + id + "' in hazard_models.yaml");
}

}  // namespace

double intensity_at(const world::AttenuationRegion& r, double ms, double along_km, double across_km, bool elliptical) {
  const auto& la = r.long_axis;
  if (!elliptical) {
    const double dist = std::hypot(along_km, across_km);
    return std::clamp(la.a + la.b * ms + la.c * std::log10(dist + la.r0_km), 1.0, 12.0);
  }
  const auto& sa = r.short_axis;
  const double top = std::min(axis_peak(la, ms), axis_peak(sa, ms));
  if (along_km == 0 && across_km == 0) return std::clamp(top, 1.0, 12.0);
  // Outside the ellipse of intensity I <=> f(I) > 0; f grows with I. Bisection.
  auto f = [&](double i) {
    const double ra = axis_radius(la, ms, i), rb = axis_radius(sa, ms, i);
    if (ra <= 0 || rb <= 0) return 1.0;
    return (along_km / ra) * (along_km / ra) + (across_km / rb) * (across_km / rb) - 1.0;
  };
  double lo = 1.0, hi = std::min(top, 12.0);
  if (hi <= lo || f(lo) > 0) return 1.0;
  for (int k = 0; k < 60; ++k) {
    const double mid = 0.5 * (lo + hi);
    (f(mid) > 0 ? hi : lo) = mid;
  }
  return lo;
}

std::array<double, world::kDamageStates> damage_probabilities(const world::EarthquakeModel& m, int cls, double i) {
  std::array<double, world::kDamageStates> none{1, 0, 0, 0, 0};
  const auto& rows = m.damage[cls];
  if (i <= m.damage_free_intensity) return none;
  std::array<double, world::kDamageStates> lo = none, hi = rows[0];
  double f;
  if (i < 6.0) {
    f = (i - m.damage_free_intensity) / (6.0 - m.damage_free_intensity);
  } else if (i >= 6.0 + world::kDamageRows - 1) {
    return rows[world::kDamageRows - 1];
  } else {
    const int r = static_cast<int>(std::floor(i)) - 6;
    lo = rows[r];
    hi = rows[r + 1];
    f = i - std::floor(i);
  }
  // Interpolate the exceedance P(>= state): log-linearly where both rows give it
  // (a lognormal fragility rises about geometrically between integer intensities,
  // so linear steps would overstate collapse just above a row), else linearly.
  std::array<double, world::kDamageStates> out{};
  double lo_ge = 0, hi_ge = 0, above = 0;
  for (int s = world::kDamageStates - 1; s >= 1; --s) {
    lo_ge += lo[s];
    hi_ge += hi[s];
    const double ge = lo_ge > 0 && hi_ge > 0 ? std::exp(std::log(lo_ge) + f * (std::log(hi_ge) - std::log(lo_ge)))
                                             : lo_ge + f * (hi_ge - lo_ge);
    out[s] = std::max(0.0, ge - above);
    above = std::max(above, ge);
  }
  out[0] = std::max(0.0, 1.0 - above);
  return out;
}

double table_at(const world::IntensityTable& t, double free_intensity, double i) {
  if (i <= free_intensity) return 0.0;
  if (i < 6.0) return t[0] * (i - free_intensity) / (6.0 - free_intensity);
  if (i >= 10.0) return t[4];
  const int r = static_cast<int>(std::floor(i)) - 6;
  return t[r] + (i - std::floor(i)) * (t[r + 1] - t[r]);
}

HazardResult earthquake_impacts(const world::World& w, const world::EarthquakeParams& p, core::Rng& rng) {
  const world::EarthquakeModel& m = w.hazard_models.earthquake;
  const world::AttenuationRegion& region = pick_region(m, p.region);
  const bool elliptical = !std::isnan(p.strike_deg);
  const double strike = elliptical ? p.strike_deg * kPi / 180.0 : 0.0;
  const KeyedUniforms u(rng);

  struct Shock {
    double at_h, ms, event_term;
  };
  std::vector<Shock> shocks{{0.0, p.magnitude, 0.0}};
  for (const auto& a : p.aftershocks) shocks.push_back({a.at_h, a.magnitude, 0.0});
  std::stable_sort(shocks.begin(), shocks.end(), [](const Shock& a, const Shock& b) { return a.at_h < b.at_h; });
  // One ±σ draw per event, if asked: it moves that shock's whole field.
  if (p.sigma_draw) {
    boost::random::normal_distribution<double> z(0.0, region.sigma);
    for (auto& shock : shocks) shock.event_term = z(rng);
  }

  auto field = [&](double lat, double lon, const Shock& shock) {
    double x, y;
    local_km(p.lat, p.lon, lat, lon, x, y);
    const double along = x * std::sin(strike) + y * std::cos(strike);
    const double across = x * std::cos(strike) - y * std::sin(strike);
    return std::clamp(intensity_at(region, shock.ms, along, across, elliptical) + shock.event_term, 1.0, 12.0);
  };

  const auto n = static_cast<Eigen::Index>(w.villages.size());
  Eigen::ArrayXd residents(n), share_rc(n);
  for (Eigen::Index v = 0; v < n; ++v) {
    const auto& village = w.villages[static_cast<std::size_t>(v)];
    residents[v] = village.population;
    share_rc[v] = village.share_rc;
  }
  const Eigen::ArrayXd households = residents / w.hazard_models.persons_per_household;

  HazardResult out;
  out.field_name = "intensity";
  std::vector<double> max_intensity(static_cast<std::size_t>(n), 1.0);
  std::vector<std::array<std::array<double, 5>, 2>> state(static_cast<std::size_t>(n));  // P(state) per class
  for (auto& s : state) s = {std::array<double, 5>{1, 0, 0, 0, 0}, std::array<double, 5>{1, 0, 0, 0, 0}};
  // Counts emitted so far per village: killed, injured 1..3, trapped light, heavy, displaced, houses.
  enum Count { kKilled, kInjured1, kInjured2, kInjured3, kLight, kHeavy, kDisplaced, kHouses, kCounts };
  std::vector<std::array<std::int64_t, kCounts>> emitted(static_cast<std::size_t>(n), std::array<std::int64_t, kCounts>{});
  std::vector<double> town_intensity(w.towns.size(), 1.0);
  std::vector<std::int64_t> bridges(w.towns.size(), 0), leaks(w.towns.size(), 0);
  std::vector<double> edge_intensity(w.roads.edges().size(), 1.0);
  std::vector<char> road_closed(w.roads.edges().size(), 0);
  double magnitude = -1;

  for (const Shock& shock : shocks) {
    const std::int64_t at = static_cast<std::int64_t>(std::llround(shock.at_h * 3600));
    if (shock.ms > magnitude) {
      magnitude = shock.ms;
      out.impacts.push_back({at, ImpactKind::indicator, 0, static_cast<std::uint32_t>(world::Indicator::magnitude), magnitude});
    }
    const double hour = std::fmod(p.hour_of_day + shock.at_h, 24.0);
    const double indoor = hour >= m.day_start_hour && hour < m.day_end_hour ? m.indoor_share_day : m.indoor_share_night;
    for (Eigen::Index v = 0; v < n; ++v) {
      const std::size_t vi = static_cast<std::size_t>(v);
      const auto& village = w.villages[vi];
      const double intensity = field(village.lat, village.lon, shock);
      max_intensity[vi] = std::max(max_intensity[vi], intensity);
      Loss total;
      for (int cls = 0; cls < world::kBuildingClasses; ++cls) {
        // A later shock damages what the earlier ones left standing:
        // P(at least state s) = 1 − (1 − before)(1 − this shock).
        const auto now = damage_probabilities(m, cls, intensity);
        std::array<double, 5> combined{};
        double before_ge = 0, now_ge = 0;
        for (int s = 4; s >= 1; --s) {
          before_ge += state[vi][cls][s];
          now_ge += now[s];
          combined[s] = 1.0 - (1.0 - before_ge) * (1.0 - now_ge);
        }
        for (int s = 1; s < 4; ++s) combined[s] -= combined[s + 1];
        combined[0] = 1.0 - combined[1] - combined[2] - combined[3] - combined[4];
        state[vi][cls] = combined;
        const double share = cls == 1 ? share_rc[v] : 1.0 - share_rc[v];
        total.add(class_loss(m, cls, combined, residents[v] * indoor * share, residents[v] * share, households[v] * share), 1.0);
      }
      // Cumulative expected counts made whole with one fixed offset each: the
      // counts never fall, whatever the shock, and grow with its strength.
      const double expected[kCounts] = {total.killed, total.injured[0], total.injured[1], total.injured[2],
                                        total.trapped * (1.0 - m.heavy_share), total.trapped * m.heavy_share,
                                        total.displaced, total.houses};
      static constexpr ImpactKind kinds[kCounts] = {ImpactKind::killed, ImpactKind::injured, ImpactKind::injured,
                                                    ImpactKind::injured, ImpactKind::trapped, ImpactKind::trapped,
                                                    ImpactKind::displaced, ImpactKind::houses_damaged};
      static constexpr std::uint8_t details[kCounts] = {0, 1, 2, 3, 0, 1, 0, 0};
      for (int k = 0; k < kCounts; ++k) {
        const std::int64_t target = std::max(emitted[vi][k], offset_round(expected[k], u(k, vi)));
        if (target > emitted[vi][k]) {
          out.impacts.push_back({at, kinds[k], details[k], static_cast<std::uint32_t>(v), static_cast<double>(target - emitted[vi][k])});
          emitted[vi][k] = target;
        }
      }
    }
    // Towns: bridges and gas lines, by the strongest shaking at the town centre so far.
    for (std::size_t t = 0; t < w.towns.size(); ++t) {
      town_intensity[t] = std::max(town_intensity[t], field(w.towns[t].lat, w.towns[t].lon, shock));
      const double i = town_intensity[t];
      const auto b = std::max(bridges[t], offset_round(m.bridges_per_town * table_at(m.bridge_damage_probability, m.damage_free_intensity, i), u(kCounts, t)));
      const auto g = std::max(leaks[t], offset_round(w.towns[t].population / 1e4 * table_at(m.gas_leaks_per_10k_people, m.damage_free_intensity, i), u(kCounts + 1, t)));
      const auto where = static_cast<std::uint32_t>(t);
      if (b > bridges[t]) out.impacts.push_back({at, ImpactKind::bridge_damaged, 0, where, static_cast<double>(b - bridges[t])});
      if (g > leaks[t]) out.impacts.push_back({at, ImpactKind::gas_leak, 0, where, static_cast<double>(g - leaks[t])});
      bridges[t] = b;
      leaks[t] = g;
    }
    // Roads: an edge closes when its fixed uniform falls below the closure
    // probability at the stronger shaking of its two ends.
    const auto& nodes = w.roads.nodes();
    for (std::size_t e = 0; e < w.roads.edges().size(); ++e) {
      const auto& edge = w.roads.edges()[e];
      edge_intensity[e] = std::max({edge_intensity[e], field(nodes[edge.a].lat, nodes[edge.a].lon, shock),
                                    field(nodes[edge.b].lat, nodes[edge.b].lon, shock)});
      if (!road_closed[e] && u(kCounts + 2, e) < table_at(m.road_closure_probability, m.damage_free_intensity, edge_intensity[e])) {
        road_closed[e] = 1;
        out.impacts.push_back({at, ImpactKind::road_closed, 0, static_cast<std::uint32_t>(e), 1.0});
      }
    }
  }
  out.field.push_back(max_intensity);  // the strongest shaking each village felt
  std::stable_sort(out.impacts.begin(), out.impacts.end(), [](const Impact& a, const Impact& b) { return a.at_s < b.at_s; });
  return out;
}

}  // namespace ttx::hazard
