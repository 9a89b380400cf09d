// Freezing rain, snow and cold: hourly precipitation and temperature -> radial ice
// on wires per town -> distribution spans down (repair jobs) and users without
// power; glaze on roads (slowed, bridges closed until salted, the expressway closed
// above a threshold) with travellers stranded; weak structures collapsing under
// snow; people without power in the cold needing quilts and heating.
#pragma once

#include "sim/core/random_streams.h"
#include "sim/hazard/impacts.h"
#include "sim/world/hazard_params.h"
#include "sim/world/world.h"

namespace ttx::hazard {

/// Radial ice (mm) from one hour of freezing rain: ratio × rain, the windy ratio
/// when the wind is above windy_m_s and the air below windy_below_c.
double ice_accretion_mm(const world::FreezingModel& m, double freezing_rain_mm, double wind_m_s, double temp_c);

HazardResult freezing_rain_impacts(const world::World& w, const world::FreezingParams& p, double duration_h,
                                   core::Rng& rng);

}  // namespace ttx::hazard
