// Evacuation ahead of the water (转移避险). The flood plan orders the villages its
// inundation map puts under the plan's depth moved out; village cadres, militia,
// town and flood teams do it at the evacuation skill's rate. Evacuees join the
// displaced (relatives or shelters). The hazard counts everyone at home; when the
// water reaches a village, only those still there are trapped or killed, and its
// evacuation ends: those left need boats. A scenario's refuse_to_leave_share
// never leave.
#include <algorithm>
#include <utility>
#include <variant>

#include "sim/response/response_model.h"

namespace ttx::response {

namespace {

double refusal_share(const world::Scenario& s) {
  const auto* flood = std::get_if<world::FloodParams>(&s.hazard);
  return flood ? flood->refuse_to_leave_share : 0.0;
}

}  // namespace

void ResponseModel::order_evacuation(std::uint32_t village) {
  const world::Village& v = w_.villages[village];
  Task t;
  t.skill = static_cast<std::uint32_t>(skill_ids_.evacuation);
  t.cls = TaskClass::life_saving;
  t.village = village;
  t.town = v.town;
  const std::int64_t node = roads_.find(v.id);
  t.node = static_cast<std::uint32_t>(node < 0 ? roads_.find(w_.towns[v.town].id) : node);
  t.impact = truth_.impacts.size();  // made by an order, not by an impact
  t.created_s = t.last_s = t.known_s = now_s();
  const double leaving = std::max(0.0, v.population * (1.0 - refusal_share(scenario_)) - evacuated_[village]);
  // Those who cannot leave on their own wait for a coach; the cadres and teams see to the rest.
  const double for_coaches = coaches_.empty() ? 0.0 : std::floor(leaving * w_.doctrine.evacuation_coach_share);
  t.total = t.remaining = leaving - for_coaches;
  const std::uint32_t id = add_task(std::move(t));
  evacuation_task_[village] = id;
  ++towns_[v.town].evacuations_open;
  tasks_[id].total += for_coaches - fetch_evacuees(village, for_coaches);  // no coach can get there: on foot with the rest
  tasks_[id].remaining = tasks_[id].total;
  const Task& added = tasks_[id];
  if (!(added.total > 0)) return task_finished(id);
  open_known_.insert({static_cast<std::uint8_t>(added.cls), added.known_s, id, added.skill});
  request_dispatch();
}

void ResponseModel::evacuation_progress(const Task& task, double people) {
  const auto v = static_cast<std::size_t>(task.village);
  evacuated_[v] += people;
  evacuee_credit_[v] += people;
  outcomes_.evacuated += people;
  TownState& town = towns_[task.town];
  town.evacuated += people;
  displace(task.town, people);
  town.known_displaced += people;  // the district organised it: no report needed
  if (relief_released_) plan_round(task.town);
}

void ResponseModel::evacuation_closed(const Task& task) {
  TownState& town = towns_[task.town];
  if (--town.evacuations_open > 0) return;
  note(LogKind::evacuation_done, task.town).people = town.evacuated;
}

double ResponseModel::share_at_home(const hazard::Impact& i) {
  using hazard::ImpactKind;
  const bool caught = (i.kind == ImpactKind::trapped && i.detail == 2) || (i.kind == ImpactKind::killed && std::holds_alternative<world::FloodParams>(scenario_.hazard));
  if (!caught || i.where >= w_.villages.size()) return 1.0;
  if (!water_came_[i.where]) {
    water_came_[i.where] = true;
    if (const std::int64_t t = evacuation_task_[i.where]; t >= 0 && tasks_[t].open()) {
      progress(tasks_[t]);
      task_finished(static_cast<std::uint32_t>(t));
    }
  }
  const double people = w_.villages[i.where].population;
  return people > 0 ? std::clamp(1.0 - evacuated_[i.where] / people, 0.0, 1.0) : 1.0;
}

double ResponseModel::newly_displaced(std::uint32_t village, double people) {
  const double counted = std::min(people, evacuee_credit_[village]);
  evacuee_credit_[village] -= counted;
  return people - counted;
}

}  // namespace ttx::response
