// Villages and communities made from town figures, for when the bureau's real
// list (names, positions, populations) is not loaded. Deterministic: the same
// towns always give the same villages, and no random stream is used.
#pragma once

#include <vector>

#include "sim/world/world.h"

namespace ttx::world {

/// `town.villages` villages per town, spread evenly over a disc of the town's area
/// around its centre (a sunflower spiral), the town's population split among them
/// with a fixed ±30 % variation (totals exact), ground level following the
/// district's west–east gradient. Names are "<town>第N村", ids "<town>_vNN".
std::vector<Village> generate_villages(const World& world);

}  // namespace ttx::world
