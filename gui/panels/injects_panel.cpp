// Injects: the scripted messages that have reached their players (the director
// also sees those still to come and what the plan expects in response), the live
// injects the director has sent, and the director's form to write one.
#include <imgui.h>

#include "gui/i18n/names.h"
#include "gui/panels/panels.h"

namespace ttx::gui {

namespace {

const ImVec4 kArrived(1, 0.85f, 0.5f, 1), kToCome(0.55f, 0.6f, 0.65f, 1), kLive(0.55f, 0.85f, 1, 1);

// "town:changle" as people read it.
std::string recipient_text(const FrameContext& c, const std::string& to) {
  if (to == "duty_officer") return c.t(S::li_duty_office);
  if (to.rfind("town:", 0) == 0) {
    if (const auto t = c.run.world().town_index(to.substr(5))) return town_name(c.run.world(), static_cast<std::int64_t>(*t), c.lang());
  }
  return to;
}

}  // namespace

void draw_injects_panel(const FrameContext& c) {
  Panel p(PanelId::injects, c);
  if (!p) return;
  const bool director = c.state.mode == Mode::director;
  if (director) {
    ImGui::SetNextItemOpen(c.state.inject_form.open);
    c.state.inject_form.open = ImGui::CollapsingHeader(c.t(S::li_title));
    if (c.state.inject_form.open) {
      draw_live_inject_form(c);
      ImGui::Separator();
    }
  }
  const auto& live = c.session.inject_log();
  for (std::size_t k = live.size(); k-- > 0;) {  // the newest first: what the director just sent
    const auto& sent = live[k];
    ImGui::PushID(static_cast<int>(k) + 100000);
    ImGui::TextColored(kLive, "%s  [%s] %s %s", clock_text(sent.at_s).c_str(), c.t(S::li_live), c.t(S::col_to),
                       recipient_text(c, sent.inject.to).c_str());
    ImGui::TextWrapped("%s", pick(sent.inject.message_zh, sent.inject.message_en, c.lang()).c_str());
    ImGui::Separator();
    ImGui::PopID();
  }
  for (std::size_t k = 0; k < c.run.scenario().injects.size(); ++k) {
    const auto& in = c.run.scenario().injects[k];
    const bool arrived = in.at_s <= c.run.now_s();
    if (!arrived && !director) continue;
    ImGui::PushID(static_cast<int>(k));
    ImGui::TextColored(arrived ? kArrived : kToCome, "%s  %s %s", clock_text(in.at_s).c_str(), c.t(S::col_to),
                       recipient_text(c, in.to).c_str());
    ImGui::TextWrapped("%s", in.message.c_str());
    if (director && !in.expected_action.empty()) ImGui::TextDisabled("%s: %s", c.t(S::col_expected), in.expected_action.c_str());
    ImGui::Separator();
    ImGui::PopID();
  }
}

}  // namespace ttx::gui
