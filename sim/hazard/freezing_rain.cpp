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
  // What hour h (T+h to T+h+1) accumulates is stamped at its end.
  auto at = [](std::size_t h) { return static_cast<std::int64_t>(h + 1) * 3600; };
  const KeyedUniforms u(rng);
  // Looked up once, not per road and hour.
  const double glaze_treated = weather_factor(w, "glaze_treated"), glaze_untreated = weather_factor(w, "glaze_untreated"),
               snow_arterial = weather_factor(w, "snow_arterial"),
               snow_expressway_heavy = weather_factor(w, "snow_expressway_heavy"),
               snow_expressway_light = weather_factor(w, "snow_expressway_light");

  HazardResult out;
  out.field_name = "ice_mm";
  out.field_step_s = 3600;
  auto push = [&](std::size_t h, ImpactKind k, std::uint32_t where, double amount) {
    out.impacts.push_back({at(h), k, 0, where, amount});
  };
  auto indicator = [&](std::size_t h, Indicator i, double value) {
    push(h, ImpactKind::indicator, static_cast<std::uint32_t>(i), value);
  };

  // Each town's ice and snow differ from the district's by one lognormal factor of mean 1.
  const double s = std::sqrt(std::log(1.0 + m.spatial_cv * m.spatial_cv));
  boost::random::normal_distribution<double> z(0.0, 1.0);
  Eigen::ArrayXd factor(towns), population(towns);
  for (Eigen::Index t = 0; t < towns; ++t) {
    factor[t] = std::exp(-0.5 * s * s + s * z(rng));
    population[t] = w.towns[static_cast<std::size_t>(t)].population;
  }
  const Eigen::ArrayXd households = population / w.hazard_models.persons_per_household;
  const Eigen::ArrayXd spans = population / 1000.0 * m.spans_per_1000_people;
  const double weak_per_person = m.weak_structures_per_1000_people / 1000.0;
  const double total_households = households.sum();
  const double failure_median = m.fragility_median_factor * m.design_ice_mm;

  Eigen::ArrayXd ice = Eigen::ArrayXd::Zero(towns), snow = Eigen::ArrayXd::Zero(towns);
  std::vector<std::int64_t> spans_down(static_cast<std::size_t>(towns), 0), collapsed(w.villages.size(), 0),
      homes_down(w.villages.size(), 0);
  std::vector<double> users_off(static_cast<std::size_t>(towns), 0.0), cold(static_cast<std::size_t>(towns), 0.0);
  double off_pct = 0, stranded = 0, glaze = 0, snow_on_road = 0;
  const auto& edges = w.roads.edges();
  // Each edge's state: 0 open at full speed, -1 closed, else its speed factor.
  std::vector<double> road_state(edges.size(), 1.0);
  bool expressway_closed = false;
  out.field.emplace_back(w.villages.size(), 0.0);  // T+0: no ice yet

  for (std::size_t h = 0; h < hours; ++h) {
    const double fr = series(p.freezing_rain_mm_h, h), sn = series(p.snow_mm_h, h);
    const double temp = series(p.temp_c, h), wind = series(p.wind_m_s, h);
    const double freezing = temp <= 0 ? fr : 0.0;
    ice += factor * ice_accretion_mm(m, freezing, wind, temp);
    snow += factor * sn;

    // Lines: spans down follow the lognormal fragility in radial ice; each town's
    // count is rounded with one fixed offset, so it only grows.
    for (Eigen::Index t = 0; t < towns; ++t) {
      const auto ti = static_cast<std::size_t>(t);
      const auto where = static_cast<std::uint32_t>(t);
      const double expected = spans[t] * lognormal_cdf(ice[t], failure_median, m.fragility_beta);
      const std::int64_t down = std::max(spans_down[ti], offset_round(expected, u(0, ti)));
      if (down > spans_down[ti]) {
        push(h, ImpactKind::line_down, where, static_cast<double>(down - spans_down[ti]));
        spans_down[ti] = down;
        const double off = std::min(households[t], static_cast<double>(down) * m.users_per_span);
        if (off != users_off[ti]) push(h, ImpactKind::power_cut, where, users_off[ti] = off);
      }
      const double need = temp < m.cold_below_c
                              ? std::round(users_off[ti] * w.hazard_models.persons_per_household * m.cold_need_share)
                              : 0.0;
      if (need != cold[ti]) push(h, ImpactKind::cold_exposure, where, cold[ti] = need);
    }
    // Weak structures (greenhouses, sheds, light roofs) fall under the snow, village by village.
    for (std::size_t v = 0; v < w.villages.size(); ++v) {
      const double expected = weak_per_person * w.villages[v].population *
                              lognormal_cdf(snow[w.villages[v].town], m.snow_load_median_mm, m.snow_load_beta);
      const std::int64_t fallen = std::max(collapsed[v], offset_round(expected, u(1, v)));
      if (fallen > collapsed[v]) {
        push(h, ImpactKind::structure_collapse, static_cast<std::uint32_t>(v), static_cast<double>(fallen - collapsed[v]));
        collapsed[v] = fallen;
        // The homes among them: their households leave (rehousing is the response's).
        const std::int64_t homes = std::max(homes_down[v], offset_round(m.dwelling_share_of_collapses * static_cast<double>(fallen), u(2, v)));
        if (homes > homes_down[v]) {
          const auto more = static_cast<double>(homes - homes_down[v]);
          push(h, ImpactKind::houses_damaged, static_cast<std::uint32_t>(v), more);
          push(h, ImpactKind::displaced, static_cast<std::uint32_t>(v), std::round(more * w.hazard_models.persons_per_household));
          homes_down[v] = homes;
        }
      }
    }
    double off_total = 0;
    for (double x : users_off) off_total += x;
    const double pct = total_households > 0 ? std::round(1000.0 * off_total / total_households) / 10.0 : 0.0;
    if (pct != off_pct) indicator(h, Indicator::users_without_power_pct, off_pct = pct);

    // Roads: glaze builds while freezing rain falls below 0 °C, snow lies once it
    // falls; both clear on a thaw with no precipitation.
    if (freezing > 0) glaze += freezing;
    if (sn > 0 && temp <= 0) snow_on_road += sn;
    if (temp > m.thaw_above_c && fr + sn == 0) glaze = snow_on_road = 0;
    const bool glazed = glaze > 0, snowy = snow_on_road > 0;
    const bool close_expressway = glazed && glaze >= m.expressway_close_ice_mm;
    const bool heavy_snow = sn >= m.heavy_snow_mm_h;
    const double expressway_snow = heavy_snow ? snow_expressway_heavy : snow_expressway_light;
    for (std::size_t e = 0; e < edges.size(); ++e) {
      if (edges[e].ferry.is_ferry()) continue;  // no glaze on the water; the ferry sails in these winds
      const bool expressway = edges[e].cls == world::RoadClass::expressway;
      double want = 1.0;
      if ((edges[e].bridge && glazed) || (expressway && close_expressway)) {
        want = -1.0;  // bridges closed until salted; the expressway above its threshold
      } else {
        if (glazed) want = std::min(want, expressway ? glaze_treated : glaze_untreated);
        if (snowy) want = std::min(want, expressway ? expressway_snow : snow_arterial);
      }
      if (want == road_state[e]) continue;
      const auto where = static_cast<std::uint32_t>(e);
      if (want < 0) push(h, ImpactKind::road_closed, where, 1.0);
      else if (want == 1.0) push(h, ImpactKind::road_reopened, where, 1.0);
      else push(h, ImpactKind::road_slowed, where, want);
      road_state[e] = want;
    }
    if (close_expressway != expressway_closed) indicator(h, Indicator::expressway_closed, expressway_closed = close_expressway);
    if (close_expressway) {
      // Travellers caught on the closed expressway, counted on its first edge.
      for (std::size_t e = 0; e < edges.size(); ++e) {
        if (edges[e].cls != world::RoadClass::expressway) continue;
        push(h, ImpactKind::stranded, static_cast<std::uint32_t>(e), m.stranded_per_closed_h);
        indicator(h, Indicator::stranded_travellers, stranded += m.stranded_per_closed_h);
        break;
      }
    }

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
