// Reports received (信息接报): one slip per report reaching the duty office — type,
// time, place, count, source, first report or follow-up (续报). For a trainee it is
// an inbox: acknowledge, verify and pass each slip upward (值班值守).
#include <fmt/format.h>
#include <imgui.h>

#include "gui/i18n/names.h"
#include "gui/panels/panels.h"
#include "sim/exercise/report_slips.h"

namespace ttx::gui {

namespace {

std::string slip_place(const FrameContext& c, const exercise::ReportSlip& s) {
  std::string where = town_name(c.run.world(), s.town, c.lang());
  if (s.village >= 0) where += " " + c.run.world().villages[static_cast<std::size_t>(s.village)].name;
  return where;
}

void slip_actions(const FrameContext& c, std::size_t arrival) {
  SlipState& st = c.state.slips[arrival];
  ImGui::BeginDisabled(st.acknowledged);
  if (ImGui::SmallButton(st.acknowledged ? c.t(S::acknowledged) : c.t(S::acknowledge))) st.acknowledged = true;
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(!st.acknowledged || st.verified);
  if (ImGui::SmallButton(st.verified ? c.t(S::verified) : c.t(S::verify))) st.verified = true;
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(!st.verified || st.passed_up);
  if (ImGui::SmallButton(st.passed_up ? c.t(S::passed_up) : c.t(S::pass_up))) {
    st.passed_up = true;
    c.propose(response::SendReport{"city"});  // passing it up is the district's report to the city
  }
  ImGui::EndDisabled();
}

}  // namespace

void draw_reports_panel(const FrameContext& c, const PanelPlace& place) {
  Panel p(S::p_reports, &c.state.show.reports, c, place);
  if (!p) return;
  const auto slips = exercise::received_reports(c.run);
  const bool inbox = c.state.mode == Mode::trainee;
  int unread = 0;
  for (const auto& s : slips) unread += c.state.slips[s.arrival].acknowledged ? 0 : 1;
  ImGui::Text("%zu", slips.size());
  if (inbox) {
    ImGui::SameLine();
    ImGui::TextColored(ImVec4(1, 0.75f, 0.3f, 1), "%s %d", c.t(S::unread), unread);
    ImGui::TextDisabled("%s", c.t(S::inbox_hint));
  }
  ImGui::BeginChild("slips");
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(slips.size()));
  while (clipper.Step()) {
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
      const auto& s = slips[slips.size() - 1 - static_cast<std::size_t>(r)];  // newest first
      ImGui::PushID(static_cast<int>(s.arrival));
      const bool fresh = !c.state.slips[s.arrival].acknowledged;
      ImGui::TextColored(fresh && inbox ? ImVec4(1, 0.85f, 0.45f, 1) : ImVec4(0.8f, 0.85f, 0.9f, 1), "%s  %s  %s",
                         clock_text(s.at_s).c_str(), impact_kind_name(s.kind, c.lang()),
                         s.follow_up ? c.t(S::follow_up) : c.t(S::first_report));
      ImGui::SameLine();
      ImGui::TextUnformatted(slip_place(c, s).c_str());
      ImGui::TextDisabled("   %s %.0f · %s %s", c.t(S::col_count), s.amount, c.t(S::col_source), c.t(S::source_chain));
      if (inbox) {
        ImGui::SameLine();
        slip_actions(c, s.arrival);
      }
      ImGui::PopID();
    }
  }
  ImGui::EndChild();
}

}  // namespace ttx::gui
