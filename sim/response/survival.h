// Survival of a trapped person by the time of extraction: the golden 72 hours.
#pragma once

#include "sim/world/hazard_models.h"

namespace ttx::response {

/// Chance that a person trapped at the shock is alive when freed `hours` later:
/// log-linear between the points of hazard_models.yaml, flat beyond the ends,
/// times survival_factor_heavy_or_winter for heavy entrapment or a winter night.
double trapped_survival(const world::EarthquakeModel& m, double hours, bool heavy_or_winter);

}  // namespace ttx::response
