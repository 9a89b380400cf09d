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

/// The known picture over time. Delays are exponential with the means of
/// reporting.yaml, drawn from `reports` keyed by the impact (the same disaster is
/// always reported the same way, whatever else happens). One entry per moment
/// the picture changes, in time order.
std::vector<PictureAt> reported_picture(const world::World& world, const hazard::HazardResult& truth,
                                        core::Rng& reports);

}  // namespace ttx::response
