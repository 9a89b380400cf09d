// Greenhouses, sheds and old houses fallen under the snow and ice (the hazard's
// structure_collapse): each village's collapses are a task of the collapse_search
// skill (tasks.cpp), checked for anyone inside, made safe and cordoned off by the
// town teams, militia and fire teams; the households whose home fell are displaced
// by the hazard and rehoused like any others. The doctrine's dispatcher sends units
// to them; CheckCollapses lets a trainee send a town's own free units at once.
#include <algorithm>

#include "sim/response/response_model.h"

namespace ttx::response {

ResponseModel::CollapsePlan ResponseModel::collapse_checks(std::uint32_t town) const {
  CollapsePlan plan;
  const std::int64_t skill = skill_ids_.collapse_search;
  if (skill < 0) return plan;
  std::vector<std::uint32_t> waiting;
  for (const OpenTask& o : open_known_) {
    if (static_cast<std::int64_t>(o.skill) != skill) continue;
    const Task& task = tasks_[o.task];
    if (task.town == town && task.units == 0) waiting.push_back(o.task);
  }
  plan.waiting = static_cast<int>(waiting.size());
  std::vector<bool> taken(waiting.size(), false);
  for (const std::uint32_t u : units_with_skill_[static_cast<std::size_t>(skill)]) {
    const Unit& unit = units_[u];
    if (unit.home_town != town || unit.state != UnitState::idle || unit.task >= 0) continue;
    // The nearest collapse still without a unit.
    std::size_t best = waiting.size();
    double best_h = 0;
    for (std::size_t k = 0; k < waiting.size(); ++k) {
      if (taken[k]) continue;
      const auto trip = this->trip(u, waiting[k]);
      if (trip && (best == waiting.size() || trip->hours < best_h)) best = k, best_h = trip->hours;
    }
    if (best == waiting.size()) continue;
    taken[best] = true;
    plan.sends.emplace_back(u, waiting[best]);
  }
  return plan;
}

}  // namespace ttx::response
