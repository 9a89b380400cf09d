// Where a unit is at an instant, for a map: at its node, or on the way between
// the node it left and the one it is heading for, placed by the share of the
// trip's time gone — on a straight line (unit_place), or along the roads
// (unit_route, place_on_route: the shortest way on the roads as they stand,
// by way of the warehouse when the trip draws gear there).
#pragma once

#include <cstdint>
#include <vector>

#include "sim/response/units.h"
#include "sim/world/road_network.h"
#include "sim/world/transport.h"

namespace ttx::exercise {

struct MapPoint {
  double lat = 0, lon = 0;  ///< degrees
};

struct UnitPlace {
  MapPoint at;
  bool moving = false;
  double progress = 1;  ///< share of the trip done, 0..1 (1 when not moving)
};

/// The unit's place at `t_s` (normally the run's now, or between now and the
/// next event when a front end interpolates a frame).
UnitPlace unit_place(const response::Unit& unit, const world::RoadNetwork& roads, std::int64_t t_s);

/// The way a unit's current trip takes over the roads: the nodes it passes (from
/// where it left, by way of `via_node`, to `node`), each with the share of the
/// trip's length done there. Each leg is the quickest way on the roads as they
/// stand now, else the shortest over every road (closed ones too: the way on foot
/// or by boat), else a straight line. Compute it once per trip (it runs a shortest
/// path); an empty route when the unit is not on the road.
struct UnitRoute {
  std::vector<MapPoint> points;
  std::vector<double> share;  ///< 0 at the first point .. 1 at the last
};
UnitRoute unit_route(const response::Unit& unit, const world::RoadNetwork& roads, const world::Transport& transport);

/// Whether the unit is on the road (travelling to a task or returning to its base).
bool on_the_road(const response::Unit& unit);

/// The unit's place at `t_s` along `route` (unit_route of the same trip).
UnitPlace place_on_route(const UnitRoute& route, const response::Unit& unit, std::int64_t t_s);

}  // namespace ttx::exercise
