// The side-by-side of a trainee's run and the plan's (score/side_by_side.h) as a
// duty officer reads it: the two scorecards in columns, then the gaps in
// sentences — "relief reached 四甲镇 5 h later than by the plan: the trainee
// released stock at T+09:40, the plan at T+03:10".
#pragma once

#include <string>
#include <vector>

#include "sim/io/language.h"
#include "sim/score/side_by_side.h"
#include "sim/world/world.h"

namespace ttx::io {

/// One sentence per gap, largest first.
std::vector<std::string> gap_sentences(const score::SideBySide& s, const world::World& world, Lang lang);
/// One line per key event that differs ("T+03:10 first relief in 四甲镇: trainee T+09:40, plan T+03:10").
std::vector<std::string> key_event_lines(const score::SideBySide& s, const world::World& world, Lang lang);
/// The whole comparison for a terminal.
std::string side_by_side_text(const score::SideBySide& s, const world::World& world, Lang lang);

}  // namespace ttx::io
