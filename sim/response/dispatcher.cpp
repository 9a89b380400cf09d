// The doctrine dispatcher: the plan played by the book. Known open tasks are
// taken in order of priority (life-saving first, earliest known first, as
// survival falls with time); each gets the free unit with the skill that arrives
// soonest, as long as it can still work min_work_in_shift_h before its shift
// ends; more units join while the work left would take more than
// backlog_for_more_units_h (at a rescue, no more units than people trapped). A life-saving task nobody is on may take a unit off
// protection, restoration or drainage work; work that is not about people waits
// for the next look when no free unit can reach its oldest site in time. Units
// left idle hand back the boats and pumps they drew. It acts only through
// commands, as a trainee would.
#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <utility>
#include <vector>

#include "sim/response/response_model.h"

namespace ttx::response {

void ResponseModel::dispatch() {
  if (!options_.doctrine) return;
  const world::Doctrine& d = w_.doctrine;
  const std::int64_t now = now_s();
  auto free = [&](const Unit& u) { return u.state == UnitState::idle && !u.unavailable; };
  auto preemptible = [&](const Unit& u) {
    return u.state == UnitState::working && !u.unavailable && tasks_[static_cast<std::size_t>(u.task)].cls > TaskClass::casualty_care;
  };
  // Free (and, for life-saving, preemptible) units per skill: tasks no unit could take are skipped at once.
  // Units that need gear count only while the warehouse can equip at least one crew.
  std::vector<bool> gear_in_stock(w_.skills.size(), false);
  for (std::size_t s = 0; s < w_.skills.size(); ++s) {
    for (const std::uint32_t item : gear_items_[s]) {
      gear_in_stock[s] = gear_in_stock[s] || (equipment_released_ && logistics_.in_stock(item) >= w_.skills[s].items_per_crew);
    }
  }
  auto shift_left_h = [&](const Unit& u) {
    if (u.relays > 1) return 1e9;  // the next relay takes over on site
    return static_cast<double>(u.duty_start_s < 0 ? u.shift_s : u.duty_start_s + u.shift_s - now) / 3600.0;
  };
  // Could the unit work this skill at all now: gear, and time left in its shift even on the spot?
  auto able = [&](const Unit& u, const UnitSkill& s) {
    const bool gear = s.own_gear || gear_items_[s.skill].empty() || gear_in_stock[s.skill] ||
                      (u.gear_item >= 0 && u.gear_quantity > 0 &&
                       std::find(gear_items_[s.skill].begin(), gear_items_[s.skill].end(), u.gear_item) !=
                           gear_items_[s.skill].end());
    return gear && w_.skills[s.skill].setup_min / 60.0 + d.min_work_in_shift_h <= shift_left_h(u);
  };
  std::vector<int> free_with(w_.skills.size(), 0), preemptible_with(w_.skills.size(), 0);
  int any = 0;
  for (const auto& u : units_) {
    const bool f = free(u), p = preemptible(u);
    if (!f && !p) continue;
    for (const auto& s : u.skills) {
      if (!able(u, s)) continue;
      free_with[s.skill] += f;
      preemptible_with[s.skill] += p;
      ++any;
    }
  }
  call_out_duty_units(free_with);
  if (any == 0) return hand_back_idle_gear();

  std::vector<std::pair<double, std::uint32_t>> candidates;  // (hours to the site, unit)
  // Unit-skills still to give out: when none is left, no later task can get a unit.
  int left = any;
  // By index: assigning schedules the unit's trip and never adds or ends a task now
  // (checked under TTX_VALIDATE), so the list stands still while it is walked.
  [[maybe_unused]] const std::uint64_t listed = open_known_.changes();
  for (std::size_t k = 0; k < open_known_.size(); ++k) {
    if (left <= 0) break;
    const auto [cls, known, t, skill] = open_known_[k];
    const bool life = static_cast<TaskClass>(cls) == TaskClass::life_saving;
    // A skill nobody is free for (nor, at a life-saving task, preemptible): the task is not read.
    if (free_with[skill] == 0 && !(life && preemptible_with[skill] > 0)) continue;
    Task& task = tasks_[t];
    // Rescue: one unit per person still trapped at most (each lies under a collapse of their own);
    // more units there would stand idle while other villages wait.
    auto room = [&] { return !life || task.units < static_cast<int>(std::ceil(task.remaining - 1e-9)); };
    auto wants_more = [&] {
      if (!room()) return false;
      return task.units == 0 || (task.planned_rate > 0 && task.remaining / task.planned_rate > d.backlog_for_more_units_h);
    };
    // Preempting is only for a life-saving task nobody is on yet.
    auto may_take = [&](const Unit& u) { return free(u) || (life && task.units == 0 && preemptible(u)); };
    if (!wants_more() || (free_with[task.skill] == 0 && !(life && task.units == 0 && preemptible_with[task.skill] > 0))) {
      continue;
    }
    // Every unit that could go, soonest first; routes are worked out once per task.
    candidates.clear();
    for (const std::uint32_t u : units_with_skill_[task.skill]) {
      const Unit& unit = units_[u];
      if (!may_take(unit) || !able(unit, *unit.skill(task.skill))) continue;
      const auto trip = this->trip(u, t);
      if (!trip || trip->hours + w_.skills[task.skill].setup_min / 60.0 + d.min_work_in_shift_h > shift_left_h(unit)) continue;
      candidates.emplace_back(trip->hours, u);
    }
    if (candidates.empty() && static_cast<TaskClass>(cls) >= TaskClass::protection) {
      // Work that is not about people waits for the next look: a free unit that cannot
      // reach the oldest such site within its shift is left for a fresh one.
      left -= free_with[task.skill] + preemptible_with[task.skill];
      free_with[task.skill] = preemptible_with[task.skill] = 0;
      continue;
    }
    std::sort(candidates.begin(), candidates.end());
    for (const auto& [hours, u] : candidates) {
      if (!wants_more()) break;
      const Unit& unit = units_[u];
      if (!may_take(unit) || !this->trip(u, t)) continue;  // gear may have gone to the unit before
      const bool was_free = free(unit);
      for (const auto& s : unit.skills) {
        if (!able(unit, s)) continue;
        (was_free ? free_with : preemptible_with)[s.skill] -= 1;
        --left;
      }
      apply(Actor::doctrine, Assign{unit.id, task.id});
#ifdef TTX_VALIDATE
      if (open_known_.changes() != listed) throw std::logic_error("dispatch: the open tasks changed while they were walked");
#endif
    }
  }
  hand_back_idle_gear();
}

// Everyday duty: a known life-saving or casualty task that no free unit could take
// gets the nearest unit of a duty type (doctrine.yaml duty_team_types) called out,
// unless one with the skill is already assembling.
void ResponseModel::call_out_duty_units(const std::vector<int>& free_with) {
  const auto& duty = w_.doctrine.duty_team_types;
  if (duty.empty()) return;
  // The units that may be called: on standby, in play, of a duty type. Once none is
  // left (most of a long run) there is nothing to look for.
  if (duty_unit_.size() != units_.size()) {
    duty_unit_.assign(units_.size(), 0);
    for (std::size_t u = 0; u < units_.size(); ++u) {
      duty_unit_[u] = std::find(duty.begin(), duty.end(), units_[u].group) != duty.end();
    }
  }
  std::vector<char> callable(units_.size(), 0);
  bool any = false;
  for (std::size_t u = 0; u < units_.size(); ++u) {
    const Unit& unit = units_[u];
    if (unit.state != UnitState::standby || unit.unavailable || !unit.arrived || !duty_unit_[u]) {
      continue;  // outside help is mobilised when it comes
    }
    callable[u] = 1;
    any = true;
  }
  if (!any) return;
  std::vector<int> coming(w_.skills.size(), 0);
  for (const auto& u : units_) {
    if (u.state != UnitState::assembling) continue;
    for (const auto& s : u.skills) ++coming[s.skill];
  }
  Mobilise call;
  for (const OpenTask& o : open_known_) {
    if (static_cast<TaskClass>(o.cls) > TaskClass::casualty_care) break;
    const Task& task = tasks_[o.task];
    if (task.units > 0 || free_with[task.skill] > 0) continue;
    if (coming[task.skill] > 0) {
      --coming[task.skill];
      continue;
    }
    std::int64_t best = -1;
    double best_h = 0;
    for (const std::uint32_t u : units_with_skill_[task.skill]) {
      if (!callable[u]) continue;
      const double h = travel_.hours(units_[u].node, task.node);
      if (std::isfinite(h) && (best < 0 || h < best_h)) best = u, best_h = h;
    }
    if (best < 0) continue;
    callable[static_cast<std::size_t>(best)] = 0;
    call.units.push_back(units_[static_cast<std::size_t>(best)].id);
  }
  if (!call.units.empty()) apply(Actor::doctrine, call);
}

// Units left without work hand back the boats and pumps they drew, for others.
void ResponseModel::hand_back_idle_gear() {
  bool returned = false;
  for (std::uint32_t u = 0; u < units_.size(); ++u) {
    if (units_[u].state != UnitState::idle || units_[u].gear_item < 0) continue;
    return_gear(u);
    returned = true;
  }
  if (returned) request_dispatch();
}

}  // namespace ttx::response
