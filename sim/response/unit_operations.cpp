// Team operations: mobilise (assembly), travel, set up, work at a rate, finish,
// move on, rest when the shift ends — or, for a unit large enough to work in
// relays, hand over to its next relay and go on working (doctrine.yaml
// relay_min_people) — and go back to base when stood down. Work on a task is counted piecewise: its
// progress is brought up to date whenever the units working it change.
#include <algorithm>
#include <cmath>
#include <tuple>

#include "sim/response/response_model.h"
#include "sim/response/survival.h"

namespace ttx::response {

using core::Duration;
using core::SimTime;

namespace {

std::int64_t hours_to_s(double h) { return static_cast<std::int64_t>(std::ceil(h * 3600.0)); }

}  // namespace

void ResponseModel::mobilise(std::uint32_t u) {
  Unit& unit = units_[u];
  if (unit.state != UnitState::standby || unit.unavailable) return;
  unit.state = UnitState::assembling;
  if (unit.mobilised_s < 0) unit.mobilised_s = now_s();
  unit.ready_s = now_s() + unit.assembly_s;
  sim_.schedule_in(Duration::from_seconds(unit.assembly_s), UnitReady{u});
}

// A unit's shift starts when it is first sent out; waiting at base is not work.
void ResponseModel::handle(const UnitReady& e) {
  units_[e.unit].state = UnitState::idle;
  request_dispatch();
}

void ResponseModel::start_shift(std::uint32_t u) {
  Unit& unit = units_[u];
  unit.duty_start_s = now_s();
  unit.shift_event = sim_.schedule_in(Duration::from_seconds(unit.shift_s), ShiftEnds{u});
}

double ResponseModel::unit_rate(const Unit& u, const Task& t, int crews) const {
  const UnitSkill* s = u.skill(t.skill);
  return s == nullptr ? 0.0 : crews * w_.skills[t.skill].output_per_crew_h * s->efficiency;
}

std::optional<ResponseModel::Trip> ResponseModel::trip(std::uint32_t u, std::uint32_t t) const {
  const Unit& unit = units_[u];
  const Task& task = tasks_[t];
  const UnitSkill* s = unit.skill(task.skill);
  if (s == nullptr) return std::nullopt;
  const world::Skill& skill = w_.skills[task.skill];
  Trip trip;
  trip.crews = std::max(1, static_cast<int>(unit.on_duty_people() / std::max(1.0, skill.crew_size)));
  if (!s->own_gear && !gear_items_[task.skill].empty()) {
    // Gear from the warehouse: the unit draws it on the way, once the plan has released equipment.
    if (!equipment_released_) return std::nullopt;
    for (const std::uint32_t item : gear_items_[task.skill]) {
      const std::int64_t held = unit.gear_item == static_cast<std::int64_t>(item) ? unit.gear_quantity : 0;
      const auto crews = static_cast<int>(static_cast<double>(logistics_.in_stock(item) + held) / skill.items_per_crew);
      if (crews <= 0) continue;
      trip.crews = std::min(trip.crews, crews);
      trip.gear_item = item;
      trip.gear_quantity = static_cast<std::int64_t>(std::ceil(trip.crews * skill.items_per_crew));
      break;
    }
    if (trip.gear_item < 0) return std::nullopt;
  }
  // The last leg of a task at the water's edge ends where the water closed the roads;
  // where no road leads at all, the unit goes along the old roads on foot or by boat.
  auto leg = [&](std::uint32_t from, std::uint32_t to) {
    if (task.at_water && to == task.node) return dry_travel_.hours(from, to);
    const double h = travel_.hours(from, to);
    return std::isfinite(h) ? h : dry_travel_.hours(from, to) / w_.doctrine.cut_off_speed_factor;
  };
  double hours = 0;
  if (trip.gear_item >= 0 && unit.gear_item != trip.gear_item) {  // by way of the warehouse
    if (depot_node_ < 0) return std::nullopt;
    const auto depot = static_cast<std::uint32_t>(depot_node_);
    hours = leg(unit.node, depot) + leg(depot, task.node);
  } else {
    hours = leg(unit.node, task.node);
  }
  if (!std::isfinite(hours)) return std::nullopt;
  trip.hours = hours / std::max(0.1, unit.speed_factor);
  return trip;
}

void ResponseModel::send(std::uint32_t u, std::uint32_t t, const Trip& trip) {
  leave_task(u);
  Unit& unit = units_[u];
  if (unit.state == UnitState::returning) sim_.cancel(unit.move_event);
  if (unit.duty_start_s < 0) start_shift(u);
  Task& task = tasks_[t];
  // The same test as trip(): new gear is drawn at the warehouse on the way.
  unit.via_node = trip.gear_item >= 0 && unit.gear_item != trip.gear_item ? depot_node_ : -1;
  if (unit.gear_item != trip.gear_item || unit.gear_quantity != trip.gear_quantity) {
    if (unit.gear_item >= 0) logistics_.give_back(static_cast<std::uint32_t>(unit.gear_item), unit.gear_quantity);
    unit.gear_item = trip.gear_item;
    unit.gear_quantity = trip.gear_item >= 0 ? logistics_.issue(static_cast<std::uint32_t>(trip.gear_item), trip.gear_quantity) : 0;
  }
  unit.task = t;
  unit.rate = unit_rate(unit, task, trip.crews);
  unit.state = UnitState::travelling;
  unit.from_node = unit.node;
  unit.node = task.node;
  unit.depart_s = now_s();
  unit.arrive_s = now_s() + hours_to_s(trip.hours);
  unit.travelled_h += trip.hours;
  ++task.units;
  task.planned_rate += unit.rate;
  unit.move_event = sim_.schedule_in(Duration::from_seconds(unit.arrive_s - unit.depart_s), UnitArrived{u});
}

void ResponseModel::leave_task(std::uint32_t u) {
  Unit& unit = units_[u];
  if (unit.task < 0) return;
  Task& task = tasks_[static_cast<std::size_t>(unit.task)];
  if (unit.state == UnitState::working) {
    progress(task);
    task.rate -= unit.rate;
    unit.worked_h += static_cast<double>(now_s() - unit.work_start_s) / 3600.0;
  }
  if (unit.state == UnitState::travelling || unit.state == UnitState::setting_up) sim_.cancel(unit.move_event);
  --task.units;
  task.planned_rate -= unit.rate;
  if (task.units == 0) task.rate = task.planned_rate = task.community_on ? task.community_rate : 0;  // no drift
  if (task.open()) reschedule_done(static_cast<std::uint32_t>(unit.task));
  unit.task = -1;
  unit.rate = 0;
  unit.state = UnitState::idle;
}

void ResponseModel::stand_down(std::uint32_t u) {
  leave_task(u);
  return_gear(u);
  Unit& unit = units_[u];
  if (unit.node == unit.base_node) return;
  double h = travel_.hours(unit.node, unit.base_node);
  if (!std::isfinite(h)) h = dry_travel_.hours(unit.node, unit.base_node) / w_.doctrine.cut_off_speed_factor;
  if (!std::isfinite(h)) return;  // no way back at all: it waits where it is
  h /= std::max(0.1, unit.speed_factor);
  unit.state = UnitState::returning;
  unit.via_node = -1;
  unit.from_node = unit.node;
  unit.node = unit.base_node;
  unit.depart_s = now_s();
  unit.arrive_s = now_s() + hours_to_s(h);
  unit.travelled_h += h;
  unit.move_event = sim_.schedule_in(Duration::from_seconds(unit.arrive_s - unit.depart_s), BackAtBase{u});
}

void ResponseModel::handle(const BackAtBase& e) {
  const auto u = static_cast<std::uint32_t>(e.unit);
  if (units_[u].rest_due) return start_rest(u);
  units_[u].state = UnitState::idle;
  request_dispatch();
}

// The village's unhurt people, a published share of them helping, in squads at the
// community rate (or their cars taking the injured to hospital); they need no order
// and no report: they are there.
void ResponseModel::start_community(std::uint32_t t) {
  Task& task = tasks_[t];
  if (task.village < 0) return;
  const double residents = w_.villages[static_cast<std::size_t>(task.village)].population;
  const auto skill = static_cast<std::int64_t>(task.skill);
  double start_min = 0;
  if (const world::CommunityRescue& c = w_.community_rescue; c.loaded && skill == skill_ids_.light_rescue) {
    // One squad to a person at most, as for the units: more only get in each other's way.
    const double squads = std::min(std::ceil(task.total),
                                   std::floor(std::max(0.0, residents - task.total) * c.helper_share / c.crew_size));
    task.community_rate = squads * c.persons_per_squad_h;
    start_min = c.start_min;
  } else if (const world::CasualtyTransport& c = w_.casualty_transport; c.loaded && skill == skill_ids_.medical) {
    std::tie(task.hospital, task.to_hospital_h) = nearest_hospital(task);
    if (task.hospital < 0) return;
    // By ambulance, the rate is the ambulances' once they come (ambulances.cpp).
    task.community_rate = by_ambulance(task) ? 0.0 : residents / 1000.0 * c.patients_per_1000_residents_h;
    start_min = c.start_min;
    if (by_ambulance(task)) {
      sim_.schedule_at(SimTime::at_seconds(task.created_s + hours_to_s(start_min / 60.0)), CommunityStarts{t});
      return;
    }
  }
  if (!(task.community_rate > 0)) return;
  sim_.schedule_at(SimTime::at_seconds(task.created_s + hours_to_s(start_min / 60.0)), CommunityStarts{t});
}

std::pair<std::int64_t, double> ResponseModel::nearest_hospital(const Task& task) const {
  std::int64_t best = -1;
  double best_h = 0;
  for (std::size_t k = 0; k < w_.hospitals.size(); ++k) {
    if (!(beds_for(task, k) > 1e-9)) continue;
    const std::int64_t node = hospital_node_[k];
    if (node < 0) continue;
    // From the hospital: its row serves every task, where the task's own would serve one.
    const double h = travel_.hours(static_cast<std::uint32_t>(node), task.node);
    if (std::isfinite(h) && (best < 0 || h < best_h)) best = static_cast<std::int64_t>(k), best_h = h;
  }
  return {best, best_h};
}

void ResponseModel::hospital_full(Task& task) {
  std::tie(task.hospital, task.to_hospital_h) = nearest_hospital(task);
  if (task.hospital >= 0 || !task.community_on) return;
  if (task.ambulances > 0) return release_ambulances(static_cast<std::uint32_t>(&task - tasks_.data()));
  task.community_on = false;
  task.rate = std::max(0.0, task.rate - task.community_rate);
  task.planned_rate = std::max(0.0, task.planned_rate - task.community_rate);
}

void ResponseModel::handle(const CommunityStarts& e) {
  Task& task = tasks_[e.task];
  if (!task.open()) return;
  if (by_ambulance(task)) {  // the 120 call: they wait for an ambulance
    ambulance_queue_.push_back(static_cast<std::uint32_t>(e.task));
    return send_ambulances();
  }
  progress(task);
  task.community_on = true;
  task.rate += task.community_rate;
  task.planned_rate += task.community_rate;
  reschedule_done(static_cast<std::uint32_t>(e.task));
}

void ResponseModel::handle(const UnitArrived& e) {
  const auto u = static_cast<std::uint32_t>(e.unit);
  Unit& unit = units_[u];
  Task& task = tasks_[static_cast<std::size_t>(unit.task)];
  if (unit.rest_due) {
    leave_task(u);
    start_rest(u);
    return;
  }
  if (!task.open()) {
    leave_task(u);
    request_dispatch();
    return;
  }
  TownState& town = towns_[task.town];
  if (town.first_unit_on_site_s < 0) {
    town.first_unit_on_site_s = now_s();
    LogEntry& n = note(LogKind::unit_on_site, task.town);
    n.unit = u;
    n.skill = task.skill;
  }
  unit.state = UnitState::setting_up;
  unit.move_event = sim_.schedule_in(Duration::from_seconds(hours_to_s(w_.skills[task.skill].setup_min / 60.0)), SetupDone{u});
}

void ResponseModel::handle(const SetupDone& e) {
  const auto u = static_cast<std::uint32_t>(e.unit);
  Unit& unit = units_[u];
  Task& task = tasks_[static_cast<std::size_t>(unit.task)];
  if (!task.open()) {
    leave_task(u);
    request_dispatch();
    return;
  }
  progress(task);
  task.rate += unit.rate;
  unit.state = UnitState::working;
  unit.work_start_s = now_s();
  reschedule_done(static_cast<std::uint32_t>(unit.task));
}

void ResponseModel::handle(const ShiftEnds& e) {
  const auto u = static_cast<std::uint32_t>(e.unit);
  Unit& unit = units_[u];
  if (unit.relays > 1) {  // the next relay takes over where the unit is; the one relieved rests
    if (unit.task < 0) {
      unit.duty_start_s = -1;  // a fresh relay starts its shift when next sent out
    } else {
      start_shift(u);
    }
    return;
  }
  if (unit.state == UnitState::travelling || unit.state == UnitState::returning) {  // rests where it arrives
    unit.rest_due = true;
    return;
  }
  leave_task(u);
  start_rest(u);
}

// Equipment drawn from the warehouse goes back (at once: the unit's trip back is
// not modelled) for other units to draw.
void ResponseModel::return_gear(std::uint32_t u) {
  Unit& unit = units_[u];
  if (unit.gear_item < 0) return;
  logistics_.give_back(static_cast<std::uint32_t>(unit.gear_item), unit.gear_quantity);
  unit.gear_item = -1;
  unit.gear_quantity = 0;
}

void ResponseModel::start_rest(std::uint32_t u) {
  return_gear(u);
  Unit& unit = units_[u];
  unit.state = UnitState::resting;
  unit.rest_due = false;
  sim_.cancel(unit.shift_event);
  unit.ready_s = now_s() + unit.rest_s;
  sim_.schedule_in(Duration::from_seconds(unit.rest_s), RestEnds{u});
}

void ResponseModel::handle(const RestEnds& e) {
  units_[e.unit].state = UnitState::idle;
  units_[e.unit].duty_start_s = -1;  // fresh
  request_dispatch();
}

void ResponseModel::handle(const TaskDone& e) {
  Task& task = tasks_[e.task];
  progress(task);
  if (task.remaining > 1e-6) {  // a hospital filled up on the way: the rest wait for the teams
    reschedule_done(static_cast<std::uint32_t>(e.task));
    return;
  }
  task.remaining = 0;
  task_finished(static_cast<std::uint32_t>(e.task));
}

void ResponseModel::task_finished(std::uint32_t t) {
  Task& task = tasks_[t];
  sim_.cancel(task.done_event);
  task.done_s = now_s();
  open_known_.erase({static_cast<std::uint8_t>(task.cls), task.known_s, t, task.skill});
  if (static_cast<std::int64_t>(task.skill) == skill_ids_.evacuation) evacuation_closed(task);
  if (static_cast<std::int64_t>(t) == freezing_.deicing_task) reopen_expressway(true);
  if (task.ambulances > 0) release_ambulances(t);
  for (std::uint32_t u = 0; u < units_.size(); ++u) {
    // Units on the road find the site done when they arrive.
    if (units_[u].task == t && units_[u].state != UnitState::travelling) leave_task(u);
  }
  request_dispatch();
}

void ResponseModel::reschedule_done(std::uint32_t t) {
  Task& task = tasks_[t];
  sim_.cancel(task.done_event);
  task.done_event = {};
  if (!task.open() || !(task.rate > 1e-12)) return;
  const std::int64_t s = std::max<std::int64_t>(1, hours_to_s(task.remaining / task.rate));
  task.done_event = sim_.schedule_in(Duration::from_seconds(s), TaskDone{t});
}

// Work done since the last update, and what it means for people: a person freed
// at time t survived with the golden-72-hours curve at t (mid-interval).
void ResponseModel::progress(Task& task) {
  const std::int64_t now = now_s();
  if (now > task.last_s && task.rate > 0 && task.remaining > 0) {
    const double dt_h = static_cast<double>(now - task.last_s) / 3600.0;
    double done = std::min(task.remaining, task.rate * dt_h);
    const double mid_h = (static_cast<double>(task.last_s + now) / 2.0 - static_cast<double>(task.created_s)) / 3600.0;
    const auto skill = static_cast<std::int64_t>(task.skill);
    if (skill == skill_ids_.light_rescue || skill == skill_ids_.heavy_rescue) {
      const double p = trapped_survival(w_.hazard_models.earthquake, mid_h, task.heavy);
      const double alive = done * p;
      const double by_community = task.community_on ? alive * std::min(1.0, task.community_rate / task.rate) : 0.0;
      outcomes_.rescued_alive += alive;
      outcomes_.rescued_dead += done * (1 - p);
      outcomes_.rescued_by_community += by_community;
      if (mid_h <= 24) outcomes_.rescued_alive_24h += alive;
      towns_[task.town].rescued_by_community += by_community;
      towns_[task.town].rescued_by_teams += alive - by_community;
    } else if (skill == skill_ids_.boat_rescue) {
      outcomes_.rescued_alive += done;
      outcomes_.rescued_alive_24h += mid_h <= 24 ? done : 0.0;
      towns_[task.town].rescued_by_teams += done;
    } else if (skill == skill_ids_.medical) {
      const double window = task.severity >= 3 ? w_.doctrine.treatment_window_h_severity_3
                                               : w_.doctrine.treatment_window_h_severity_2;
      // Taken to hospital by their neighbours (as far as its beds go), or stabilised by a medical team.
      double admitted = 0;
      if (task.community_on && task.hospital >= 0) {
        const auto h = static_cast<std::size_t>(task.hospital);
        admitted = std::min(done * std::min(1.0, task.community_rate / task.rate), beds_for(task, h));
        if (task.ambulances > 0) beds_held_[h] = std::max(0.0, beds_held_[h] - admitted);
        done = done * std::max(0.0, 1.0 - task.community_rate / task.rate) + admitted;
        beds_free_[h] -= admitted;
        outcomes_.to_hospital += admitted;
        if (task.ambulances > 0) outcomes_.by_ambulance += admitted;
        (mid_h + task.to_hospital_h <= window ? outcomes_.treated_in_time : outcomes_.treated_late) += admitted;
      }
      (mid_h <= window ? outcomes_.treated_in_time : outcomes_.treated_late) += done - admitted;
    } else if (skill == skill_ids_.evacuation) {
      evacuation_progress(task, done);
    } else if (skill == skill_ids_.sandbagging) {
      outcomes_.levee_bags += done;
    } else if (skill == skill_ids_.pumping) {
      outcomes_.pumped_m3 += done;
    } else if (skill == skill_ids_.power_line) {
      outcomes_.spans_restored += done;
    } else if (skill == skill_ids_.bridge) {
      outcomes_.bridges_reopened += done;
    } else if (skill == skill_ids_.gas) {
      outcomes_.leaks_made_safe += done;
    } else if (skill == skill_ids_.collapse_search) {
      outcomes_.structures_checked += done;
    }
    task.remaining -= done;
  }
  task.last_s = std::max(task.last_s, now);
  if (task.hospital >= 0 && !(beds_for(task, static_cast<std::size_t>(task.hospital)) > 1e-9)) hospital_full(task);
}

}  // namespace ttx::response
