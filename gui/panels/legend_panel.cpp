// The map's legend: what every colour and mark means, and where the shapes come from.
#include <imgui.h>
#include <imgui_internal.h>

#include "gui/map/hazard_colours.h"
#include "gui/panels/panels.h"

namespace ttx::gui {

namespace {

ImU32 im(sf::Color c) { return IM_COL32(c.r, c.g, c.b, 255); }

enum class Mark { disc, square, diamond, line, thick_line, cross };

void entry(Mark mark, ImU32 colour, const char* text) {
  const float h = ImGui::GetTextLineHeight();
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 c(p.x + h * 0.6f, p.y + h * 0.5f);
  const float r = h * 0.3f;
  switch (mark) {
    case Mark::disc: dl->AddCircleFilled(c, r, colour); break;
    case Mark::square: dl->AddRectFilled(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), colour); break;
    case Mark::diamond: dl->AddQuadFilled(ImVec2(c.x, c.y - r), ImVec2(c.x + r, c.y), ImVec2(c.x, c.y + r), ImVec2(c.x - r, c.y), colour); break;
    case Mark::line: dl->AddLine(ImVec2(c.x - h * 0.5f, c.y), ImVec2(c.x + h * 0.5f, c.y), colour, 2); break;
    case Mark::thick_line: dl->AddLine(ImVec2(c.x - h * 0.5f, c.y), ImVec2(c.x + h * 0.5f, c.y), colour, 5); break;
    case Mark::cross:
      dl->AddRectFilled(ImVec2(c.x - r * 1.2f, c.y - r * 1.2f), ImVec2(c.x + r * 1.2f, c.y + r * 1.2f), IM_COL32(245, 245, 245, 255));
      dl->AddRectFilled(ImVec2(c.x - r * 0.3f, c.y - r), ImVec2(c.x + r * 0.3f, c.y + r), colour);
      dl->AddRectFilled(ImVec2(c.x - r, c.y - r * 0.3f), ImVec2(c.x + r, c.y + r * 0.3f), colour);
      break;
  }
  ImGui::Dummy(ImVec2(h * 1.4f, h));
  ImGui::SameLine();
  ImGui::TextUnformatted(text);
}

}  // namespace

void draw_legend_panel(const FrameContext& c, const Rect& map) {
  // Anchored at the map's lower right corner (the sea, east of the district), folded with its title's arrow.
  const float pad = 6 * c.state.ui_scale;
  ImGui::SetNextWindowPos(ImVec2(map.x + map.w - pad, map.y + map.h - pad), ImGuiCond_Always, ImVec2(1, 1));
  ImGui::SetNextWindowCollapsed(!c.state.layout.legend, ImGuiCond_Always);  // the menu and the arrow both fold it
  ImGui::SetNextWindowBgAlpha(0.85f);
  const std::string name = title(S::p_legend, c.lang());
  const bool open = ImGui::Begin(name.c_str(), nullptr,
                                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                                     ImGuiWindowFlags_NoFocusOnAppearing);
  if (open != c.state.layout.legend) {
    c.state.layout.legend = open;
    ImGui::MarkIniSettingsDirty();
  }
  if (!open) {
    ImGui::End();
    return;
  }
  const std::string& field = c.run.truth().field_name;
  const auto& steps = hazard_steps(c.state.known_only() ? "depth_m" : field);
  // A table sized to its content: each column as wide as its longest label (legacy
  // columns split the window in halves and cut the longer English labels).
  if (!ImGui::BeginTable("##legend", 2, ImGuiTableFlags_SizingFixedFit)) {
    ImGui::End();
    return;
  }
  ImGui::TableNextColumn();
  entry(Mark::disc, im(kQuietVillage), c.t(S::lg_none));
  for (const auto& s : steps) entry(Mark::disc, im(s.colour), s.label.c_str());
  if (c.state.known_only()) entry(Mark::disc, IM_COL32(235, 150, 60, 255), c.t(S::l_reports));
  ImGui::TableNextColumn();
  entry(Mark::thick_line, IM_COL32(225, 60, 50, 255), c.t(S::lg_road_cut));
  entry(Mark::thick_line, IM_COL32(240, 160, 40, 255), c.t(S::lg_road_slow));
  entry(Mark::square, IM_COL32(80, 200, 160, 255), c.t(S::lg_warehouse));
  entry(Mark::square, IM_COL32(70, 150, 130, 255), c.t(S::lg_depot));
  entry(Mark::square, IM_COL32(90, 190, 110, 255), c.t(S::lg_shelter_open));
  entry(Mark::square, IM_COL32(130, 130, 140, 255), c.t(S::lg_shelter_closed));
  entry(Mark::disc, IM_COL32(70, 210, 230, 255), c.t(S::lg_unit));
  entry(Mark::square, IM_COL32(250, 200, 60, 255), c.t(S::lg_truck));
  entry(Mark::diamond, IM_COL32(235, 70, 60, 255), c.t(S::lg_task));
  entry(Mark::thick_line, IM_COL32(52, 92, 138, 255), c.t(S::lg_river));
  entry(Mark::line, IM_COL32(96, 140, 186, 255), c.t(S::lg_coast));
  entry(Mark::cross, IM_COL32(230, 60, 70, 255), c.t(S::lg_hospital));
  ImGui::EndTable();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24);
  ImGui::TextDisabled("%s", c.t(S::lg_sources));
  ImGui::PopTextWrapPos();
  ImGui::End();
}

}  // namespace ttx::gui
