// Generic incidents for drills and tests: a Poisson stream of incidents at villages
// chosen by population, each with people trapped, injured or needing relief.
#pragma once

#include "sim/core/random_streams.h"
#include "sim/hazard/impacts.h"
#include "sim/world/hazard_params.h"
#include "sim/world/world.h"

namespace ttx::hazard {

HazardResult incident_impacts(const world::World& w, const world::IncidentParams& p, double duration_h, core::Rng& rng);

}  // namespace ttx::hazard
