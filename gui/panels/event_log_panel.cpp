// The event log: every record of the run's timeline as a sentence, filtered by
// kind and by text (after imgui_demo's ShowExampleAppLog).
#include <imgui.h>
#include <imgui_stdlib.h>

#include "gui/i18n/names.h"
#include "gui/panels/panels.h"
#include "sim/io/log_text.h"

namespace ttx::gui {

void draw_event_log_panel(const FrameContext& c, LogCache& cache) {
  Panel p(PanelId::log, c);
  if (!p) return;
  const auto& log = c.run.log();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
  const std::string current =
      c.state.log_filter < 0 ? c.t(S::all_kinds)
                             : std::string(io::log_kind_text(static_cast<response::LogKind>(c.state.log_filter), c.lang()));
  if (ImGui::BeginCombo("##kind", current.c_str())) {
    if (ImGui::Selectable(c.t(S::all_kinds), c.state.log_filter < 0)) c.state.log_filter = -1;
    for (int k = 0; k <= static_cast<int>(response::LogKind::report); ++k) {
      const std::string name(io::log_kind_text(static_cast<response::LogKind>(k), c.lang()));
      if (ImGui::Selectable(name.c_str(), c.state.log_filter == k)) c.state.log_filter = k;
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##search", c.t(S::filter), &c.state.log_search);
  // The lines that pass the filters: extended as the log grows, rebuilt when a filter changes.
  // (A text filter renders each new line once to test it; only the lines in view are drawn.)
  if (cache.kind != c.state.log_filter || cache.search != c.state.log_search || cache.lang != c.lang() || cache.seen > log.size()) {
    cache = LogCache{0, c.state.log_filter, c.state.log_search, c.lang(), {}};
  }
  for (; cache.seen < log.size(); ++cache.seen) {
    const auto& e = log[cache.seen];
    if (cache.kind >= 0 && static_cast<int>(e.kind) != cache.kind) continue;
    if (!cache.search.empty() && io::log_text(e, c.run.world(), c.run.units(), c.lang()).find(cache.search) == std::string::npos) continue;
    cache.rows.push_back(cache.seen);
  }
  ImGui::BeginChild("lines");
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(cache.rows.size()));
  while (clipper.Step()) {
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
      const auto& e = log[cache.rows[static_cast<std::size_t>(r)]];
      const bool alarm = e.kind == response::LogKind::stockout || e.kind == response::LogKind::rejected;
      ImGui::TextColored(alarm ? ImVec4(1, 0.5f, 0.4f, 1) : ImVec4(0.6f, 0.7f, 0.8f, 1), "%s", clock_text(e.at_s).c_str());
      ImGui::SameLine();
      ImGui::TextUnformatted(io::log_text(e, c.run.world(), c.run.units(), c.lang()).c_str());
    }
  }
  if (ImGui::GetScrollY() >= ImGui::GetScrollMaxY() - 4) ImGui::SetScrollHereY(1.0f);  // follow the newest
  ImGui::EndChild();
}

}  // namespace ttx::gui
