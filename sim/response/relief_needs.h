// What displaced people need from stock, per needs.yaml: the relief orders a town
// sends for one day of its displaced population.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sim/response/logistics.h"
#include "sim/world/world.h"

namespace ttx::response {

/// Orders for `displaced` people of `town` on `day` (0 = the day they left home),
/// placed at `at_s`. Of the displaced, stay_with_relatives_share go to relatives;
/// the rest fill the town's shelters (capacity for short stays) and those who do
/// not fit are "not in shelter" (tents). `season` is "winter", "summer" or "" (needs tagged `all`
/// always apply). Needs met by shelters or the water utility are not ordered;
/// "once per stay" needs only on day 0; each need is ordered in whole units of
/// its first item.
/// `shelter_places` < 0: all the town's short-stay places (a later request of the
/// same town passes what earlier ones have not filled).
std::vector<ReliefOrder> relief_orders(const world::World& world, std::uint32_t town, double displaced, int day,
                                       const std::string& season, std::int64_t at_s, double shelter_places = -1);

/// Short-stay shelter places of a town.
double shelter_places(const world::World& world, std::uint32_t town);

}  // namespace ttx::response
