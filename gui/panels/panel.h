// The panel helpers: the regions of the screen with their tabs, the panel (one
// tab) and the fixed bars; small marks (badges, sections) the panels share.
#pragma once

#include <imgui.h>

#include <optional>
#include <string>

#include "gui/console_context.h"
#include "gui/layout.h"

namespace ttx::gui {

/// The colour of the panels' background (ImGuiCol_WindowBg), which the window is
/// cleared to: the tiled regions draw no background of their own.
inline constexpr float kPanelBackground[3] = {0.09f, 0.11f, 0.14f};

/// A panel's title, its name in scripts and the ini file ("tasks"), and its id.
S panel_title(PanelId p);
const char* panel_key(PanelId p);
std::optional<PanelId> panel_by_key(const std::string& key);

/// One region of the screen (gui/layout.h) with its panels as tabs: owns the
/// window, the tab bar and, through Panel, each tab. A tab's context menu moves
/// the panel to another region.
class RegionWindow {
 public:
  RegionWindow(Region region, const Rect& area, const FrameContext& c);
  ~RegionWindow();
  RegionWindow(const RegionWindow&) = delete;
  RegionWindow& operator=(const RegionWindow&) = delete;
  explicit operator bool() const { return tabs_; }

 private:
  bool tabs_ = false;
};

/// The panel helper (after ImHex's View): owns the tab item with its localised
/// title and stable id, so a panel draws its content only.
///
///   if (Panel p(PanelId::units, c); p) { ...content... }
class Panel {
 public:
  Panel(PanelId id, const FrameContext& c);
  ~Panel();
  Panel(const Panel&) = delete;
  Panel& operator=(const Panel&) = delete;
  /// True when the content should be drawn (the tab in front).
  explicit operator bool() const { return visible_; }

 private:
  bool visible_ = false;
};

/// Draggable borders between the map and the regions; they change the layout's shares.
void draw_splitters(const FrameContext& c, const Layout& l);

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
