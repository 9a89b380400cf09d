// Draws a scenario's spread hazard parameters for one replication.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "sim/core/random_streams.h"
#include "sim/hazard/impacts.h"
#include "sim/world/hazard_params.h"
#include "sim/world/hazard_spread.h"

namespace ttx::hazard {

/// The nominal value: the mean (normal), the mode (triangular), the midpoint
/// (uniform), the most likely value (choice; the first of equals).
double nominal_value(const world::Distribution& d);
/// The value at cumulative probability `u` in [0, 1) (inverse CDF; a normal
/// truncated to [lo, hi]).
double value_at(const world::Distribution& d, double u);
/// The smallest and largest values `d` can give.
std::pair<double, double> support(const world::Distribution& d);

/// Sets every spread parameter of `params`: nominal in replication 0 (no draw, so a
/// drill repeats exactly), otherwise from one keyed draw of `rng` per parameter name
/// (adding a spread parameter changes no other's draw). Without spread parameters
/// nothing is drawn and `params` is unchanged. Then applies the series factors
/// (rain_factor, surge_offset_m, freezing_rain_factor).
std::vector<DrawnValue> apply_spread(world::HazardParams& params, const std::vector<world::SpreadParam>& spread,
                                     core::Rng& rng, std::uint64_t replication);

/// `params` with the values a replication drew (from its HazardResult::drawn) and the
/// series factors applied: the hazard that replication actually played.
world::HazardParams drawn_params(world::HazardParams params, const std::vector<DrawnValue>& drawn);

}  // namespace ttx::hazard
