// The console's screen plan for a window of a given size: the top bar, the
// timeline strip along the bottom, the right column (two regions of tabbed
// panels), the bottom strip under the map (one more), and the map in the
// middle. Nothing floats over the map but its own legend and layer switches.
#pragma once

#include <array>

#include "gui/console_state.h"

namespace ttx::gui {

struct Rect {
  float x = 0, y = 0, w = 0, h = 0;
  bool contains(float px, float py) const { return px >= x && px < x + w && py >= y && py < y + h; }
  bool overlaps(const Rect& o) const { return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h; }
};

struct Layout {
  Rect top, timeline, map;
  std::array<Rect, kRegionCount> region;  ///< by Region
  float scale = 1;
};

/// The plan for a window of `width` × `height` pixels; the regions' sizes are the
/// layout's shares, kept within bounds so every part stays usable.
Layout layout_for(float width, float height, float scale, const LayoutState& s);

}  // namespace ttx::gui
