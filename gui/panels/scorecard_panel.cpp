// The live scorecard: the five parts and the overall score of the run as it
// stands (the same figures `ttx run` prints at the end), recomputed only when the
// run has moved on.
#include <imgui.h>

#include "gui/panels/panels.h"
#include "sim/io/scorecard_text.h"
#include "sim/score/run_summary.h"

namespace ttx::gui {

void draw_scorecard_panel(const FrameContext& c, ScoreCache& cache) {
  Panel p(PanelId::score, c);
  if (!p) return;
  if (!cache.card || cache.events != c.run.events_processed() || cache.now_s != c.run.now_s()) {
    cache.card = score::score(score::summarise(c.run, {}, 0), c.run.world().scoring);
    cache.events = c.run.events_processed();
    cache.now_s = c.run.now_s();
  }
  const score::Scorecard& card = *cache.card;
  if (c.run.now_s() < c.run.end_s()) ImGui::TextDisabled("%s", c.t(S::score_note));
  ImGui::Text("%s  %.0f  (%c)", c.t(S::overall), card.overall, static_cast<char>(card.rating));
  for (const score::Part* part : card.parts()) {
    ImGui::PushID(part->id.c_str());
    const std::string name = io::part_name(part->id, c.lang());
    const float share = static_cast<float>(part->score / 100.0);
    const ImVec4 colour = part->score >= 80 ? ImVec4(0.3f, 0.65f, 0.4f, 1) : part->score >= 60 ? ImVec4(0.85f, 0.7f, 0.2f, 1)
                                                                                               : ImVec4(0.85f, 0.3f, 0.25f, 1);
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, colour);
    char overlay[96];
    std::snprintf(overlay, sizeof overlay, "%s %.0f (%c)", name.c_str(), part->score, static_cast<char>(part->rating));
    ImGui::ProgressBar(share, ImVec2(-1, 0), overlay);
    ImGui::PopStyleColor();
    if (ImGui::IsItemHovered() && !part->figures.empty()) {
      ImGui::BeginTooltip();
      for (const auto& f : part->figures) {
        ImGui::Text("%s%s %.1f%s", f.met ? "" : "! ", io::figure_name(f, c.lang()).c_str(), f.value,
                    f.target >= 0 ? (" / " + std::to_string(static_cast<long long>(f.target))).c_str() : "");
      }
      ImGui::EndTooltip();
    }
    ImGui::PopID();
  }
}

}  // namespace ttx::gui
