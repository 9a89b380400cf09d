// The assumed figures a run depended on: every `assumed:` figure of the district and
// the scenario, less those of plans not in force and of the hazard models of other
// hazards. What the after-action report's notes list for the bureau to replace.
#pragma once

#include <vector>

#include "sim/world/provenance.h"
#include "sim/world/scenario.h"

namespace ttx::score {

std::vector<world::ProvenanceEntry> assumptions_used(const world::ProvenanceLog& provenance,
                                                     const world::Scenario& scenario);

}  // namespace ttx::score
