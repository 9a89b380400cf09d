// The key figures of a scenario's hazard as the report shows them: an earthquake's
// magnitude and epicentre, a flood's rain total, peak water level and breach, an ice
// storm's ice and cold. Read from world::Scenario::hazard; printers only label them.
#pragma once

#include <string>
#include <vector>

#include "sim/world/scenario.h"

namespace ttx::score {

/// One figure: an id the printers label ("rain_total_mm", "magnitude", ...) and its value.
struct HazardFact {
  std::string id;
  double value = 0;
};

/// In a fixed order per hazard type; empty for a scenario without hazard parameters.
std::vector<HazardFact> hazard_facts(const world::Scenario& scenario);

}  // namespace ttx::score
