// Play, pause, speed and the steps of the top bar, carried out on the session.
// Fast play advances with a per-frame event budget: a frame never runs more than
// `event_budget` events, so the UI never freezes, and time owed is carried over.
#pragma once

#include <memory>

#include "gui/console_state.h"
#include "sim/exercise/session.h"

namespace ttx::gui {

/// Advances `session` for one frame `wall_dt_s` long and carries out the frame's request.
/// Returns a new session when the request was a jump back in time (the commands
/// given before that moment replayed), else nothing.
std::unique_ptr<exercise::Session> run_clock(exercise::Session& session, ClockState& clock, double wall_dt_s,
                                             const world::World& world, const world::Scenario& scenario,
                                             const exercise::SessionOptions& options);

}  // namespace ttx::gui
