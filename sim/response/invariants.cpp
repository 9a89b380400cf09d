// The books of a run must balance at every event (checked after each one in
// TTX_VALIDATE builds, and by the tests at chosen moments).
#include <cmath>
#include <stdexcept>
#include <string>

#include "sim/core/sim_time.h"
#include "sim/response/response_model.h"

namespace ttx::response {

namespace {

// The message is built only when the check fails: the checks run after every event.
template <class What>
void expect(bool ok, std::int64_t now_s, What&& what) {
  if (!ok) throw std::logic_error("invariant at " + core::format_clock(core::SimTime::at_seconds(now_s)) + ": " + what());
}

bool close(double a, double b) { return std::abs(a - b) <= 1e-6 * std::max({1.0, std::abs(a), std::abs(b)}); }

}  // namespace

ResponseModel::Waiting ResponseModel::waiting() const {
  Waiting w;
  for (const auto& t : tasks_) {
    const auto skill = static_cast<std::int64_t>(t.skill);
    if (skill == skill_ids_.light_rescue || skill == skill_ids_.heavy_rescue || skill == skill_ids_.boat_rescue) {
      w.trapped += t.remaining;
    } else if (skill == skill_ids_.medical) {
      w.injured += t.remaining;
    }
  }
  return w;
}

std::vector<std::uint32_t> life_saving_sites_at_work(const ResponseModel& m) {
  std::vector<bool> at_work(m.tasks().size(), false);
  for (const auto& u : m.units()) {
    if (u.task >= 0) at_work[u.task] = true;  // on the way, setting up or working
  }
  std::vector<std::uint32_t> out;
  for (std::uint32_t t = 0; t < m.tasks().size(); ++t) {
    const Task& task = m.tasks()[t];
    if (task.cls == TaskClass::life_saving && task.open() && (at_work[t] || task.rate > 0)) out.push_back(t);
  }
  return out;
}

void ResponseModel::check_invariants() const {
  const std::int64_t now = now_s();
  // Items: initial + received = delivered + in transit + issued + in stock, per category.
  logistics_.check_books();

  // People: each trapped or seriously injured person is in exactly one state.
  const Waiting w = waiting();
  const Outcomes& o = outcomes_;
  expect(close(o.trapped, w.trapped + o.rescued_alive + o.rescued_dead + o.died_waiting), now, [&] {
    return "trapped " + std::to_string(o.trapped) + " != waiting + rescued alive + rescued dead + died waiting";
  });
  expect(close(o.injured_serious, w.injured + o.treated_in_time + o.treated_late), now,
         [&] { return "injured " + std::to_string(o.injured_serious) + " != waiting + treated"; });
  // Hospitals: every admission takes one casualty bed, and no more are taken than there are.
  double admitted = 0;
  for (std::size_t k = 0; k < beds_free_.size(); ++k) {
    expect(beds_free_[k] >= -1e-6, now, [&] { return w_.hospitals[k].id + ": more patients than casualty beds"; });
    admitted += w_.hospitals[k].casualty_beds - beds_free_[k];
  }
  expect(close(admitted, o.to_hospital), now, [&] { return "beds taken != patients admitted"; });
  expect(o.to_hospital <= o.treated_in_time + o.treated_late + 1e-6, now, [&] { return "admitted but not treated"; });
  // Trapped people freed alive: by the community or by units, within 24 h or later.
  expect(o.rescued_by_community <= o.rescued_alive + 1e-6 && o.rescued_alive_24h <= o.rescued_alive + 1e-6, now,
         [&] { return "more freed by neighbours or within 24 h than freed alive"; });
  double by_town = 0;
  for (const auto& t : towns_) by_town += t.rescued_by_community + t.rescued_by_teams;
  expect(close(by_town, o.rescued_alive), now, [&] { return "freed alive per town != freed alive"; });
  // Evacuees: never more than a village's people; per town and per village they add up.
  double evacuated = 0, evacuated_by_town = 0;
  for (std::size_t v = 0; v < evacuated_.size(); ++v) {
    expect(evacuated_[v] <= w_.villages[v].population + 1e-6, now, [&] { return w_.villages[v].id + ": more evacuated than live there"; });
    expect(evacuee_credit_[v] <= evacuated_[v] + 1e-6, now, [&] { return w_.villages[v].id + ": evacuee credit beyond evacuees"; });
    evacuated += evacuated_[v];
  }
  double away = 0, hosted = 0;
  for (const auto& t : towns_) evacuated_by_town += t.evacuated, away += t.sheltered_elsewhere + t.on_coaches, hosted += t.hosted;
  expect(close(away, hosted), now, [&] { return "people sheltered in other towns != places hosted"; });
  expect(close(evacuated, o.evacuated) && close(evacuated_by_town, o.evacuated), now, [&] { return "evacuated per village, town and district differ"; });
  for (std::size_t k = 0; k < towns_.size(); ++k) {
    const TownState& t = towns_[k];
    const std::string& id = w_.towns[k].id;
    expect(close(t.displaced, t.with_relatives + t.in_shelter + t.unsheltered + t.sheltered_elsewhere + t.on_coaches), now,
           [&] { return id + ": displaced != with relatives + in shelter + unsheltered + in other towns + on coaches"; });
    expect(t.on_coaches >= -1e-6, now, [&] { return id + ": fewer than nobody on the coaches"; });
    expect(t.in_shelter + t.hosted <= t.shelter_capacity + 1e-6, now, [&] { return id + ": more people in shelter than places"; });
    expect(t.supplied <= t.displaced + 1e-6, now, [&] { return id + ": more people supplied than displaced"; });
    expect(t.on_last_mile >= -1e-6 && t.on_last_mile <= t.handed_over + 1e-6, now,
           [&] { return id + ": relief on the last mile is negative or more than was delivered to the town"; });
    expect(t.evacuated <= t.displaced + 1e-6, now, [&] { return id + ": evacuees not counted among the displaced"; });
  }

  // Freezing rain: power given back never beyond what was cut; a generator only where the grid is not
  // back; every stranded traveller waits for relief, was served, or drove on; outside crews only once come.
  const FreezingState& f = freezing_;
  for (std::size_t k = 0; k < f.spans_restored.size(); ++k) {
    const std::string& id = w_.towns[k].id;
    expect(f.spans_restored[k] <= f.spans_down[k] + 1e-6, now, [&] { return id + ": more spans restored than down"; });
    expect(f.households_restored[k] <= f.users_off[k] + 1e-6 && f.households_restored[k] >= -1e-6, now,
           [&] { return id + ": households back on power beyond those cut off"; });
  }
  for (const auto& s : f.sites) {
    expect(!s.generator || (s.off_s >= 0 && s.restored_s < 0), now, [&] { return "a generator at a site with grid power"; });
  }
  if (!f.relief_tasks.empty()) {
    double stranded = 0;
    for (const auto t : f.relief_tasks) stranded += tasks_[t].total;
    expect(close(stranded, f.stranded), now, [&] { return "stranded travellers != travellers in the service-area relief"; });
  }
  expect(f.released <= f.stranded + 1e-6 && f.released_without_relief <= f.released + 1e-6, now,
         [&] { return "more travellers released (or released without relief) than stranded"; });
  int outside_arrived = 0, outside_come = 0;
  for (const auto& u : units_) {
    outside_arrived += u.outside && u.arrived && u.kind == UnitKind::sector_crew;
    expect(u.arrived || u.state == UnitState::standby, now, [&] { return u.id + " works before it has come"; });
  }
  for (const auto& c : f.crews) outside_come += c.arrived;
  expect(outside_arrived == outside_come, now, [&] { return "outside crews arrived per unit != per request"; });

  // Units: one place and one task at a time; no work beyond the shift.
  std::vector<int>& assigned = assigned_scratch_;  // reused: this runs after every event
  assigned.assign(tasks_.size(), 0);
  for (const auto& u : units_) {
    const bool on_task =
        u.state == UnitState::travelling || u.state == UnitState::setting_up || u.state == UnitState::working;
    expect(u.state != UnitState::returning || u.node == u.base_node, now,
           [&] { return u.id + " returns somewhere other than its base"; });
    expect(on_task == (u.task >= 0), now, [&] {
      return u.id + " is " + std::string(to_string(u.state)) + " with task " + std::to_string(u.task);
    });
    if (u.task >= 0) ++assigned[static_cast<std::size_t>(u.task)];
    if (u.state == UnitState::working) {
      expect(now - u.duty_start_s <= u.shift_s, now, [&] { return u.id + " works beyond its shift"; });
      expect(u.node == tasks_[static_cast<std::size_t>(u.task)].node, now,
             [&] { return u.id + " works away from its site"; });
    }
  }
  for (std::size_t t = 0; t < tasks_.size(); ++t) {
    expect(assigned[t] == tasks_[t].units, now, [&] {
      return "task " + std::to_string(t) + " counts " + std::to_string(tasks_[t].units) + " units but " +
             std::to_string(assigned[t]) + " are on it";
    });
    expect(tasks_[t].remaining >= -1e-9, now, [&] { return "task " + std::to_string(t) + " has negative work left"; });
  }
}

}  // namespace ttx::response
