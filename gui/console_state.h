// Everything the console remembers between frames that is not simulation state.
#pragma once

#include <optional>

#include "sim/selfcheck/mmc_queue.h"

namespace ttx::gui {

struct AboutPanelState {
  selfcheck::MmcParams check{72, 0.9, 200000, 1};
  std::optional<selfcheck::MmcResult> last_check;
};

struct ConsoleState {
  // Which windows are open (one flag per panel, as in imgui_demo).
  bool show_about = true;
  bool show_imgui_metrics = false;
  AboutPanelState about;
};

}  // namespace ttx::gui
