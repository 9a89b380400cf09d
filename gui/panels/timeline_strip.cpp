// The timeline strip along the bottom: the scenario from T+0 to its end, with the
// level changes (in their colours), the injects and the key moments of the log
// (stockouts, the reserve, aid, first relief); click anywhere to jump there.
#include <algorithm>

#include <imgui.h>

#include "gui/i18n/names.h"
#include "gui/panels/panels.h"
#include "sim/io/log_text.h"

namespace ttx::gui {

void draw_timeline_strip(const FrameContext& c, const Rect& area) {
  Bar bar("##timeline", ImVec2(area.x, area.y), ImVec2(area.w, area.h));
  if (!bar) return;
  const auto& run = c.run;
  const float h = ImGui::GetFontSize();
  const ImVec2 p0 = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  const float bar_y = p0.y + h * 1.6f, bar_h = h * 1.2f;
  const double end = static_cast<double>(std::max<std::int64_t>(1, run.end_s()));
  auto x_of = [&](std::int64_t t) { return p0.x + static_cast<float>(static_cast<double>(t) / end) * width; };
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(ImVec2(p0.x, bar_y), ImVec2(p0.x + width, bar_y + bar_h), IM_COL32(40, 46, 56, 255), 3);
  dl->AddRectFilled(ImVec2(p0.x, bar_y), ImVec2(x_of(run.now_s()), bar_y + bar_h), IM_COL32(60, 78, 100, 255), 3);
  // Hours, every 6 h.
  for (std::int64_t t = 0; t <= run.end_s(); t += 6 * 3600) {
    dl->AddLine(ImVec2(x_of(t), bar_y + bar_h), ImVec2(x_of(t), bar_y + bar_h + h * 0.4f), IM_COL32(120, 130, 140, 255));
    const std::string label = clock_text(t);
    dl->AddText(ImVec2(x_of(t) + 2, bar_y + bar_h + h * 0.1f), IM_COL32(140, 150, 160, 255), label.c_str());
  }
  // Level changes as coloured spans from each change on.
  const auto& changes = run.plans().changes();
  for (std::size_t k = 0; k < changes.size(); ++k) {
    const auto& ch = changes[k];
    std::int64_t until = run.now_s();
    for (std::size_t j = k + 1; j < changes.size(); ++j) {
      if (changes[j].plan == ch.plan) {
        until = changes[j].at_s;
        break;
      }
    }
    if (ch.to >= 1 && ch.to <= 4) {
      dl->AddRectFilled(ImVec2(x_of(ch.at_s), bar_y + bar_h * 0.55f), ImVec2(x_of(until), bar_y + bar_h),
                        level_colour(ch.to));
    }
  }
  // Injects (director: all; trainee: those arrived) and key records of the log.
  for (const auto& in : run.scenario().injects) {
    if (c.state.mode == Mode::trainee && in.at_s > run.now_s()) continue;
    dl->AddTriangleFilled(ImVec2(x_of(in.at_s) - h * 0.35f, p0.y + h * 0.8f), ImVec2(x_of(in.at_s) + h * 0.35f, p0.y + h * 0.8f),
                          ImVec2(x_of(in.at_s), bar_y), IM_COL32(240, 240, 240, 255));
  }
  for (const auto& sent : c.session.inject_log()) {  // the director's live injects, in their own colour
    const float x = x_of(sent.at_s);
    dl->AddTriangleFilled(ImVec2(x - h * 0.35f, p0.y + h * 0.8f), ImVec2(x + h * 0.35f, p0.y + h * 0.8f), ImVec2(x, bar_y),
                          IM_COL32(140, 215, 255, 255));
  }
  for (const auto& e : run.log()) {
    const bool key = e.kind == response::LogKind::stockout || e.kind == response::LogKind::reserve ||
                     e.kind == response::LogKind::aid || e.kind == response::LogKind::relief_delivered;
    if (!key) continue;
    const ImU32 colour = e.kind == response::LogKind::stockout ? IM_COL32(230, 70, 60, 255) : IM_COL32(110, 200, 150, 255);
    dl->AddCircleFilled(ImVec2(x_of(e.at_s), bar_y + bar_h * 0.28f), h * 0.22f, colour);
  }
  // Now.
  dl->AddLine(ImVec2(x_of(run.now_s()), p0.y), ImVec2(x_of(run.now_s()), bar_y + bar_h + h * 0.3f), IM_COL32(255, 255, 255, 255), 2);
  // Click to jump; hover shows the time and what happened there.
  ImGui::SetCursorScreenPos(ImVec2(p0.x, p0.y));
  ImGui::InvisibleButton("##strip", ImVec2(width, bar_y + bar_h - p0.y + h * 0.5f));
  if (ImGui::IsItemHovered()) {
    const float mx = ImGui::GetIO().MousePos.x;
    const auto t = static_cast<std::int64_t>(std::clamp((mx - p0.x) / width, 0.0f, 1.0f) * end);
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(clock_text(t).c_str());
    const std::int64_t near = static_cast<std::int64_t>(end / width * 4);
    for (const auto& ch : changes) {
      if (std::llabs(ch.at_s - t) <= near) {
        ImGui::Text("%s %s", io::plan_text(run.world(), ch.plan, c.lang()).c_str(), io::level_text(ch.to, c.lang()).c_str());
      }
    }
    for (const auto& in : run.scenario().injects) {
      if (std::llabs(in.at_s - t) <= near && (c.state.mode == Mode::director || in.at_s <= run.now_s())) {
        ImGui::TextUnformatted(in.message.c_str());
      }
    }
    for (const auto& sent : c.session.inject_log()) {
      if (std::llabs(sent.at_s - t) <= near) {
        ImGui::Text("[%s] %s", c.t(S::li_live), pick(sent.inject.message_zh, sent.inject.message_en, c.lang()).c_str());
      }
    }
    ImGui::EndTooltip();
    if (ImGui::IsItemClicked()) {
      c.state.clock.request = ClockState::Request::jump;
      c.state.clock.jump_to_s = t / 60 * 60;
    }
  }
}

}  // namespace ttx::gui
