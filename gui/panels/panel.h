// The panel helper (after ImHex's View): owns Begin/End, the localised title with a
// stable id, and the default place and size, so a panel draws its content only.
//
//   if (Panel p(S::p_units, &state.show.units, c, layout.left_bottom); p) { ...content... }
#pragma once

#include <imgui.h>

#include "gui/console_context.h"

namespace ttx::gui {

/// Where a panel starts (the user may move it).
struct PanelPlace {
  ImVec2 pos, size;
};

class Panel {
 public:
  Panel(S title, bool* open, const FrameContext& c, const PanelPlace& place, ImGuiWindowFlags flags = 0);
  ~Panel();
  Panel(const Panel&) = delete;
  Panel& operator=(const Panel&) = delete;
  /// True when the content should be drawn (open and not collapsed).
  explicit operator bool() const { return visible_; }

 private:
  bool begun_ = false, visible_ = false;
};

/// A fixed strip of the screen (the top bar, the timeline): no title, not movable.
class Bar {
 public:
  Bar(const char* id, ImVec2 pos, ImVec2 size);
  ~Bar() { ImGui::End(); }
  Bar(const Bar&) = delete;
  Bar& operator=(const Bar&) = delete;
  explicit operator bool() const { return visible_; }

 private:
  bool visible_ = false;
};

/// A small coloured tag ("IV" on blue) drawn inline.
void badge(const char* text, ImU32 background, ImU32 foreground = IM_COL32(255, 255, 255, 255));
/// A heading inside a panel (a separator, then the text in the accent colour).
void section(const char* text);
/// A plan's level badge: "IV" on blue, "III" on yellow (dark text), ...
void level_badge(int level, const char* text);
/// The colour of a response level: IV blue, III yellow, II orange, I red.
ImU32 level_colour(int level);
/// Roman numeral of a level (1..4); "" for none.
const char* level_roman(int level);

}  // namespace ttx::gui
