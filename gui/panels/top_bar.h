// The top bar: scenario, the clock (T+ and the calendar), play/pause, speed, step
// to the next event or decision point, jump to a time, the level badge of each
// plan in force, language and mode.
#pragma once

#include "gui/console_context.h"
#include "gui/layout.h"

struct ImFont;

namespace ttx::gui {

void draw_top_bar(const FrameContext& c, const Rect& area, ImFont* large);

}  // namespace ttx::gui
