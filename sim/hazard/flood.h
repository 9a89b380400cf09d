// Flood: typhoon rain, storm tide and a levee breach -> water depth per village
// hour by hour (no hydrodynamics: rain ponds above the drainage rate; breach water
// runs along the low ground at a front speed and fills villages to the outside
// level, then drains), and from the depths: people displaced, people needing boat
// rescue, deaths (Jonkman 2008), uninhabitable houses, water to pump, roads closed
// to trucks, sandbagging on the threatened reach, and the indicators the plans
// watch (rainstorm warnings, river level, breach).
#pragma once

#include "sim/core/random_streams.h"
#include "sim/hazard/impacts.h"
#include "sim/world/hazard_params.h"
#include "sim/world/world.h"

namespace ttx::hazard {

/// Share of people still exposed who die in water `depth_m` deep (Jonkman 2008):
/// the rapidly-rising relation where the water rose at least rapid_rise_m_h and is
/// at least rapid_depth_m deep, the general one elsewhere.
double flood_mortality(const world::FloodModel& m, double depth_m, double rise_m_h);

/// The highest rainstorm warning colour (0 none, 1 blue .. 4 red) met by the hourly
/// rain up to and including hour `h`.
int rainstorm_colour(const world::FloodModel& m, const std::vector<double>& rain_mm_h, std::size_t h);

HazardResult flood_impacts(const world::World& w, const world::FloodParams& p, double duration_h, core::Rng& rng);

}  // namespace ttx::hazard
