// Units: status, place, task, hours on shift, rest; select one to command it.
#include <fmt/format.h>
#include <imgui.h>

#include "gui/i18n/names.h"
#include "gui/panels/panels.h"

namespace ttx::gui {

namespace {

std::string place_of(const FrameContext& c, const response::Unit& u) {
  if (u.task >= 0) return town_name(c.run.world(), c.run.tasks()[static_cast<std::size_t>(u.task)].town, c.lang());
  if (u.node == u.base_node) return std::string(c.t(S::base)) + " " + town_name(c.run.world(), u.home_town, c.lang());
  const auto& n = c.run.roads().nodes()[u.node];
  if (const auto t = c.run.world().town_index(n.id)) return town_name(c.run.world(), *t, c.lang());
  for (const auto& v : c.run.world().villages) {
    if (v.id == n.id) return v.name;
  }
  return n.id;
}

}  // namespace

void draw_units_panel(const FrameContext& c) {
  Panel p(PanelId::units, c);
  if (!p) return;
  const auto& run = c.run;
  int out = 0;
  for (const auto& u : run.units()) out += u.state != response::UnitState::standby ? 1 : 0;
  ImGui::Text("%d / %zu", out, run.units().size());
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerV |
                                ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_Resizable;
  if (!ImGui::BeginTable("units", 5, flags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(c.t(S::col_unit), ImGuiTableColumnFlags_WidthStretch, 3);
  ImGui::TableSetupColumn(c.t(S::col_state), ImGuiTableColumnFlags_WidthStretch, 1.6f);
  ImGui::TableSetupColumn(c.t(S::col_place), ImGuiTableColumnFlags_WidthStretch, 1.6f);
  ImGui::TableSetupColumn(c.t(S::col_task), ImGuiTableColumnFlags_WidthStretch, 1);
  ImGui::TableSetupColumn(c.t(S::col_shift), ImGuiTableColumnFlags_WidthStretch, 1);
  ImGui::TableHeadersRow();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(run.units().size()));
  while (clipper.Step()) {
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
      const auto& u = run.units()[static_cast<std::size_t>(r)];
      ImGui::PushID(u.id.c_str());
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      const std::string name = fmt::format("{} ({})", unit_name(u, c.lang()), u.people);
      if (ImGui::Selectable(name.c_str(), c.state.selected.unit == r, ImGuiSelectableFlags_SpanAllColumns)) {
        c.state.selected.unit = r;
      }
      ImGui::TableNextColumn();
      std::string state = state_name(u.state, c.lang());
      if (u.state == response::UnitState::travelling) state += " → " + clock_text(u.arrive_s);
      if (u.state == response::UnitState::resting || u.state == response::UnitState::assembling) {
        state += " → " + clock_text(u.ready_s);
      }
      ImGui::TextUnformatted(state.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(place_of(c, u).c_str());
      ImGui::TableNextColumn();
      if (u.task >= 0) ImGui::Text("#%lld", static_cast<long long>(u.task));
      ImGui::TableNextColumn();
      if (u.duty_start_s >= 0 && u.state != response::UnitState::resting) {
        ImGui::Text("%.1f h%s", static_cast<double>(run.now_s() - u.duty_start_s) / 3600.0, u.rest_due ? " !" : "");
      }
      ImGui::PopID();
    }
  }
  ImGui::EndTable();
}

}  // namespace ttx::gui
