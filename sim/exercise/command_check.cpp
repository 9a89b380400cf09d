#include "sim/exercise/command_check.h"

#include <algorithm>
#include <cmath>

#include "sim/world/travel_times.h"

namespace ttx::exercise {

namespace {

using response::Refusal;
using response::UnitState;

Refused refused(Refusal r) {
  Refused out;
  out.refusal = r;
  return out;
}

Refused unknown(Refusal r, const std::string& asked) {
  Refused out = refused(r);
  out.asked = asked;
  return out;
}

bool equipment_released(const response::ResponseModel& run) {
  for (const auto& c : run.commands()) {
    if (const auto* r = std::get_if<response::ReleaseStock>(&c.command); r != nullptr && r->equipment) return true;
  }
  return false;
}

// When a busy unit is next free: the end of its trip, assembly or rest.
std::int64_t free_at(const response::Unit& u) {
  switch (u.state) {
    case UnitState::travelling: return u.arrive_s;
    case UnitState::assembling:
    case UnitState::resting: return u.ready_s;
    default: return -1;
  }
}

// The rules of ResponseModel::trip: the skill, the gear (drawn from the
// warehouse once equipment is released), and a road — as the network stands or,
// failing that, as it was (on foot or by boat).
std::optional<Refused> trip_problem(const response::ResponseModel& run, const response::Unit& unit,
                                    const response::Task& task) {
  Refused r = refused(Refusal::no_trip);
  r.town = task.town;
  const response::UnitSkill* s = unit.skill(task.skill);
  if (s == nullptr) {
    r.trip = Refused::TripProblem::no_skill;
    return r;
  }
  const world::World& w = run.world();
  const world::Skill& skill = w.skills[task.skill];
  bool needs_depot = false;
  if (!s->own_gear && !skill.requires_item.empty() && skill.items_per_crew > 0) {
    std::vector<std::string> ids{skill.requires_item};
    ids.insert(ids.end(), skill.alternative_items.begin(), skill.alternative_items.end());
    std::vector<std::uint32_t> items;
    for (const auto& id : ids) {
      if (const auto item = run.logistics().item_index(id)) items.push_back(*item);
    }
    if (!items.empty()) {
      if (!equipment_released(run)) {
        r.trip = Refused::TripProblem::equipment_not_released;
        return r;
      }
      std::int64_t chosen = -1;
      for (const std::uint32_t item : items) {
        const std::int64_t held = unit.gear_item == static_cast<std::int64_t>(item) ? unit.gear_quantity : 0;
        if (static_cast<double>(run.logistics().in_stock(item) + held) / skill.items_per_crew >= 1) {
          chosen = item;
          break;
        }
      }
      if (chosen < 0) {
        r.trip = Refused::TripProblem::no_gear;
        r.item = items.front();
        return r;
      }
      needs_depot = unit.gear_item != chosen;
    }
  }
  // A road as it was always serves where the present one is cut, so reachability is
  // that of the network before the hazard.
  const world::RoadNetwork& dry = w.roads;
  const std::uint32_t goal = task.node;
  std::uint32_t from = unit.node;
  if (needs_depot) {
    const world::Depot* depot = w.warehouse();
    const std::int64_t node = depot == nullptr ? -1 : dry.find(depot->id);
    if (node < 0) {
      r.trip = Refused::TripProblem::no_road;
      return r;
    }
    if (!std::isfinite(world::road_distances_km(dry, from)[node])) {
      r.trip = Refused::TripProblem::no_road;
      return r;
    }
    from = static_cast<std::uint32_t>(node);
  }
  if (!std::isfinite(world::road_distances_km(dry, from)[goal])) {
    r.trip = Refused::TripProblem::no_road;
    return r;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Refused> why_not(const response::ResponseModel& run, const response::Command& command) {
  // The model's verdict decides, so the two never disagree; what is added here is
  // what a user needs to act on it: when a busy unit is free, what stops the trip.
  const response::Verdict v = run.check(command);
  if (v.refusal == Refusal::none) return std::nullopt;
  Refused r = unknown(v.refusal, v.asked);
  r.id = v.id;
  r.unit_state = v.unit_state;
  if (v.refusal == Refusal::unit_busy && v.id >= 0) r.until_s = free_at(run.units()[static_cast<std::size_t>(v.id)]);
  if (const auto* a = std::get_if<response::Assign>(&command); a != nullptr && v.refusal == Refusal::no_trip) {
    const auto ui = run.unit_index(a->unit);
    const auto ti = run.task_index(a->task);
    if (ui && ti) {
      if (auto trip = trip_problem(run, run.units()[*ui], run.tasks()[*ti])) {
        r.trip = trip->trip;
        r.town = trip->town;
        r.item = trip->item;
      }
    }
  }
  return r;
}

}  // namespace ttx::exercise
