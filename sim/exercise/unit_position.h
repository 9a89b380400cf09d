// Where a unit is at an instant, for a map: at its node, or on the way between
// the node it left and the one it is heading for, placed by the share of the
// trip's time gone (a straight line between the two; the road it takes is not
// recorded).
#pragma once

#include <cstdint>

#include "sim/response/units.h"
#include "sim/world/road_network.h"

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

}  // namespace ttx::exercise
