// The console's screen plan for a window of a given size: the top bar, the
// timeline strip at the bottom, a column of panels on each side, the map between.
// Panels start there; the map always fills its area.
#pragma once

#include "gui/panels/panel.h"

namespace ttx::gui {

struct Rect {
  float x = 0, y = 0, w = 0, h = 0;
  bool contains(float px, float py) const { return px >= x && px < x + w && py >= y && py < y + h; }
};

struct Layout {
  Rect top, timeline, left, right, map;
  PanelPlace left_top, left_bottom, right_top, right_middle, right_bottom, centre, map_corner, map_legend;
};

Layout layout_for(float width, float height, float scale);

}  // namespace ttx::gui
