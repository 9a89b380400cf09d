// The information flow: the hazard's impacts land as truth (people, roads, work to
// do), reports bring them to the duty office, and the plans are checked against
// the known picture they build.
#include <algorithm>
#include <variant>

#include "sim/response/response_model.h"

namespace ttx::response {

using core::SimTime;

namespace {

SimTime at(std::int64_t s) { return SimTime::at_seconds(s); }

// Impacts on people and houses: what the disaster reports (灾情) are about.
bool affects_people(hazard::ImpactKind k) {
  using hazard::ImpactKind;
  return k == ImpactKind::killed || k == ImpactKind::displaced || k == ImpactKind::trapped || k == ImpactKind::injured ||
         k == ImpactKind::houses_damaged;
}

}  // namespace

// --- Truth -----------------------------------------------------------------

void ResponseModel::handle(const ImpactDue& e) {
  using hazard::ImpactKind;
  // Evacuees are not there when the water comes; the hazard's displacement counts them once.
  hazard::Impact i = truth_.impacts[e.impact];
  const double share = share_at_home(i);
  if (i.kind == ImpactKind::displaced && i.where < w_.villages.size() && i.amount > 0) {
    const double fresh = newly_displaced(i.where, i.amount);
    impact_share_[e.impact] = fresh / i.amount;
    i.amount = fresh;
  } else if (share < 1.0) {
    impact_share_[e.impact] = share;
    i.amount *= share;
  }
  if (std::holds_alternative<world::FloodParams>(scenario_.hazard) &&
      ((i.kind == ImpactKind::trapped && i.detail == 2) || i.kind == ImpactKind::killed)) {
    outcomes_.caught_at_home += i.amount;
  }
  if (affects_people(i.kind) && deadlines_.onset_s < 0) deadlines_.onset_s = now_s();
  switch (i.kind) {
    case ImpactKind::road_closed:
    case ImpactKind::road_reopened:
    case ImpactKind::road_slowed:
      if (i.where >= roads_.edges().size()) break;
      if (i.kind != ImpactKind::road_closed && closed_by_inject_[i.where]) break;  // a collapsed bridge stays down
      if (i.kind == ImpactKind::road_slowed) {
        roads_.set_speed_factor(i.where, i.amount);
      } else {
        roads_.set_closed(i.where, i.kind == ImpactKind::road_closed);
        if (i.kind == ImpactKind::road_reopened) roads_.set_speed_factor(i.where, 1.0);
      }
      travel_.invalidate();
      if (i.kind != ImpactKind::road_closed) logistics_.roads_changed();
      break;
    case ImpactKind::displaced:
      if (i.where < w_.villages.size()) displace(w_.villages[i.where].town, i.amount);
      break;
    case ImpactKind::killed: {
      // Deaths among people waiting for a boat leave its queue.
      double left = i.amount;
      if (i.where < boat_tasks_of_village_.size()) {
        for (const std::uint32_t t : boat_tasks_of_village_[i.where]) {
          Task& task = tasks_[t];
          if (!task.open() || left <= 0) continue;
          progress(task);
          const double taken = std::min(left, task.remaining);
          task.remaining -= taken;
          outcomes_.died_waiting += taken;
          left -= taken;
          if (task.remaining <= 1e-9) {
            task.remaining = 0;
            task_finished(t);
          } else {
            reschedule_done(t);
          }
        }
      }
      outcomes_.killed += left;
      break;
    }
    case ImpactKind::trapped: outcomes_.trapped += i.amount; break;
    case ImpactKind::injured:
      if (i.detail >= 2) outcomes_.injured_serious += i.amount;
      break;
    case ImpactKind::levee_work: outcomes_.bags_needed += i.amount; break;
    case ImpactKind::pumping_work: outcomes_.m3_to_pump += i.amount; break;
    case ImpactKind::line_down: outcomes_.spans_down += i.amount; break;
    case ImpactKind::bridge_damaged: outcomes_.bridges_damaged += i.amount; break;
    case ImpactKind::gas_leak: outcomes_.gas_leaks += i.amount; break;
    case ImpactKind::structure_collapse: outcomes_.structures_collapsed += i.amount; break;
    case ImpactKind::houses_damaged: outcomes_.homes_collapsed += i.amount; break;
    default: break;
  }
  freezing_impact(i, e.impact);
  if (!(i.amount > 0)) return;
  // More collapses in a village join the list its check is already working through.
  if (i.kind == ImpactKind::structure_collapse && i.where < collapse_task_.size() && collapse_task_[i.where] >= 0 &&
      tasks_[static_cast<std::size_t>(collapse_task_[i.where])].open()) {
    const auto t = static_cast<std::uint32_t>(collapse_task_[i.where]);
    progress(tasks_[t]);
    tasks_[t].total += i.amount;
    tasks_[t].remaining += i.amount;
    task_of_impact_[e.impact] = t;
    reschedule_done(t);
    return;
  }
  if (auto task = task_for(w_, skill_ids_, i, e.impact)) {
    const std::uint32_t t = add_task(std::move(*task));
    task_of_impact_[e.impact] = t;
    if (i.kind == ImpactKind::structure_collapse && i.where < collapse_task_.size()) collapse_task_[i.where] = t;
    if (tasks_[t].skill == static_cast<std::uint32_t>(skill_ids_.boat_rescue) && tasks_[t].village >= 0) {
      boat_tasks_of_village_[static_cast<std::size_t>(tasks_[t].village)].push_back(t);
    }
    start_community(t);
  }
}

// --- Information -----------------------------------------------------------

void ResponseModel::handle(const ReportDue& e) {
  const Arrival& a = arrivals_[e.arrival];
  if (affects_people(a.reported.kind) && deadlines_.first_report_s < 0) deadlines_.first_report_s = now_s();
  hazard::Impact reported = a.reported;
  reported.amount *= impact_share_[a.impact];
  response::apply(picture_, reported);
  freezing_report(reported);
  const std::int64_t t = task_of_impact_[a.impact];
  if (t >= 0 && tasks_[t].known_s < 0) {
    Task& task = tasks_[t];
    task.known_s = now_s();
    if (task.open()) {
      open_known_.insert({static_cast<std::uint8_t>(task.cls), task.known_s, static_cast<std::uint32_t>(t), task.skill});
      request_dispatch();
    }
  }
  if (reported.kind == hazard::ImpactKind::displaced && reported.where < w_.villages.size()) {
    const std::uint32_t town = w_.villages[reported.where].town;
    towns_[town].known_displaced += reported.amount;
    if (options_.doctrine && shelters_for_affected_) open_shelters(town);
    if (relief_released_) plan_round(town);
  }
  update_plans();
}

void ResponseModel::handle(const PlanCheck&) {
  plan_check_s_ = -1;
  update_plans();
}

void ResponseModel::update_plans() {
  plans_.update(now_s(), picture_);
  const auto& changes = plans_.changes();
  const std::size_t changes_before = changes_seen_;
  for (; changes_seen_ < changes.size(); ++changes_seen_) {
    const LevelChange& c = changes[changes_seen_];
    LogEntry& e = note(LogKind::level_change);
    e.plan = c.plan;
    e.from = c.from;
    e.to = c.to;
    e.reason = c.reason;
  }
  if (changes_seen_ > changes_before) expectations_met_by_state();
  const auto& actions = plans_.actions();
  for (; actions_seen_ < actions.size(); ++actions_seen_) {
    sim_.schedule_at(at(std::max(actions[actions_seen_].due_s, now_s())), ActionDue{actions_seen_});
  }
  if (const auto next = plans_.next_check(); next && *next != plan_check_s_) {
    plan_check_s_ = *next;
    sim_.schedule_at(at(*next), PlanCheck{});
  }
}


}  // namespace ttx::response
