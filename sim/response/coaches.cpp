// The coaches that move people: the vehicles of vehicles.yaml with seats
// (capacity_persons), each one counted. They fetch the evacuees who cannot leave on
// their own (doctrine.yaml evacuation_coach_share) from their village to the town's
// centre, and take people to shelters of other towns (异地安置). A move is split into
// coach loads; each load takes the coach that can be at the pick-up soonest (called
// from its depot after its mobilise_h the first time, else from where it last set
// people down). Evacuees have left home when their coach picks them up; people for
// another town's shelter are there when it arrives (their places are held meanwhile).
#include <algorithm>
#include <cmath>

#include "sim/response/response_model.h"

namespace ttx::response {

using core::SimTime;

namespace {

std::int64_t seconds_of(double h) { return static_cast<std::int64_t>(std::ceil(h * 3600.0)); }

}  // namespace

void ResponseModel::init_coaches() {
  for (const auto& v : w_.transport.vehicles) {
    if (!(v.capacity_persons > 0)) continue;
    const std::int64_t depot = roads_.find(v.base_depot);
    for (int k = 0; k < v.count; ++k) {
      Coach c;
      c.seats = v.capacity_persons;
      c.mobilise_s = seconds_of(v.mobilise_h);
      c.node = static_cast<std::uint32_t>(std::max<std::int64_t>(0, depot >= 0 ? depot : depot_node_));
      coaches_.push_back(c);
    }
  }
}

ResponseModel::CoachRun ResponseModel::run_coaches(std::uint32_t pickup, std::uint32_t drop, double people, CoachLoad load) {
  CoachRun run;
  const double ride_h = travel_.hours(pickup, drop);
  if (coaches_.empty() || !std::isfinite(ride_h)) return run;
  for (double left = people; left > 1e-9;) {
    std::size_t best = coaches_.size();
    std::int64_t best_s = 0, best_free_s = 0;
    for (std::size_t k = 0; k < coaches_.size(); ++k) {
      const Coach& c = coaches_[k];
      const std::int64_t free_s = c.free_s < 0 ? now_s() + c.mobilise_s : std::max(now_s(), c.free_s);
      const double to_pickup = travel_.hours(c.node, pickup);
      if (!std::isfinite(to_pickup)) continue;
      const std::int64_t at_s = free_s + seconds_of(to_pickup);
      if (best == coaches_.size() || at_s < best_s) best = k, best_s = at_s, best_free_s = free_s;
    }
    if (best == coaches_.size()) break;
    Coach& c = coaches_[best];
    load.people = std::min(left, c.seats);
    const std::int64_t arrive_s = best_s + seconds_of(ride_h);
    outcomes_.coach_hours += static_cast<double>(arrive_s - best_free_s) / 3600.0;  // to the pick-up and the ride
    outcomes_.coach_trips += 1;
    c.free_s = arrive_s;
    c.node = drop;
    coach_loads_.push_back(load);
    // Evacuees count as gone when picked up; others when set down.
    sim_.schedule_at(SimTime::at_seconds(load.village >= 0 ? best_s : arrive_s), CoachStop{coach_loads_.size() - 1});
    left -= load.people;
    run.people += load.people;
    ++run.trips;
    run.last_s = std::max(run.last_s, arrive_s);
  }
  return run;
}

ResponseModel::CoachRun ResponseModel::bus_people(std::uint32_t from, std::uint32_t to, double people) {
  const std::int64_t a = roads_.find(w_.towns[from].id), b = roads_.find(w_.towns[to].id);
  if (a < 0 || b < 0) return {};
  return run_coaches(static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(b), people, {from, to, -1, 0});
}

double ResponseModel::fetch_evacuees(std::uint32_t village, double people) {
  const world::Village& v = w_.villages[village];
  const std::int64_t a = roads_.find(v.id), b = roads_.find(w_.towns[v.town].id);
  if (a < 0 || b < 0) return 0;
  return run_coaches(static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(b), people, {v.town, v.town, village, 0}).people;
}

void ResponseModel::handle(const CoachStop& e) {
  const CoachLoad& load = coach_loads_[e.load];
  if (load.village >= 0) {
    const auto v = static_cast<std::size_t>(load.village);
    if (water_came_[v]) {  // too late: they were caught at home with the others
      outcomes_.coach_too_late += load.people;
      return;
    }
    outcomes_.by_coach += load.people;
    evacuation_progress(tasks_[static_cast<std::size_t>(evacuation_task_[v])], load.people);
    return;
  }
  outcomes_.by_coach += load.people;
  TownState& t = towns_[load.from];
  t.on_coaches -= load.people;
  t.sheltered_elsewhere += load.people;
}

}  // namespace ttx::response
