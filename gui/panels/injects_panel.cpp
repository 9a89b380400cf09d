// Injects: the lines of the MSEL that have reached their players, scripted or sent
// live by the director (who also sees those still to come, the action each expects
// and whether it was taken in time), and the director's form to write one.
#include <algorithm>
#include <cmath>
#include <vector>

#include <fmt/format.h>
#include <imgui.h>

#include "gui/i18n/names.h"
#include "gui/panels/panels.h"
#include "sim/io/msel_text.h"
#include "sim/score/expected_actions.h"

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
  // The model's MSEL: the scripted lines and the live ones the director sent, each with
  // when it was delivered (conditional and contingency ones have no fixed time) and,
  // for the director, whether the action it expects was taken in time.
  const auto& msel = c.run.msel();
  const auto& states = c.run.inject_states();
  const auto checks = director ? score::check_expected_actions(c.run) : std::vector<score::ExpectedActionCheck>{};
  std::vector<std::size_t> order(msel.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
  const auto shown_at = [&](std::size_t k) { return states[k].delivered_s >= 0 ? states[k].delivered_s : msel[k].at_s; };
  // Delivered first, the newest on top; then those to come, the soonest first.
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const bool da = states[a].delivered_s >= 0, db = states[b].delivered_s >= 0;
    if (da != db) return da;
    return da ? shown_at(a) > shown_at(b) : shown_at(a) < shown_at(b);
  });
  for (const std::size_t k : order) {
    const world::Inject& in = msel[k];
    const response::InjectState& st = states[k];
    const bool delivered = st.delivered_s >= 0;
    if (!delivered && !director) continue;
    const bool live = in.delivery == "live";
    ImGui::PushID(static_cast<int>(k));
    std::string when = clock_text(shown_at(k));
    if (!delivered && in.if_missed != 0) {
      when = fmt::format("{}{}", c.t(S::inj_if_missed), in.if_missed);
    } else if (!delivered && in.conditional) {
      when = fmt::format("≥ {} {}", when, c.t(S::inj_when_condition));
    }
    ImGui::TextColored(live ? kLive : delivered ? kArrived : kToCome, "%s  #%d%s%s %s %s", when.c_str(), in.seq,
                       live ? "  " : "", live ? fmt::format("[{}]", c.t(S::li_live)).c_str() : "", c.t(S::col_to),
                       recipient_text(c, in.to).c_str());
    ImGui::TextWrapped("%s", pick(in.message_zh.empty() ? in.message : in.message_zh, in.message_en, c.lang()).c_str());
    if (director && in.has_expected) {
      const auto check = std::find_if(checks.begin(), checks.end(), [&](const score::ExpectedActionCheck& x) { return x.seq == in.seq; });
      if (check != checks.end()) {
        std::string status;
        if (check->done_h >= 0) {
          status = fmt::format("{} {} · {}", c.t(S::inj_done_at), clock_text(std::llround(check->done_h * 3600)),
                               io::action_status_text(*check, c.lang()));
        } else if (delivered && check->deadline_h * 3600 >= static_cast<double>(c.run.now_s())) {
          status = fmt::format("{} {}", c.t(S::inj_due_by), clock_text(std::llround(check->deadline_h * 3600)));
        } else if (delivered) {
          status = io::action_status_text(*check, c.lang());
        }
        ImGui::TextDisabled("%s: %s%s%s", c.t(S::col_expected), io::expected_action_sentence(*check, c.lang()).c_str(),
                            status.empty() ? "" : " — ", status.c_str());
      }
    }
    ImGui::Separator();
    ImGui::PopID();
  }
}

}  // namespace ttx::gui
