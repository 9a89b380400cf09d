// Tasks and incidents: as known to command, or (director) as they truly are.
#include <fmt/format.h>
#include <imgui.h>

#include "gui/i18n/names.h"
#include "gui/panels/panels.h"

namespace ttx::gui {

void draw_tasks_panel(const FrameContext& c) {
  Panel p(PanelId::tasks, c);
  if (!p) return;
  const auto& run = c.run;
  const bool known = c.state.known_only();
  std::vector<std::uint32_t> rows;
  int open = 0;
  for (std::uint32_t t = 0; t < run.tasks().size(); ++t) {
    const auto& task = run.tasks()[t];
    const bool shown = known ? task.known_s >= 0 : task.created_s <= run.now_s();
    if (!shown) continue;
    rows.push_back(t);
    open += task.open() ? 1 : 0;
  }
  ImGui::Text("%s: %d / %zu  (%s)", c.t(S::open_tasks), open, rows.size(), known ? c.t(S::known_tag) : c.t(S::truth_tag));
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_BordersInnerV |
                                ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_Resizable;
  if (!ImGui::BeginTable("tasks", 5, flags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(c.t(S::col_task));
  ImGui::TableSetupColumn(c.t(S::col_village));
  ImGui::TableSetupColumn(c.t(S::col_known));
  ImGui::TableSetupColumn(c.t(S::col_left));
  ImGui::TableSetupColumn(c.t(S::col_units_on));
  ImGui::TableHeadersRow();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(rows.size()));
  while (clipper.Step()) {
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
      const std::uint32_t t = rows[static_cast<std::size_t>(r)];
      const auto& task = run.tasks()[t];
      ImGui::PushID(static_cast<int>(t));
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      const std::string label = fmt::format("#{} {}", t, skill_name(run.world(), task.skill, c.lang()));
      if (!task.open()) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
      if (ImGui::Selectable(label.c_str(), c.state.selected.task == t, ImGuiSelectableFlags_SpanAllColumns)) {
        c.state.selected.task = t;
      }
      ImGui::TableNextColumn();
      std::string where = town_name(run.world(), task.town, c.lang());
      if (task.village >= 0) where += " " + run.world().villages[static_cast<std::size_t>(task.village)].name;
      ImGui::TextUnformatted(where.c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(task.known_s >= 0 ? clock_text(task.known_s).c_str() : c.t(S::not_known_yet));
      ImGui::TableNextColumn();
      if (task.open()) {
        ImGui::Text("%.0f / %.0f", task.remaining, task.total);
      } else {
        ImGui::TextUnformatted(c.t(S::done));
      }
      ImGui::TableNextColumn();
      ImGui::Text("%d", task.units);
      if (!task.open()) ImGui::PopStyleColor();
      ImGui::PopID();
    }
  }
  ImGui::EndTable();
}

}  // namespace ttx::gui
