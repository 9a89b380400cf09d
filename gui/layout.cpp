#include "gui/layout.h"

#include <algorithm>

namespace ttx::gui {

Layout layout_for(float width, float height, float scale, const LayoutState& s) {
  Layout l;
  l.scale = scale;
  const float top_h = 84 * scale, strip_h = 78 * scale;
  l.top = {0, 0, width, top_h};
  l.timeline = {0, height - strip_h, width, strip_h};
  const float body_y = top_h, body_h = std::max(120.0f, height - top_h - strip_h);
  const float right_w = std::clamp(width * s.right_share, 320.0f * scale, std::max(320.0f * scale, width * 0.6f));
  const float upper_h = std::clamp(body_h * s.right_split, 120.0f * scale, std::max(120.0f * scale, body_h - 120.0f * scale));
  const float map_w = std::max(100.0f, width - right_w);
  const float bottom_h = std::clamp(body_h * s.bottom_share, 90.0f * scale, std::max(90.0f * scale, body_h - 160.0f * scale));
  l.region[static_cast<int>(Region::right_top)] = {map_w, body_y, width - map_w, upper_h};
  l.region[static_cast<int>(Region::right_bottom)] = {map_w, body_y + upper_h, width - map_w, body_h - upper_h};
  l.region[static_cast<int>(Region::bottom)] = {0, body_y + body_h - bottom_h, map_w, bottom_h};
  l.map = {0, body_y, map_w, body_h - bottom_h};
  return l;
}

}  // namespace ttx::gui
