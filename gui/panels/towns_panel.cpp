// Towns: displaced, sheltered and supplied (known: as reported to the district).
#include <imgui.h>

#include "gui/i18n/names.h"
#include "gui/panels/panels.h"

namespace ttx::gui {

void draw_towns_panel(const FrameContext& c) {
  Panel p(PanelId::towns, c);
  if (!p) return;
  const auto& run = c.run;
  const bool known = c.state.known_only();
  if (!ImGui::BeginTable("towns", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn(c.t(S::col_town), ImGuiTableColumnFlags_WidthStretch, 1.4f);
  ImGui::TableSetupColumn(c.t(S::col_displaced));
  ImGui::TableSetupColumn(c.t(S::col_sheltered));
  ImGui::TableSetupColumn(c.t(S::col_supplied));
  ImGui::TableSetupColumn(c.t(S::col_shelters), ImGuiTableColumnFlags_WidthStretch, 1.4f);
  ImGui::TableHeadersRow();
  for (std::size_t t = 0; t < run.towns().size(); ++t) {
    const auto& s = run.towns()[t];
    ImGui::PushID(static_cast<int>(t));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    if (ImGui::Selectable(town_name(run.world(), static_cast<std::int64_t>(t), c.lang()).c_str(),
                          c.state.selected.town == static_cast<std::int64_t>(t), ImGuiSelectableFlags_SpanAllColumns)) {
      c.state.selected.town = static_cast<std::int64_t>(t);
    }
    ImGui::TableNextColumn();
    ImGui::Text("%.0f", known ? s.known_displaced : s.displaced);
    ImGui::TableNextColumn();
    ImGui::Text("%.0f", s.in_shelter);
    ImGui::TableNextColumn();
    ImGui::Text("%.0f", s.supplied);
    ImGui::TableNextColumn();
    ImGui::Text("%s %.0f", s.shelters_open ? c.t(S::open_state) : c.t(S::closed_state), s.shelter_capacity);
    ImGui::PopID();
  }
  ImGui::EndTable();
}

}  // namespace ttx::gui
