// Plans: each plan in force with its level, the level changes and what fired
// them, and the actions the levels mandate with their deadlines.
#include <imgui.h>

#include "gui/i18n/names.h"
#include "gui/panels/panels.h"
#include "sim/io/log_text.h"

namespace ttx::gui {

void draw_plans_panel(const FrameContext& c) {
  Panel p(PanelId::plans, c);
  if (!p) return;
  const auto& run = c.run;
  const auto& w = run.world();
  for (const auto& plan : run.scenario().plans) {
    const int level = run.plans().level(plan);
    ImGui::PushID(plan.c_str());
    const std::string head = io::plan_text(w, plan, c.lang());
    level_badge(level, level >= 1 && level <= 4 ? io::level_text(level, c.lang()).c_str() : c.t(S::no_level));
    ImGui::SameLine();
    ImGui::TextUnformatted(head.c_str());
    if (run.declared_level(plan) != response::kNoResponse) {
      ImGui::SameLine();
      ImGui::TextDisabled("(%s %s)", c.t(S::mode_trainee), io::level_text(run.declared_level(plan), c.lang()).c_str());
    }
    for (const auto& ch : run.plans().changes()) {
      if (ch.plan != plan) continue;
      ImGui::BulletText("%s  %s → %s  %s", clock_text(ch.at_s).c_str(), io::level_text(ch.from, c.lang()).c_str(),
                        io::level_text(ch.to, c.lang()).c_str(), ch.reason.c_str());
    }
    ImGui::PopID();
  }
  section(c.t(S::col_action));
  if (!ImGui::BeginTable("actions", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp)) return;
  ImGui::TableSetupColumn(c.t(S::col_due), ImGuiTableColumnFlags_WidthStretch, 1);
  ImGui::TableSetupColumn(c.t(S::col_level), ImGuiTableColumnFlags_WidthStretch, 0.6f);
  ImGui::TableSetupColumn(c.t(S::col_action), ImGuiTableColumnFlags_WidthStretch, 4);
  ImGui::TableHeadersRow();
  for (const auto& a : run.plans().actions()) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    const bool due = a.due_s <= run.now_s();
    ImGui::TextColored(due ? ImVec4(0.7f, 0.85f, 0.7f, 1) : ImVec4(1, 0.8f, 0.4f, 1), "%s", clock_text(a.due_s).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(level_roman(a.level));
    ImGui::TableNextColumn();
    response::LogEntry e;
    e.kind = response::LogKind::action;
    e.plan = a.plan;
    e.to = a.level;
    e.action = a.action != nullptr ? std::string(world::to_string(a.action->kind)) : "";
    ImGui::TextWrapped("%s", io::log_text(e, w, run.units(), c.lang()).c_str());
  }
  ImGui::EndTable();
}

}  // namespace ttx::gui
