// Entry point of the hazard layer: a scenario's hazard turned into ground truth.
#pragma once

#include <cstdint>

#include "sim/hazard/impacts.h"
#include "sim/world/scenario.h"
#include "sim/world/world.h"

namespace ttx::hazard {

/// Impacts of the scenario's hazard for replication `replication` of its seed. Draws
/// only from the `hazard` stream, so the disaster is the same whatever the response
/// does. Throws std::invalid_argument if the district lacks hazard_models.yaml.
HazardResult generate_impacts(const world::World& world, const world::Scenario& scenario,
                              std::uint64_t replication = 0);

/// A 64-bit fingerprint of every impact and field value (FNV-1a over their bits):
/// equal fingerprints mean byte-identical ground truth. Pinned per shipped scenario
/// in tests/golden/hazard_fingerprints.txt.
std::uint64_t fingerprint(const HazardResult& r);

/// Impact totals by kind (and, for trapped and injured, by detail), for summaries and tests.
struct ImpactTotals {
  double displaced = 0, trapped = 0, trapped_by_water = 0, injured = 0, killed = 0, houses_damaged = 0;
  double roads_closed = 0, lines_down = 0, stranded = 0, structures = 0, bridges = 0, gas_leaks = 0;
  double levee_bags = 0, pumping_m3 = 0;
};
ImpactTotals totals(const HazardResult& r, std::int64_t until_s = INT64_MAX);

}  // namespace ttx::hazard
