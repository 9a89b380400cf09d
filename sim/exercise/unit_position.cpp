#include "sim/exercise/unit_position.h"

#include <algorithm>

#include "sim/world/travel_times.h"

namespace ttx::exercise {

UnitPlace unit_place(const response::Unit& unit, const world::RoadNetwork& roads, std::int64_t t_s) {
  const auto& nodes = roads.nodes();
  UnitPlace out;
  if (unit.node >= nodes.size()) return out;
  const world::RoadNode& to = nodes[unit.node];
  out.at = {to.lat, to.lon};
  if (!on_the_road(unit) || unit.depart_s < 0 || unit.from_node >= nodes.size()) return out;
  const world::RoadNode& from = nodes[unit.from_node];
  const double span = static_cast<double>(std::max<std::int64_t>(1, unit.arrive_s - unit.depart_s));
  const double f = std::clamp(static_cast<double>(t_s - unit.depart_s) / span, 0.0, 1.0);
  out.at = {from.lat + (to.lat - from.lat) * f, from.lon + (to.lon - from.lon) * f};
  out.moving = true;
  out.progress = f;
  return out;
}

bool on_the_road(const response::Unit& unit) {
  return unit.state == response::UnitState::travelling || unit.state == response::UnitState::returning;
}

UnitRoute unit_route(const response::Unit& unit, const world::RoadNetwork& roads, const world::Transport& transport) {
  UnitRoute out;
  const auto n = roads.nodes().size();
  if (!on_the_road(unit) || unit.from_node >= n || unit.node >= n) return out;
  const Eigen::VectorXd hours = world::edge_hours(roads, transport);
  Eigen::VectorXd length(static_cast<Eigen::Index>(roads.edges().size()));
  for (std::size_t e = 0; e < roads.edges().size(); ++e) length[static_cast<Eigen::Index>(e)] = roads.edges()[e].length_km;
  std::vector<std::uint32_t> stops{unit.from_node};
  if (unit.via_node >= 0 && static_cast<std::size_t>(unit.via_node) < n) stops.push_back(static_cast<std::uint32_t>(unit.via_node));
  stops.push_back(unit.node);
  std::vector<std::uint32_t> way{unit.from_node};
  for (std::size_t k = 0; k + 1 < stops.size(); ++k) {
    std::vector<std::uint32_t> leg = world::shortest_route(roads, stops[k], stops[k + 1], hours);
    if (leg.empty()) leg = world::shortest_route(roads, stops[k], stops[k + 1], length);
    if (leg.empty()) leg = {stops[k], stops[k + 1]};
    way.insert(way.end(), leg.begin() + 1, leg.end());
  }
  const auto& nodes = roads.nodes();
  double total = 0;
  std::vector<double> done{0};
  for (std::size_t k = 1; k < way.size(); ++k) {
    const auto& a = nodes[way[k - 1]];
    const auto& b = nodes[way[k]];
    total += world::distance_km(a.lat, a.lon, b.lat, b.lon);
    done.push_back(total);
  }
  for (std::size_t k = 0; k < way.size(); ++k) {
    out.points.push_back({nodes[way[k]].lat, nodes[way[k]].lon});
    out.share.push_back(total > 0 ? done[k] / total : static_cast<double>(k) / static_cast<double>(std::max<std::size_t>(1, way.size() - 1)));
  }
  return out;
}

UnitPlace place_on_route(const UnitRoute& route, const response::Unit& unit, std::int64_t t_s) {
  UnitPlace out;
  if (route.points.empty()) return out;
  out.at = route.points.back();
  if (!on_the_road(unit) || unit.depart_s < 0) return out;
  const double span = static_cast<double>(std::max<std::int64_t>(1, unit.arrive_s - unit.depart_s));
  const double f = std::clamp(static_cast<double>(t_s - unit.depart_s) / span, 0.0, 1.0);
  out.moving = true;
  out.progress = f;
  const auto next = std::lower_bound(route.share.begin(), route.share.end(), f);
  if (next == route.share.begin()) {
    out.at = route.points.front();
    return out;
  }
  if (next == route.share.end()) return out;
  const auto k = static_cast<std::size_t>(next - route.share.begin());
  const double seg = route.share[k] - route.share[k - 1];
  const double g = seg > 0 ? (f - route.share[k - 1]) / seg : 1.0;
  const MapPoint& a = route.points[k - 1];
  const MapPoint& b = route.points[k];
  out.at = {a.lat + (b.lat - a.lat) * g, a.lon + (b.lon - a.lon) * g};
  return out;
}

}  // namespace ttx::exercise
