// The map's layers (一图统览), each switched on and off: a row of switches along
// the map's top edge (the map's toolbar, not a panel over it).
#include <utility>

#include <imgui.h>

#include "gui/panels/panels.h"

namespace ttx::gui {

void draw_layers_panel(const FrameContext& c, const Rect& map) {
  if (!c.state.layout.layers) return;
  const float pad = 6 * c.state.ui_scale;
  ImGui::SetNextWindowPos(ImVec2(map.x + pad, map.y + pad));
  ImGui::SetNextWindowBgAlpha(0.85f);
  ImGui::Begin("##layers", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing);
  MapState& m = c.state.map;
  const std::pair<S, bool*> switches[] = {{S::l_hazard, &m.hazard},     {S::l_teams, &m.teams},   {S::l_stock, &m.stock},
                                          {S::l_shelters, &m.shelters}, {S::l_hospitals, &m.hospitals},
                                          {S::l_roads, &m.roads},       {S::l_tasks, &m.tasks},   {S::l_trucks, &m.trucks},
                                          {S::l_labels, &m.labels}};
  ImGui::TextDisabled("%s", c.t(S::layers));
  for (const auto& sw : switches) {
    ImGui::SameLine();
    ImGui::Checkbox(c.t(sw.first), sw.second);
  }
  ImGui::End();
}

}  // namespace ttx::gui
