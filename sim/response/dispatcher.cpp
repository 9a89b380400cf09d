// The doctrine dispatcher: the plan played by the book. Known open tasks are
// taken in order of priority (life-saving first, earliest known first, as
// survival falls with time); each gets the free unit with the skill that arrives
// soonest, as long as it can still work min_work_in_shift_h before its shift
// ends; more units join while the work left would take more than
// backlog_for_more_units_h. A life-saving task nobody is on may take a unit off
// protection, restoration or drainage work. It acts only through commands.
#include <cmath>
#include <limits>

#include "sim/response/response_model.h"

namespace ttx::response {

void ResponseModel::dispatch() {
  if (!options_.doctrine) return;
  const world::Doctrine& d = w_.doctrine;
  const std::int64_t now = now_s();
  auto free = [&](const Unit& u) { return u.state == UnitState::idle; };
  auto preemptible = [&](const Unit& u) {
    return u.state == UnitState::working && tasks_[static_cast<std::size_t>(u.task)].cls > TaskClass::casualty_care;
  };
  // Free (and, for life-saving, preemptible) units per skill: tasks no unit could take are skipped at once.
  std::vector<int> free_with(w_.skills.size(), 0), preemptible_with(w_.skills.size(), 0);
  int any = 0;
  for (const auto& u : units_) {
    const bool f = free(u), p = preemptible(u);
    for (const auto& s : u.skills) {
      free_with[s.skill] += f;
      preemptible_with[s.skill] += p;
    }
    any += f || p;
  }
  if (any == 0) return;

  for (const auto& [cls, known, t] : open_known_) {
    Task& task = tasks_[t];
    const bool life = static_cast<TaskClass>(cls) == TaskClass::life_saving;
    while (task.units == 0 || (task.planned_rate > 0 && task.remaining / task.planned_rate > d.backlog_for_more_units_h)) {
      const bool may_preempt = life && task.units == 0;
      if (free_with[task.skill] == 0 && !(may_preempt && preemptible_with[task.skill] > 0)) break;
      std::int64_t best = -1;
      Trip best_trip;
      best_trip.hours = std::numeric_limits<double>::infinity();
      for (const std::uint32_t u : units_with_skill_[task.skill]) {
        const Unit& unit = units_[u];
        if (!free(unit) && !(may_preempt && preemptible(unit))) continue;
        const auto trip = this->trip(u, t);
        if (!trip || trip->hours >= best_trip.hours) continue;
        const std::int64_t shift_left_s = unit.duty_start_s < 0 ? unit.shift_s : unit.duty_start_s + unit.shift_s - now;
        const double shift_left_h = static_cast<double>(shift_left_s) / 3600.0;
        if (trip->hours + w_.skills[task.skill].setup_min / 60.0 + d.min_work_in_shift_h > shift_left_h) continue;
        best = u;
        best_trip = *trip;
      }
      if (best < 0) break;
      const Unit& chosen = units_[static_cast<std::size_t>(best)];
      const bool was_free = free(chosen);
      for (const auto& s : chosen.skills) (was_free ? free_with : preemptible_with)[s.skill] -= 1;
      apply(Actor::doctrine, Assign{static_cast<std::uint32_t>(best), t});
    }
  }
}

}  // namespace ttx::response
