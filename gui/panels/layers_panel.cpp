// The map's layers (一图统览), each switched on and off.
#include <imgui.h>

#include "gui/panels/panels.h"

namespace ttx::gui {

void draw_layers_panel(const FrameContext& c, const PanelPlace& place) {
  Panel p(S::layers, &c.state.show.layers, c, place);
  if (!p) return;
  MapState& m = c.state.map;
  ImGui::Checkbox(c.t(S::l_hazard), &m.hazard);
  ImGui::Checkbox(c.t(S::l_teams), &m.teams);
  ImGui::Checkbox(c.t(S::l_stock), &m.stock);
  ImGui::Checkbox(c.t(S::l_shelters), &m.shelters);
  ImGui::Checkbox(c.t(S::l_roads), &m.roads);
  ImGui::Checkbox(c.t(S::l_tasks), &m.tasks);
  ImGui::Checkbox(c.t(S::l_trucks), &m.trucks);
  ImGui::Checkbox(c.t(S::l_labels), &m.labels);
}

}  // namespace ttx::gui
