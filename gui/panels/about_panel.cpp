#include "gui/panels/about_panel.h"

#include <imgui.h>

#include "gui/i18n/glyph_text.h"

namespace ttx::gui {

void draw_about_panel(AboutPanelState& state, bool* open) {
  ImGui::SetNextWindowPos(ImVec2(40, 40), ImGuiCond_FirstUseEver);
  ImGui::SetNextWindowSize(ImVec2(640, 360), ImGuiCond_FirstUseEver);
  if (!ImGui::Begin("About TTX", open)) {
    ImGui::End();
    return;
  }
  ImGui::Text("TTX 0.1 — %s", kTitleZh);
  ImGui::TextUnformatted("Tabletop-exercise and disaster simulator for Haimen District, Nantong");
  ImGui::Separator();
  ImGui::TextWrapped(
      "Plays flood, earthquake and freezing-rain scenarios against the district's plans, "
      "rescue teams and relief stockpile, and scores the response: is the stock "
      "%s — available, and quick to dispatch?",
      kStockMottoZh);
  ImGui::BulletText("Exercise directors step through drills for each town and inject events.");
  ImGui::BulletText("Logistics planners run thousands of randomised replications.");
  ImGui::BulletText("Trainees play the duty officer and are scored against the plan.");
  ImGui::Spacing();

  ImGui::Separator();
  ImGui::TextUnformatted("Engine self-check: M/M/c dispatch queue against Erlang C");
  ImGui::SliderInt("teams", &state.check.teams, 1, 200);
  float rho = static_cast<float>(state.check.rho);
  if (ImGui::SliderFloat("utilisation", &rho, 0.05f, 0.98f, "%.2f")) state.check.rho = rho;
  if (ImGui::Button("Run 200,000 incidents")) state.last_check = selfcheck::run_mmc(state.check);
  if (state.last_check) {
    const selfcheck::MmcResult& r = *state.last_check;
    ImGui::Text("simulated mean wait  %.4f h  (± %.4f)", r.mean_wait_h, r.wait_se_h);
    ImGui::Text("Erlang C mean wait   %.4f h", r.erlang_c_wait_h);
    ImGui::Text("team utilisation     %.3f", r.utilisation);
  }
  ImGui::End();
}

}  // namespace ttx::gui
