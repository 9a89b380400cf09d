// The hazard's ground truth at a moment, for planners: a readable summary in Chinese
// or English, JSON (docs/run-json.md, "ttx hazard --json"), a CSV per village,
// or GeoJSON for QGIS (villages as points, closed roads as lines). Formats only: the
// figures come from score::summarise_hazard.
#pragma once

#include <string>

#include "sim/io/language.h"
#include "sim/score/hazard_summary.h"
#include "sim/world/scenario.h"
#include "sim/world/world.h"

namespace ttx::io {

std::string hazard_text(const world::World& w, const world::Scenario& s, const score::HazardSummary& h, Lang lang);
std::string hazard_json(const world::World& w, const world::Scenario& s, const score::HazardSummary& h);
std::string hazard_csv(const world::World& w, const score::HazardSummary& h);
std::string hazard_geojson(const world::World& w, const score::HazardSummary& h);

}  // namespace ttx::io
