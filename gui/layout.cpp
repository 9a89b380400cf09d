#include "gui/layout.h"

#include <algorithm>

namespace ttx::gui {

Layout layout_for(float width, float height, float scale) {
  Layout l;
  const float top_h = 84 * scale, strip_h = 92 * scale;
  const float side = std::clamp(width * 0.27f, 300.0f * scale, 520.0f * scale);
  l.top = {0, 0, width, top_h};
  l.timeline = {0, height - strip_h, width, strip_h};
  const float body_y = top_h, body_h = std::max(100.0f, height - top_h - strip_h);
  l.left = {0, body_y, side, body_h};
  l.right = {width - side, body_y, side, body_h};
  l.map = {side, body_y, std::max(100.0f, width - 2 * side), body_h};
  const float half = body_h / 2;
  l.left_top = {{l.left.x, body_y}, {side, half}};
  l.left_bottom = {{l.left.x, body_y + half}, {side, body_h - half}};
  const float third = body_h / 3;
  l.right_top = {{l.right.x, body_y}, {side, third}};
  l.right_middle = {{l.right.x, body_y + third}, {side, third}};
  l.right_bottom = {{l.right.x, body_y + 2 * third}, {side, body_h - 2 * third}};
  l.centre = {{l.map.x + l.map.w * 0.2f, body_y + 40 * scale}, {l.map.w * 0.62f, body_h * 0.5f}};
  l.map_corner = {{l.map.x + 8 * scale, body_y + 8 * scale}, {180 * scale, 280 * scale}};
  l.map_legend = {{l.map.x + l.map.w - 430 * scale, body_y + body_h - 250 * scale}, {422 * scale, 242 * scale}};
  return l;
}

}  // namespace ttx::gui
