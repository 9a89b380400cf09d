// What a panel gets each frame: the run's const view (and the session, to ask
// why_not), the console's own state, and the one way to change the run — ask
// for a command, which the console confirms and then submits.
#pragma once

#include <optional>

#include "gui/console_state.h"
#include "gui/i18n/strings.h"
#include "sim/exercise/session.h"

namespace ttx::gui {

struct FrameContext {
  const exercise::Session& session;
  const response::ResponseModel& run;
  ConsoleState& state;
  /// Set by a panel to ask for a command; the confirmation dialog then shows it.
  std::optional<response::Command>& proposed;

  io::Lang lang() const { return state.lang; }
  const char* t(S key) const { return tr(key, state.lang); }
  void propose(response::Command c) const { proposed = std::move(c); }
};

}  // namespace ttx::gui
