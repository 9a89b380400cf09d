// Every character the console may draw, for the font atlas: the UI strings, the
// names and messages of the district and scenario, and the sentences the
// printers make (log lines, levels, plans, scorecard parts). No place name shows
// as boxes.
#pragma once

#include <string>

#include "sim/world/scenario.h"
#include "sim/world/world.h"

namespace ttx::gui {

std::string glyph_text(const world::World& world, const world::Scenario* scenario);

}  // namespace ttx::gui
