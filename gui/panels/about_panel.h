// "About TTX": what the tool is for, and a live engine self-check.
#pragma once

#include "gui/console_state.h"

namespace ttx::gui {

void draw_about_panel(AboutPanelState& state, bool* open);

}  // namespace ttx::gui
