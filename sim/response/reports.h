// The reporting chain (灾情报送): village impacts reach the district's duty office
// after a village -> town and a town -> district delay, first as a partial count
// and in full once verified; warnings, gauge levels, a breach or a closed
// expressway arrive within minutes. Command sees this picture, never the truth.
#pragma once

#include <vector>

#include "sim/core/random_streams.h"
#include "sim/hazard/impacts.h"
#include "sim/response/known_picture.h"
#include "sim/world/world.h"

namespace ttx::response {

/// One report reaching the district: what it says (`reported`: the impact with
/// the time it arrives and the amount it counts) and which impact it is about.
struct Arrival {
  std::size_t impact = 0;  ///< index into HazardResult::impacts
  hazard::Impact reported;
};

/// Every report, in time order. Casualties and damage arrive in two parts (first
/// count, verified rest); indicators, levee, pumping, line, bridge and gas jobs
/// arrive whole after indicator_delay_min. Road and weather impacts are not
/// reported (trucks and teams meet them on the road).
std::vector<Arrival> report_arrivals(const world::World& world, const hazard::HazardResult& truth, core::Rng& reports);

/// The known picture those reports build, one entry per moment it changes.
std::vector<PictureAt> picture_timeline(const std::vector<Arrival>& arrivals);

/// The known picture over time. Each link's delay is its floor plus an
/// exponential, with the means of reporting.yaml, drawn from `reports` keyed by the impact (the same disaster is
/// always reported the same way, whatever else happens). One entry per moment
/// the picture changes, in time order.
std::vector<PictureAt> reported_picture(const world::World& world, const hazard::HazardResult& truth,
                                        core::Rng& reports);

}  // namespace ttx::response
