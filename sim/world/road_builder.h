// Builds the road network from positions when the bureau has no real one:
// village -> its town centre (village road), town centre -> its nearest town
// centres (class-2), depots and other sites -> their town centre (class-3), plus
// the explicit links of roads.yaml. Lengths are straight-line × detour factor.
#pragma once

#include "sim/world/world.h"

namespace ttx::world {

void build_road_network(World& world);

}  // namespace ttx::world
