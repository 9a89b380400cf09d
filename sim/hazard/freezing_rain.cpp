#include "sim/hazard/freezing_rain.h"

#include <algorithm>
#include <cmath>

#include <Eigen/Core>
#include <boost/random/normal_distribution.hpp>

#include "sim/hazard/hazard_math.h"
#include "sim/hazard/warnings.h"

namespace ttx::hazard {

using world::Indicator;

double ice_accretion_mm(const world::FreezingModel& m, double rain_mm, double wind_m_s, double temp_c) {
  const bool windy = wind_m_s > m.windy_m_s && temp_c < m.windy_below_c;
  return (windy ? m.ice_ratio_windy : m.ice_ratio) * std::max(0.0, rain_mm);
}

namespace {

// The loader demands these factors (check_required_sections).
double weather_factor(const world::World& w, const char* key) { return w.transport.weather_factors.at(key); }

}  // namespace

HazardResult freezing_rain_impacts(const world::World& w, const world::FreezingParams& p, double duration_h,
                                   core::Rng& rng) {
  const world::FreezingModel& m = w.hazard_models.freezing;
  const auto towns = static_cast<Eigen::Index>(w.towns.size());
  const auto hours = static_cast<std::size_t>(std::ceil(duration_h));
  auto series = [&](const std::vector<double>& s, std::size_t h) { return s.empty() ? 0.0 : s[std::min(h, s.size() - 1)]; };
  auto at = [](std::size_t h) { return static_cast<std::int64_t>(h) * 3600; };

  HazardResult out;
  out.field_name = "ice_mm";
  out.field_step_s = 3600;
  auto push = [&](std::size_t h, ImpactKind k, std::uint32_t where, double amount, std::uint8_t detail = 0) {
    out.impacts.push_back({at(h), k, detail, where, amount});
  };

  // Each town's ice and snow differ from the district's by one lognormal factor of mean 1.
  const double s = std::sqrt(std::log(1.0 + m.spatial_cv * m.spatial_cv));
  boost::random::normal_distribution<double> z(0.0, 1.0);
  Eigen::ArrayXd factor(towns), population(towns), households(towns), spans(towns);
  for (Eigen::Index t = 0; t < towns; ++t) {
    factor[t] = m.spatial_cv > 0 ? std::exp(-0.5 * s * s + s * z(rng)) : 1.0;
    population[t] = w.towns[static_cast<std::size_t>(t)].population;
  }
  households = population / w.hazard_models.persons_per_household;
  spans = population / 1000.0 * m.spans_per_1000_people;
  const double weak_per_person = m.weak_structures_per_1000_people / 1000.0;
  const double total_households = households.sum();
  const double failure_median = m.fragility_median_factor * m.design_ice_mm;

  Eigen::ArrayXd ice = Eigen::ArrayXd::Zero(towns), snow = Eigen::ArrayXd::Zero(towns);
  Eigen::ArrayXd spans_down = Eigen::ArrayXd::Zero(towns);
  std::vector<double> collapsed(w.villages.size(), 0.0);
  Eigen::ArrayXd users_off = Eigen::ArrayXd::Zero(towns), cold = Eigen::ArrayXd::Zero(towns);
  double glaze = 0, stranded = 0, off_pct = 0;
  bool icy = false, expressway_closed = false;
  const auto& edges = w.roads.edges();
  const double glaze_factor = weather_factor(w, "glaze_untreated");

  for (std::size_t h = 0; h < hours; ++h) {
    const double fr = series(p.freezing_rain_mm_h, h), sn = series(p.snow_mm_h, h);
    const double temp = series(p.temp_c, h), wind = series(p.wind_m_s, h);
    const double freezing = temp <= 0 ? fr : 0.0;
    ice += factor * ice_accretion_mm(m, freezing, wind, temp);
    snow += factor * sn;

    // Lines: failures follow the lognormal fragility in radial ice.
    for (Eigen::Index t = 0; t < towns; ++t) {
      const auto where = static_cast<std::uint32_t>(t);
      const double expected = spans[t] * lognormal_cdf(ice[t], failure_median, m.fragility_beta);
      if (const auto c = stochastic_round(expected - spans_down[t], rng); c > 0) {
        spans_down[t] += static_cast<double>(c);
        push(h, ImpactKind::line_down, where, static_cast<double>(c));
        const double off = std::min(households[t], spans_down[t] * m.users_per_span);
        if (off != users_off[t]) push(h, ImpactKind::power_cut, where, users_off[t] = off);
      }
      const double need = temp < m.cold_below_c
                              ? std::round(users_off[t] * w.hazard_models.persons_per_household * m.cold_need_share)
                              : 0.0;
      if (need != cold[t]) push(h, ImpactKind::cold_exposure, where, cold[t] = need);
    }
    // Weak structures (greenhouses, sheds, light roofs) fall under the snow, village by village.
    for (std::size_t v = 0; v < w.villages.size(); ++v) {
      const double load = snow[w.villages[v].town];
      const double expected = weak_per_person * w.villages[v].population *
                              lognormal_cdf(load, m.snow_load_median_mm, m.snow_load_beta);
      if (const auto c = stochastic_round(expected - collapsed[v], rng); c > 0) {
        collapsed[v] += static_cast<double>(c);
        push(h, ImpactKind::structure_collapse, static_cast<std::uint32_t>(v), static_cast<double>(c));
      }
    }
    const double pct = total_households > 0 ? std::round(1000.0 * users_off.sum() / total_households) / 10.0 : 0.0;
    if (pct != off_pct) push(h, ImpactKind::indicator, static_cast<std::uint32_t>(Indicator::users_without_power_pct), off_pct = pct);

    // Roads: glaze builds while freezing rain falls below 0 °C and melts on a thaw.
    if (freezing > 0) glaze += freezing;
    else if (temp > m.thaw_above_c && fr + sn == 0) glaze = 0;
    const bool now_icy = glaze > 0;
    const bool now_closed = glaze >= m.expressway_close_ice_mm;
    for (std::size_t e = 0; e < edges.size(); ++e) {
      const auto where = static_cast<std::uint32_t>(e);
      const bool expressway = edges[e].cls == world::RoadClass::expressway;
      if (now_icy && !icy) {
        if (edges[e].bridge || (expressway && now_closed)) push(h, ImpactKind::road_closed, where, 1.0);
        else push(h, ImpactKind::road_slowed, where, expressway ? weather_factor(w, "glaze_treated") : glaze_factor);
      } else if (now_icy && expressway && !edges[e].bridge && now_closed != expressway_closed) {
        push(h, now_closed ? ImpactKind::road_closed : ImpactKind::road_slowed, where,
             now_closed ? 1.0 : weather_factor(w, "glaze_treated"));
      } else if (!now_icy && icy) {
        push(h, ImpactKind::road_reopened, where, 1.0);
      }
    }
    if (now_closed != expressway_closed) push(h, ImpactKind::indicator, static_cast<std::uint32_t>(Indicator::expressway_closed), now_closed);
    if (now_closed) {
      // Travellers caught on the closed expressway, on its first closed edge.
      for (std::size_t e = 0; e < edges.size(); ++e) {
        if (edges[e].cls != world::RoadClass::expressway) continue;
        if (const auto c = stochastic_round(m.stranded_per_closed_h, rng); c > 0) {
          push(h, ImpactKind::stranded, static_cast<std::uint32_t>(e), static_cast<double>(c));
          stranded += static_cast<double>(c);
          push(h, ImpactKind::indicator, static_cast<std::uint32_t>(Indicator::stranded_travellers), stranded);
        }
        break;
      }
    }
    icy = now_icy;
    expressway_closed = now_closed;

    // Field: each village shows its town's ice.
    std::vector<double> row(w.villages.size());
    for (std::size_t v = 0; v < w.villages.size(); ++v) row[v] = ice[w.villages[v].town];
    out.field.push_back(std::move(row));
  }
  for (const auto& warning : p.warnings) {
    out.impacts.push_back({warning.at_s, ImpactKind::indicator, 0, static_cast<std::uint32_t>(warning_indicator(warning.kind)),
                           static_cast<double>(warning.colour)});
  }
  std::stable_sort(out.impacts.begin(), out.impacts.end(), [](const Impact& a, const Impact& b) { return a.at_s < b.at_s; });
  return out;
}

}  // namespace ttx::hazard
