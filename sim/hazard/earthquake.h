// Earthquake: magnitude and epicentre -> intensity per village (the attenuation
// relation of GB 18306-2015) -> damage-state probabilities per building class ->
// collapsed and damaged houses, trapped, injured by severity, killed, displaced;
// bridges and gas lines damaged; roads closed; aftershocks add damage.
#pragma once

#include <array>

#include "sim/core/random_streams.h"
#include "sim/hazard/impacts.h"
#include "sim/world/hazard_params.h"
#include "sim/world/world.h"

namespace ttx::hazard {

/// Intensity at a site `along_km` along the strike and `across_km` across it.
/// Circular (long axis only) when `elliptical` is false. Clipped to [1, 12].
double intensity_at(const world::AttenuationRegion& region, double ms, double along_km, double across_km,
                    bool elliptical);

/// P(none, slight, moderate, severe, destroyed) of building class `cls` at intensity
/// `i`, between the integer rows VI..X with P(>= state) interpolated log-linearly
/// (linearly where a row gives 0, and from "all none" at the damage-free intensity up to VI).
std::array<double, world::kDamageStates> damage_probabilities(const world::EarthquakeModel& m, int cls, double i);

/// A per-intensity table (rows VI..X) at intensity `i`, 0 at or below the damage-free intensity.
double table_at(const world::IntensityTable& t, double free_intensity, double i);

HazardResult earthquake_impacts(const world::World& w, const world::EarthquakeParams& p, core::Rng& rng);

}  // namespace ttx::hazard
