// Play, pause, speed and the steps of the top bar, carried out on the session.
// Fast play advances with a per-frame event budget: a frame never runs more than
// `event_budget` events, so the UI never freezes, and time owed is carried over.
#pragma once

#include "gui/console_state.h"
#include "sim/exercise/branching_session.h"

namespace ttx::gui {

/// Advances `session` for one frame `wall_dt_s` long and carries out the frame's request.
/// A jump back in time rewinds it (BranchingSession::rewind: the run replayed to there,
/// the later decisions kept on the branch); returns true then, the live session being a new one.
bool run_clock(exercise::BranchingSession& session, ClockState& clock, double wall_dt_s);

}  // namespace ttx::gui
