#include "sim/hazard/flood.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <Eigen/Core>

#include "sim/hazard/hazard_math.h"
#include "sim/hazard/warnings.h"
#include "sim/world/travel_times.h"

namespace ttx::hazard {

using world::Indicator;

double flood_mortality(const world::FloodModel& m, double depth_m, double rise_m_h) {
  if (depth_m <= 0) return 0.0;
  if (rise_m_h >= m.rapid_rise_m_h && depth_m >= m.rapid_depth_m) {
    return normal_cdf((std::log(depth_m) - m.rapid_mu) / m.rapid_sigma);
  }
  return normal_cdf((std::log(depth_m) - m.other_mu) / m.other_sigma);
}

int rainstorm_colour(const world::FloodModel& m, const std::vector<double>& rain, std::size_t h) {
  int colour = 0;
  for (int c = 0; c < 4; ++c) {
    const auto window = static_cast<std::size_t>(std::max(1.0, m.rainstorm[c].hours));
    double sum = 0;
    for (std::size_t k = 0; k < window && k <= h; ++k) sum += rain[h - k];
    if (m.rainstorm[c].mm > 0 && sum >= m.rainstorm[c].mm) colour = c + 1;
  }
  return colour;
}

namespace {

std::uint32_t nearest_village(const world::World& w, double lat, double lon) {
  std::uint32_t best = 0;
  double best_d = std::numeric_limits<double>::infinity();
  for (std::size_t v = 0; v < w.villages.size(); ++v) {
    const double d = world::distance_km(lat, lon, w.villages[v].lat, w.villages[v].lon);
    if (d < best_d) best_d = d, best = static_cast<std::uint32_t>(v);
  }
  return best;
}

double truck_closure_depth(const world::World& w) {
  double depth = std::numeric_limits<double>::infinity();
  for (const auto& v : w.transport.vehicles) {
    if (v.capacity_t > 0) depth = std::min(depth, v.flood_closure_depth_m);
  }
  return depth;  // no trucks: no road is closed to them
}

double bags_coefficient(const world::World& w) {
  for (const auto& s : w.skills) {
    if (auto it = s.params.find("levee_bags_coefficient"); it != s.params.end()) return it->second;
  }
  return 0.0;
}

}  // namespace

HazardResult flood_impacts(const world::World& w, const world::FloodParams& p, double duration_h, core::Rng& rng) {
  const world::FloodModel& m = w.hazard_models.flood;
  const auto n = static_cast<Eigen::Index>(w.villages.size());
  const auto hours = static_cast<std::size_t>(std::ceil(duration_h));
  auto series = [&](const std::vector<double>& s, std::size_t h) { return s.empty() ? 0.0 : s[std::min(h, s.size() - 1)]; };
  const KeyedUniforms u(rng);

  HazardResult out;
  out.field_name = "depth_m";
  out.field_step_s = 3600;
  // Hour h runs from T+h to T+h+1: what accumulates in it (rain, ponding, the
  // front's advance) is stamped at its end; levels read at its start.
  auto at = [](std::size_t h) { return static_cast<std::int64_t>(h) * 3600; };
  auto indicator = [&](std::int64_t t, Indicator i, double value) {
    out.impacts.push_back({t, ImpactKind::indicator, 0, static_cast<std::uint32_t>(i), value});
  };

  // The breach: at a given hour, or when the outside level first reaches a
  // critical level drawn once from the levee's fragility.
  const std::uint32_t reach = nearest_village(w, p.reach_lat, p.reach_lon);
  std::size_t breach_h = std::numeric_limits<std::size_t>::max();
  if (p.breach && p.breach_at_h >= 0) {
    breach_h = std::min(static_cast<std::size_t>(std::llround(p.breach_at_h)), hours - 1);
  } else if (p.breach) {
    const double uc = std::clamp(u(0, 0, 1), 1e-12, 1.0 - 1e-12);
    double lo = -10, hi = 10;  // z with Φ(z) = uc, by bisection
    for (int k = 0; k < 80; ++k) ((normal_cdf(0.5 * (lo + hi)) < uc) ? lo : hi) = 0.5 * (lo + hi);
    const double critical = p.breach_median_level_m * std::exp(p.breach_beta * lo);
    for (std::size_t h = 0; h < hours; ++h) {
      if (series(p.outside_level_m, h) >= critical) {
        breach_h = h;
        break;
      }
    }
  }

  // When breach water reaches each village: along the roads from the reach.
  Eigen::ArrayXd ground(n), arrival_h = Eigen::ArrayXd::Constant(n, std::numeric_limits<double>::infinity());
  Eigen::ArrayXd breach_km = Eigen::ArrayXd::Constant(n, std::numeric_limits<double>::infinity());
  for (Eigen::Index v = 0; v < n; ++v) ground[v] = w.villages[static_cast<std::size_t>(v)].ground_level_m;
  if (breach_h < hours && n > 0) {
    const auto origin = w.roads.find(w.villages[reach].id);
    const Eigen::VectorXd dist = origin >= 0 ? world::road_distances_km(w.roads, static_cast<std::uint32_t>(origin))
                                             : Eigen::VectorXd();
    for (Eigen::Index v = 0; v < n && origin >= 0; ++v) {
      const auto node = w.roads.find(w.villages[static_cast<std::size_t>(v)].id);
      const double d = node >= 0 ? dist[node] : std::numeric_limits<double>::infinity();
      if (d <= m.max_reach_km) arrival_h[v] = static_cast<double>(breach_h) + d / m.front_speed_km_h;
      breach_km[v] = d;
    }
  }

  // Depth per village at the end of every hour (row 0: dry at the start).
  Eigen::ArrayXd pond = Eigen::ArrayXd::Zero(n), depth = Eigen::ArrayXd::Zero(n), previous = Eigen::ArrayXd::Zero(n);
  Eigen::ArrayXd breach_reached = Eigen::ArrayXd::Zero(n);  // 1 once breach water stands in the village
  std::vector<Eigen::ArrayXd> depth_rows{depth}, reached_rows{breach_reached}, rise_rows{depth};
  out.field.emplace_back(static_cast<std::size_t>(n), 0.0);
  double polder_level = -std::numeric_limits<double>::infinity();
  for (std::size_t h = 0; h < hours; ++h) {
    const double rain = series(p.rain_mm_h, h);
    const double excess_m = std::max(0.0, rain - m.drainage_mm_h) / 1000.0 * m.ponding_factor;
    pond = (pond + excess_m - (rain < m.drainage_mm_h ? m.drain_m_per_h : 0.0)).max(0.0);
    // The polder behind the breach fills to the highest outside level since the
    // breach, then falls at the drainage rate; a village is under it once reached.
    if (h >= breach_h) polder_level = std::max(polder_level - m.drain_m_per_h, series(p.outside_level_m, h));
    const Eigen::ArrayXd reached = (arrival_h <= static_cast<double>(h + 1)).cast<double>();
    const Eigen::ArrayXd breach_depth = reached * (polder_level - ground).max(0.0);
    breach_reached = breach_reached.max((breach_depth > 0).cast<double>());
    depth = pond.max(breach_depth);
    rise_rows.push_back((depth - previous).max(0.0));
    previous = depth;
    depth_rows.push_back(depth);
    reached_rows.push_back(breach_reached);
    out.field.emplace_back(depth.data(), depth.data() + n);
  }

  // Indicators: river level (read at the hour's start), rainstorm warnings (rain
  // up to the hour's end), the breach, sandbagging of the reach, typhoon warnings.
  int colour = 0, river = 0;
  bool watching = false;
  const double bags = bags_coefficient(w);
  for (std::size_t h = 0; h < hours; ++h) {
    const double outside = series(p.outside_level_m, h);
    const int r = outside >= p.guaranteed_level_m ? 2 : outside >= p.warning_level_m ? 1 : 0;
    if (r != river && !p.outside_level_m.empty()) indicator(at(h), Indicator::river_level, river = r);
    if (!watching && !p.outside_level_m.empty() && outside >= p.levee_watch_level_m && h <= breach_h && bags > 0) {
      // Raise the reach above the highest water to come: bags = k · 2H² · L.
      double top = outside;
      for (std::size_t k = h; k < hours; ++k) top = std::max(top, series(p.outside_level_m, k));
      const double raise = top + m.levee_freeboard_m - p.levee_crest_m;
      if (raise > 0) out.impacts.push_back({at(h), ImpactKind::levee_work, 0, reach, bags * 2 * raise * raise * p.reach_length_m});
      watching = true;
    }
    if (h == breach_h) {
      indicator(at(h), Indicator::levee_breach, 1);
      if (p.breach_on_yangtze) indicator(at(h), Indicator::yangtze_levee_breach, 1);
    }
    if (!p.rain_mm_h.empty()) {
      const int c = rainstorm_colour(m, p.rain_mm_h, h);
      if (c != colour) indicator(at(h + 1), Indicator::warning_rainstorm, colour = c);
    }
  }
  for (const auto& warning : p.warnings) {
    indicator(warning.at_s, warning_indicator(warning.kind), static_cast<double>(warning.colour));
  }

  // Villages: cumulative counts from the depths so far, made whole with fixed
  // offsets, emitted as they grow. Rain ponds on the low part of a village
  // (flooded_area_share); breach water covers all of it.
  const double household = w.hazard_models.persons_per_household;
  std::vector<int> villages_in_town(w.towns.size(), 0);
  for (const auto& v : w.villages) ++villages_in_town[v.town];
  enum Count { kDisplaced, kTrapped, kKilled, kHouses, kInjured, kCounts };
  for (Eigen::Index v = 0; v < n; ++v) {
    const auto& village = w.villages[static_cast<std::size_t>(v)];
    const auto where = static_cast<std::uint32_t>(v);
    const double area_m2 = w.towns[village.town].area_km2 * 1e6 / std::max(1, villages_in_town[village.town]);
    std::int64_t emitted[kCounts] = {};
    double shown = 0, max_depth = 0, max_rise = 0, pumped = 0;
    // The village's draws are the same every hour: drawn once. The counts below follow
    // from the highest depth and rise and the flooded share alone, so an hour that
    // changes none of them (a dry village, a steady or falling flood) changes no count.
    const double draw[kCounts] = {u(1, where), u(2, where), u(3, where), u(4, where), u(5, where)};
    double last_depth = -1, last_rise = -1;
    bool last_reached = false;
    for (std::size_t h = 1; h <= hours; ++h) {
      const double d = depth_rows[h][v];
      const std::int64_t t = at(h);
      if (std::abs(d - shown) >= m.depth_report_step_m || (d == 0 && shown > 0)) {
        out.impacts.push_back({t, ImpactKind::water_depth, 0, where, d});
        shown = d;
      }
      max_depth = std::max(max_depth, d);
      max_rise = std::max(max_rise, rise_rows[h][v]);
      const bool reached = reached_rows[h][v] > 0;
      const double share = reached ? 1.0 : m.flooded_area_share;
      if (max_depth <= 0 || (max_depth == last_depth && max_rise == last_rise && reached == last_reached)) continue;
      last_depth = max_depth, last_rise = max_rise, last_reached = reached;
      // Everyone at home: who has left before the water comes is the response's outcome.
      const double exposed = max_depth > m.boat_rescue_depth_m ? village.population * share : 0.0;
      const double mortality = flood_mortality(m, max_depth, max_rise);
      // Collapsed or severely damaged houses, apart from the merely damaged (the JRC
      // depth-damage fraction is a monetary loss, not collapse): in the breach zone,
      // every house where h·v reaches the collapse criterion; elsewhere masonry houses
      // by a lognormal fragility in still-water depth. Reinforced concrete stands.
      const bool breach_zone = reached && breach_km[v] <= m.breach_zone_km;
      const bool swept = breach_zone && m.breach_velocity_m_s >= m.collapse_min_velocity_m_s &&
                         max_depth * m.breach_velocity_m_s >= m.collapse_hv_m2_s;
      const double collapsed_share =
          swept ? 1.0 : (1.0 - village.share_rc) * lognormal_cdf(max_depth, m.collapse_depth_median_m, m.collapse_depth_beta);
      // The people caught by the water are rounded once; the killed among them
      // next; the rest are trapped and need a boat.
      const std::int64_t caught = offset_round(exposed, draw[0]);
      const std::int64_t killed = std::min(caught, offset_round(exposed * mortality, draw[1]));
      const std::int64_t whole[kCounts] = {
          offset_round(max_depth > m.relocate_depth_m ? village.population * share : 0.0, draw[2]), caught - killed,
          killed, offset_round(collapsed_share * village.population * share / household, draw[3]),
          offset_round(exposed * m.injured_share_exposed, draw[4])};
      static constexpr ImpactKind kinds[kCounts] = {ImpactKind::displaced, ImpactKind::trapped, ImpactKind::killed,
                                                    ImpactKind::houses_damaged, ImpactKind::injured};
      static constexpr std::uint8_t details[kCounts] = {0, 2, 0, 0, 1};
      for (int k = 0; k < kCounts; ++k) {
        const std::int64_t target = std::max(emitted[k], whole[k]);
        if (target > emitted[k]) {
          out.impacts.push_back({t, kinds[k], details[k], where, static_cast<double>(target - emitted[k])});
          emitted[k] = target;
        }
      }
      const double volume = area_m2 * share * max_depth;  // to pump out, as the water stands at its highest
      if (volume > pumped) {
        out.impacts.push_back({t, ImpactKind::pumping_work, 0, where, volume - pumped});
        pumped = volume;
      }
    }
  }

  // Roads: closed to trucks while either end stands in water above the closure depth.
  const double closure = truck_closure_depth(w);
  const auto& nodes = w.roads.nodes();
  std::vector<std::int64_t> node_village(nodes.size(), -1);
  for (std::size_t v = 0; v < w.villages.size(); ++v) {
    if (const auto node = w.roads.find(w.villages[v].id); node >= 0) node_village[node] = static_cast<std::int64_t>(v);
  }
  std::vector<char> closed(w.roads.edges().size(), 0);
  for (std::size_t h = 1; h <= hours; ++h) {
    for (std::size_t e = 0; e < w.roads.edges().size(); ++e) {
      const auto& edge = w.roads.edges()[e];
      auto node_depth = [&](std::uint32_t node) { return node_village[node] >= 0 ? depth_rows[h][node_village[node]] : 0.0; };
      const bool wet = std::max(node_depth(edge.a), node_depth(edge.b)) > closure;
      if (wet != static_cast<bool>(closed[e])) {
        closed[e] = wet;
        out.impacts.push_back({at(h), wet ? ImpactKind::road_closed : ImpactKind::road_reopened, 0,
                               static_cast<std::uint32_t>(e), wet ? 1.0 : 0.0});
      }
    }
  }
  // Ferries stop sailing from the typhoon warning of their rule on (lifted warnings are not modelled).
  for (std::size_t e = 0; e < w.roads.edges().size(); ++e) {
    const world::Ferry& f = w.roads.edges()[e].ferry;
    if (!f.is_ferry() || f.stops_at_typhoon == 0) continue;
    std::int64_t stop_s = -1;
    for (const auto& warning : p.warnings) {
      if (warning.kind == "typhoon" && warning.colour >= f.stops_at_typhoon && (stop_s < 0 || warning.at_s < stop_s)) stop_s = warning.at_s;
    }
    if (stop_s >= 0) out.impacts.push_back({stop_s, ImpactKind::road_closed, 0, static_cast<std::uint32_t>(e), 1.0});
  }
  std::stable_sort(out.impacts.begin(), out.impacts.end(), [](const Impact& a, const Impact& b) { return a.at_s < b.at_s; });
  return out;
}

}  // namespace ttx::hazard
