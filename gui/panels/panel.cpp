#include "gui/panels/panel.h"

#include <algorithm>
#include <string>

#include <imgui_internal.h>

namespace ttx::gui {

namespace {

struct PanelInfo {
  PanelId id;
  S title;
  const char* key;
};
constexpr PanelInfo kPanels[kPanelCount] = {
    {PanelId::reports, S::p_reports, "reports"}, {PanelId::tasks, S::p_tasks, "tasks"},
    {PanelId::units, S::p_units, "units"},       {PanelId::commands, S::p_commands, "commands"},
    {PanelId::plans, S::p_plans, "plans"},       {PanelId::score, S::p_score, "score"},
    {PanelId::log, S::p_log, "log"},             {PanelId::stock, S::p_stock, "stock"},
    {PanelId::towns, S::p_towns, "towns"},       {PanelId::injects, S::p_injects, "injects"}};
constexpr S kRegionNames[kRegionCount] = {S::region_right_top, S::region_right_bottom, S::region_bottom};

// The region whose tab bar is being drawn, for the Panels inside it.
Region current_region = Region::right_top;
const FrameContext* current_context = nullptr;

}  // namespace

S panel_title(PanelId p) { return kPanels[static_cast<int>(p)].title; }
const char* panel_key(PanelId p) { return kPanels[static_cast<int>(p)].key; }
std::optional<PanelId> panel_by_key(const std::string& key) {
  for (const auto& info : kPanels) {
    if (key == info.key) return info.id;
  }
  return std::nullopt;
}

RegionWindow::RegionWindow(Region region, const Rect& area, const FrameContext& c) {
  ImGui::SetNextWindowPos(ImVec2(area.x, area.y));
  ImGui::SetNextWindowSize(ImVec2(area.w, area.h));
  // No background: the window is cleared to the panels' colour before the map is drawn
  // (kPanelBackground), which costs a software renderer nothing, unlike a blended quad.
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                 ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse |
                                 ImGuiWindowFlags_NoBackground;
  const std::string id = std::string("##region_") + std::to_string(static_cast<int>(region));
  ImGui::Begin(id.c_str(), nullptr, flags);
  current_region = region;
  current_context = &c;
  tabs_ = ImGui::BeginTabBar("##tabs", ImGuiTabBarFlags_Reorderable | ImGuiTabBarFlags_FittingPolicyScroll);
}

RegionWindow::~RegionWindow() {
  if (tabs_) ImGui::EndTabBar();
  ImGui::End();
  current_context = nullptr;
}

Panel::Panel(PanelId id, const FrameContext& c) {
  LayoutState& l = c.state.layout;
  const auto k = static_cast<std::size_t>(id);
  if (current_context == nullptr || !l.shown[k] || l.region[k] != current_region) return;
  const int r = static_cast<int>(current_region);
  ImGuiTabItemFlags flags = 0;
  if ((l.focus && *l.focus == id) || (l.restore_front && l.front[static_cast<std::size_t>(r)] == static_cast<int>(id))) {
    flags |= ImGuiTabItemFlags_SetSelected;
    if (l.focus && *l.focus == id) l.focus.reset();
  }
  const std::string name = title(panel_title(id), c.lang());
  bool open = true;
  visible_ = ImGui::BeginTabItem(name.c_str(), &open, flags);
  // Right-click on the tab: move the panel to another region.
  if (ImGui::BeginPopupContextItem()) {
    ImGui::TextDisabled("%s", c.t(S::move_to));
    for (int to = 0; to < kRegionCount; ++to) {
      if (ImGui::MenuItem(c.t(kRegionNames[to]), nullptr, to == r)) {
        l.region[k] = static_cast<Region>(to);
        l.focus = id;
      }
    }
    ImGui::EndPopup();
  }
  if (!open) l.shown[k] = false;
  if (visible_) l.front[static_cast<std::size_t>(r)] = static_cast<int>(id);
}

Panel::~Panel() {
  if (visible_) ImGui::EndTabItem();
}

namespace {

// One splitter: a thin invisible window over the border; dragging it moves `share`
// by the drag over `total` pixels.
void splitter(const char* id, const Rect& r, bool vertical, float& share, float total, float sign) {
  ImGui::SetNextWindowPos(ImVec2(r.x, r.y));
  ImGui::SetNextWindowSize(ImVec2(r.w, r.h));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowMinSize, ImVec2(1, 1));
  ImGui::Begin(id, nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBackground);
  ImGui::InvisibleButton("##drag", ImVec2(r.w, r.h));
  if (ImGui::IsItemHovered() || ImGui::IsItemActive()) {
    ImGui::SetMouseCursor(vertical ? ImGuiMouseCursor_ResizeEW : ImGuiMouseCursor_ResizeNS);
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(r.x, r.y), ImVec2(r.x + r.w, r.y + r.h), IM_COL32(90, 140, 200, 200));
  }
  if (ImGui::IsItemActive() && total > 0) {
    const ImVec2 d = ImGui::GetIO().MouseDelta;
    share = std::clamp(share + sign * (vertical ? d.x : d.y) / total, 0.1f, 0.9f);
    ImGui::MarkIniSettingsDirty();
  }
  ImGui::End();
  ImGui::PopStyleVar(2);
}

}  // namespace

void draw_splitters(const FrameContext& c, const Layout& l) {
  LayoutState& s = c.state.layout;
  const float t = 5 * l.scale;
  const Rect& rt = l.region[static_cast<int>(Region::right_top)];
  const Rect& rb = l.region[static_cast<int>(Region::right_bottom)];
  const Rect& bottom = l.region[static_cast<int>(Region::bottom)];
  const float body_h = l.timeline.y - l.top.y - l.top.h;
  splitter("##split_right", {rt.x - t / 2, rt.y, t, rt.h + rb.h}, true, s.right_share, l.top.w, -1);
  splitter("##split_column", {rb.x, rb.y - t / 2, rb.w, t}, false, s.right_split, body_h, 1);
  splitter("##split_bottom", {bottom.x, bottom.y - t / 2, bottom.w, t}, false, s.bottom_share, body_h, -1);
}

Bar::Bar(const char* id, ImVec2 pos, ImVec2 size) {
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                 ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoBackground;
  visible_ = ImGui::Begin(id, nullptr, flags);
}

void badge(const char* text, ImU32 background, ImU32 foreground) {
  const ImVec2 pad(6, 2);
  const ImVec2 size = ImGui::CalcTextSize(text);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(p, ImVec2(p.x + size.x + 2 * pad.x, p.y + size.y + 2 * pad.y), background, 4);
  dl->AddText(ImVec2(p.x + pad.x, p.y + pad.y), foreground, text);
  ImGui::Dummy(ImVec2(size.x + 2 * pad.x, size.y + 2 * pad.y));
}

void section(const char* text) {
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::TextColored(ImVec4(0.55f, 0.75f, 0.95f, 1), "%s", text);
}

void level_badge(int level, const char* text) {
  badge(text, level_colour(level), level == 3 ? IM_COL32(20, 20, 20, 255) : IM_COL32(255, 255, 255, 255));
}

ImU32 level_colour(int level) {
  switch (level) {
    case 4: return IM_COL32(40, 100, 200, 255);   // IV blue
    case 3: return IM_COL32(225, 190, 20, 255);   // III yellow
    case 2: return IM_COL32(235, 120, 20, 255);   // II orange
    case 1: return IM_COL32(205, 35, 35, 255);    // I red
    default: return IM_COL32(90, 96, 106, 255);
  }
}

const char* level_roman(int level) {
  static constexpr const char* kRoman[] = {"", "I", "II", "III", "IV"};
  return level >= 1 && level <= 4 ? kRoman[level] : "";
}

}  // namespace ttx::gui
