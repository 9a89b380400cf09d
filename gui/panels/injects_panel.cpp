// Injects: the scripted messages that have reached their players (the director
// also sees those still to come and what the plan expects in response).
#include <imgui.h>

#include "gui/i18n/names.h"
#include "gui/panels/panels.h"

namespace ttx::gui {

void draw_injects_panel(const FrameContext& c) {
  Panel p(PanelId::injects, c);
  if (!p) return;
  const bool director = c.state.mode == Mode::director;
  for (std::size_t k = 0; k < c.run.scenario().injects.size(); ++k) {
    const auto& in = c.run.scenario().injects[k];
    const bool arrived = in.at_s <= c.run.now_s();
    if (!arrived && !director) continue;
    ImGui::PushID(static_cast<int>(k));
    ImGui::TextColored(arrived ? ImVec4(1, 0.85f, 0.5f, 1) : ImVec4(0.55f, 0.6f, 0.65f, 1), "%s  %s %s",
                       clock_text(in.at_s).c_str(), c.t(S::col_to), in.to.c_str());
    ImGui::TextWrapped("%s", in.message.c_str());
    if (director && !in.expected_action.empty()) ImGui::TextDisabled("%s: %s", c.t(S::col_expected), in.expected_action.c_str());
    ImGui::Separator();
    ImGui::PopID();
  }
}

}  // namespace ttx::gui
