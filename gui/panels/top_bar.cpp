#include "gui/panels/top_bar.h"

#include <utility>

#include <fmt/format.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include "gui/i18n/names.h"
#include "gui/panels/panel.h"
#include "sim/io/clock_text.h"
#include "sim/io/log_text.h"

namespace ttx::gui {

namespace {

std::string speed_label(int k, io::Lang lang) {
  static constexpr S kLabels[kSpeedCount] = {S::sp_1m, S::sp_5m, S::sp_15m, S::sp_1h, S::speed_max};
  return tr(kLabels[k], lang);
}

void clock_controls(const FrameContext& c) {
  ClockState& clock = c.state.clock;
  const bool over = c.run.now_s() >= c.run.end_s();
  ImGui::BeginDisabled(over);
  if (ImGui::Button(clock.playing ? c.t(S::pause) : c.t(S::play), ImVec2(ImGui::GetFontSize() * 4, 0))) {
    clock.playing = !clock.playing;
  }
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 7);
  const std::string current = speed_label(clock.speed, c.lang());
  if (ImGui::BeginCombo("##speed", current.c_str())) {
    for (int k = 0; k < kSpeedCount; ++k) {
      if (ImGui::Selectable(speed_label(k, c.lang()).c_str(), k == clock.speed)) clock.speed = k;
    }
    ImGui::EndCombo();
  }
  ImGui::SameLine();
  if (ImGui::Button(c.t(S::step_event))) clock.request = ClockState::Request::step_event;
  ImGui::SameLine();
  if (ImGui::Button(c.t(S::step_decision))) clock.request = ClockState::Request::step_decision;
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5);
  const bool enter = ImGui::InputText("##jump", &clock.jump_text, ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  if (ImGui::Button(c.t(S::jump_to)) || enter) {
    const auto t = io::parse_clock(clock.jump_text);
    clock.jump_error = !t;
    if (t) {
      clock.request = ClockState::Request::jump;
      clock.jump_to_s = *t;
    }
  }
  if (clock.jump_error) {
    ImGui::SameLine();
    ImGui::TextColored(ImVec4(1, 0.5f, 0.4f, 1), "%s", c.t(S::bad_time));
  }
}

void level_badges(const FrameContext& c) {
  const auto& w = c.run.world();
  bool first = true;
  for (const auto& plan : c.run.scenario().plans) {
    const int level = c.state.known_only() && c.run.declared_level(plan) != response::kNoResponse &&
                              c.state.mode == Mode::trainee
                          ? c.run.declared_level(plan)
                          : c.run.plans().level(plan);
    const std::string text = io::plan_text(w, plan, c.lang()) + " " +
                             (level >= 1 && level <= 4 ? io::level_text(level, c.lang()) : c.t(S::no_level));
    if (!first) ImGui::SameLine();
    first = false;
    level_badge(level, text.c_str());
  }
}

}  // namespace

void draw_top_bar(const FrameContext& c, const Rect& area, ImFont* large) {
  Bar bar("##top_bar", ImVec2(area.x, area.y), ImVec2(area.w, area.h));
  if (!bar) return;
  const auto& sc = c.run.scenario();
  // The clock, large: what everyone in the room looks at first.
  if (large != nullptr) ImGui::PushFont(large);
  ImGui::TextUnformatted(clock_text(c.run.now_s()).c_str());
  if (large != nullptr) ImGui::PopFont();
  ImGui::SameLine();
  ImGui::BeginGroup();
  ImGui::TextUnformatted(pick(sc.name_zh, sc.name_en, c.lang()).c_str());
  if (!c.state.session_file.empty() && ImGui::IsItemHovered()) {
    ImGui::SetTooltip("%s %s\n%s %s", c.t(S::session_saved_to), c.state.session_file.c_str(), c.t(S::session_branch),
                      c.state.branch.c_str());
  }
  if (!c.state.save_problem.empty()) {
    ImGui::SameLine();
    ImGui::TextColored(ImVec4(1, 0.45f, 0.35f, 1), "%s", c.t(S::session_not_saved));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", c.state.save_problem.c_str());
  }
  const std::string cal = calendar_text(sc, c.run.now_s(), c.lang());
  const bool over = c.run.now_s() >= c.run.end_s();
  ImGui::TextDisabled("%s%s%s", cal.c_str(), cal.empty() ? "" : "  ",
                      over ? c.t(S::ended) : fmt::format("/ {}", clock_text(c.run.end_s())).c_str());
  ImGui::EndGroup();
  ImGui::SameLine(0, ImGui::GetFontSize() * 1.5f);
  ImGui::BeginGroup();
  clock_controls(c);
  level_badges(c);  // second row, under the controls
  ImGui::EndGroup();

  // Panels, language and mode, at the right end.
  ImGui::SameLine(area.w - ImGui::GetFontSize() * 19);
  if (ImGui::Button(c.t(S::panels))) ImGui::OpenPopup("##panels");
  if (ImGui::BeginPopup("##panels")) {
    LayoutState& l = c.state.layout;
    for (int k = 0; k < kPanelCount; ++k) {
      const auto p = static_cast<PanelId>(k);
      if (ImGui::MenuItem(c.t(panel_title(p)), nullptr, l.shown[static_cast<std::size_t>(k)])) {
        l.shown[static_cast<std::size_t>(k)] = !l.shown[static_cast<std::size_t>(k)];
        if (l.shown[static_cast<std::size_t>(k)]) l.focus = p;
      }
    }
    ImGui::Separator();
    ImGui::MenuItem(c.t(S::p_legend), nullptr, &l.legend);
    ImGui::MenuItem(c.t(S::layers), nullptr, &l.layers);
    ImGui::EndPopup();
  }
  ImGui::SameLine();
  if (ImGui::Button(c.lang() == io::Lang::zh ? "English" : "中文")) {
    c.state.lang = c.lang() == io::Lang::zh ? io::Lang::en : io::Lang::zh;
  }
  ImGui::SameLine();
  badge(c.state.mode == Mode::director ? c.t(S::mode_director) : c.t(S::mode_trainee),
        c.state.mode == Mode::director ? IM_COL32(70, 80, 100, 255) : IM_COL32(40, 120, 90, 255));
  if (c.state.mode == Mode::director) {
    ImGui::SameLine();
    ImGui::Checkbox(c.t(S::show_truth), &c.state.show_truth);
  }
}

}  // namespace ttx::gui
