#include "sim/score/expected_actions.h"

#include <algorithm>

#include "sim/response/response_model.h"

namespace ttx::score {

std::string_view to_string(ActionStatus s) {
  switch (s) {
    case ActionStatus::in_time: return "in_time";
    case ActionStatus::late: return "late";
    case ActionStatus::missed: return "missed";
    case ActionStatus::not_delivered: return "not_delivered";
  }
  return "?";
}

namespace {

void names(const world::World& w, const world::ExpectedAction& x, ExpectedActionCheck& c) {
  for (const auto& t : w.towns) {
    if (t.id == x.town) c.place_zh = t.name_zh, c.place_en = t.name_en;
  }
  for (const auto& v : w.villages) {
    if (v.id == x.village) c.place_zh = c.place_en = v.name;
  }
  for (const auto& t : w.team_types) {
    if (t.id == x.team_type) c.force_zh = t.name_zh, c.force_en = t.name_en;
  }
  for (const auto& t : w.sector_crews) {
    if (t.id == x.team_type) c.force_zh = t.name_zh, c.force_en = t.name_en;
  }
  for (const auto& p : w.plans) {
    if (p.id == x.plan) c.plan_zh = p.title_zh, c.plan_en = p.title_en;
  }
  if (const auto* item = w.item(x.item)) c.item_zh = item->name_zh, c.item_en = item->name_en;
}

}  // namespace

std::vector<ExpectedActionCheck> check_expected_actions(const response::ResponseModel& model) {
  std::vector<ExpectedActionCheck> out;
  const auto& injects = model.msel();
  const auto& states = model.inject_states();
  for (std::size_t k = 0; k < injects.size() && k < states.size(); ++k) {
    const world::Inject& in = injects[k];
    if (!in.has_expected) continue;
    const response::InjectState& st = states[k];
    ExpectedActionCheck c;
    c.seq = in.seq;
    c.objective = in.objective;
    c.capability = in.capability;
    c.controller = in.controller;
    c.to = in.to;
    c.what = in.expected.text;
    c.message_zh = in.message_zh;
    c.message_en = in.message_en;
    c.expected = in.expected;
    names(model.world(), in.expected, c);
    c.false_report = in.false_report;
    c.conditional = in.conditional;
    c.contingency = in.if_missed > 0;
    c.within_h = in.expected.within_h;
    if (st.delivered_s >= 0) {
      c.delivered_h = static_cast<double>(st.delivered_s) / 3600.0;
      c.deadline_h = c.delivered_h + in.expected.within_h;
      if (st.done_s >= 0) {
        c.done_h = static_cast<double>(st.done_s) / 3600.0;
        c.by = st.done_before ? "before" : std::string(response::to_string(st.done_by));
      }
      const bool done_by_deadline = st.done_s >= 0 && c.done_h <= c.deadline_h + 1e-9;
      if (in.false_report) {
        c.status = done_by_deadline ? ActionStatus::missed : ActionStatus::in_time;
      } else if (done_by_deadline) {
        c.status = ActionStatus::in_time;
      } else if (st.done_s >= 0) {
        c.status = ActionStatus::late;
        c.late_h = c.done_h - c.deadline_h;
      } else {
        // Its deadline not yet come when the run stopped early: not missed yet.
        c.status = model.now_s() < c.deadline_h * 3600 - 1e-6 ? ActionStatus::not_delivered : ActionStatus::missed;
      }
    }
    out.push_back(std::move(c));
  }
  return out;
}

// P: all in time. S: none missed, each late one within one more deadline window.
// M: none missed but one later than that, or some missed while at least half were
// taken. U: more than half missed.
std::vector<ObjectiveRating> rate_objectives(const std::vector<ExpectedActionCheck>& checks) {
  std::vector<ObjectiveRating> out;
  for (const auto& c : checks) {
    auto it = std::find_if(out.begin(), out.end(), [&](const auto& o) { return o.objective == c.objective; });
    if (it == out.end()) it = out.insert(out.end(), ObjectiveRating{c.objective});
    ObjectiveRating& o = *it;
    switch (c.status) {
      case ActionStatus::in_time: ++o.in_time; break;
      case ActionStatus::late: ++o.late; break;
      case ActionStatus::missed: ++o.missed; break;
      case ActionStatus::not_delivered: ++o.not_delivered; continue;
    }
    ++o.expected;
    if (c.status == ActionStatus::late && c.late_h > o.worst_late_h) o.worst_late_h = c.late_h;
  }
  for (auto& o : out) {
    o.rated = o.expected > 0;
    if (!o.rated) continue;
    bool far_late = false;
    for (const auto& c : checks) {
      far_late = far_late || (c.objective == o.objective && c.status == ActionStatus::late && c.late_h > c.within_h + 1e-9);
    }
    if (o.missed * 2 > o.expected) {
      o.rating = Rating::U;
    } else if (o.missed > 0 || far_late) {
      o.rating = Rating::M;
    } else if (o.late > 0) {
      o.rating = Rating::S;
    } else {
      o.rating = Rating::P;
    }
  }
  return out;
}

}  // namespace ttx::score
