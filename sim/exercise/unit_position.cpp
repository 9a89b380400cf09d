#include "sim/exercise/unit_position.h"

#include <algorithm>

namespace ttx::exercise {

UnitPlace unit_place(const response::Unit& unit, const world::RoadNetwork& roads, std::int64_t t_s) {
  const auto& nodes = roads.nodes();
  UnitPlace out;
  if (unit.node >= nodes.size()) return out;
  const world::RoadNode& to = nodes[unit.node];
  out.at = {to.lat, to.lon};
  if (unit.state != response::UnitState::travelling || unit.depart_s < 0 || unit.from_node >= nodes.size()) return out;
  const world::RoadNode& from = nodes[unit.from_node];
  const double span = static_cast<double>(std::max<std::int64_t>(1, unit.arrive_s - unit.depart_s));
  const double f = std::clamp(static_cast<double>(t_s - unit.depart_s) / span, 0.0, 1.0);
  out.at = {from.lat + (to.lat - from.lat) * f, from.lon + (to.lon - from.lon) * f};
  out.moving = true;
  out.progress = f;
  return out;
}

}  // namespace ttx::exercise
