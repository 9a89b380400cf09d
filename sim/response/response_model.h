// One run of the response to a scenario's disaster: the hazard's impacts (truth)
// reach the duty office as reports; the plan engine raises levels on the known
// picture and mandates actions; the doctrine dispatcher (or a trainee, by
// commands) mobilises and sends units; units assemble, travel, set up, work,
// rest; logistics issues stock and trucks carry it; shelters fill; outcomes are
// counted by the truth.
//
// Deterministic: a pure function of (world, scenario, replication, options, the
// commands submitted and their times). The disaster draws only from `hazard`, the
// reports only from `reports`, so a different decision never changes either.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "sim/core/simulator.h"
#include "sim/hazard/impacts.h"
#include "sim/response/commands.h"
#include "sim/response/events.h"
#include "sim/response/known_picture.h"
#include "sim/response/logistics.h"
#include "sim/response/outcomes.h"
#include "sim/response/plan_engine.h"
#include "sim/response/reports.h"
#include "sim/response/run_state.h"
#include "sim/response/tasks.h"
#include "sim/response/travel_cache.h"
#include "sim/response/units.h"
#include "sim/world/scenario.h"
#include "sim/world/world.h"

namespace ttx::response {

struct RunOptions {
  bool doctrine = true;  ///< the plan played by the book; false: only submitted commands act (trainee)
  LogisticsOptions logistics;  ///< truck what-ifs and whether the agreement reserve exists
};

class ResponseModel : private RunState {
 public:
  ResponseModel(const world::World& world, const world::Scenario& scenario, std::uint64_t replication = 0,
                RunOptions options = {});
  ResponseModel(const ResponseModel&) = delete;
  ResponseModel& operator=(const ResponseModel&) = delete;

  // --- Driving -------------------------------------------------------------
  /// Runs every event up to `t_s` (at most `budget` of them).
  core::RunStatus advance_until(std::int64_t t_s, std::uint64_t budget = Calendar::kNoBudget);
  /// Runs exactly one event; false when none is left before the scenario's end.
  bool step();
  /// Whether `command` could be carried out now, and if not, why (nothing changes).
  Verdict check(const Command& command) const;
  /// Applies a command at the current time, after every event of this moment.
  void submit(Actor by, Command command);
  /// Commands to apply at later times (a replayed log); each at or after now.
  void schedule(const TimedCommand& command);
  /// Adds an inject to the MSEL while the run goes on (the director's live inject), delivered
  /// at its time (not before now) or when its condition holds. A session that logs it with its
  /// time and replays it keeps the run a pure function of its inputs.
  void add_inject(world::Inject inject);
  /// Called with every event processed (a session's record for logs and animation).
  void set_event_observer(std::function<void(std::int64_t, const Event&)> observer) { observer_ = std::move(observer); }

  // --- View (valid until the next call that advances) ----------------------
  std::int64_t now_s() const { return sim_.now().count_s(); }
  std::int64_t end_s() const { return end_s_; }
  std::uint64_t replication() const { return replication_; }
  std::uint64_t events_processed() const { return sim_.processed(); }
  const world::World& world() const { return w_; }
  const world::Scenario& scenario() const { return scenario_; }
  const world::RoadNetwork& roads() const { return roads_; }
  const hazard::HazardResult& truth() const { return truth_; }
  const KnownPicture& picture() const { return picture_; }
  /// Every report of the run, past and still to come (reported.at_s: when it reaches the duty office).
  const std::vector<Arrival>& arrivals() const { return arrivals_; }
  const PlanEngine& plans() const { return plans_; }
  const std::vector<Unit>& units() const { return units_; }
  const std::vector<Task>& tasks() const { return tasks_; }
  /// Indices of what commands name by id; nothing when no such id is (yet) in the run.
  std::optional<std::uint32_t> unit_index(std::string_view id) const { return find_id(unit_of_id_, id); }
  std::optional<std::uint32_t> task_index(std::string_view id) const { return find_id(task_of_id_, id); }
  std::optional<std::uint32_t> village_index(std::string_view id) const { return find_id(village_of_id_, id); }
  std::optional<std::uint32_t> town_index(std::string_view id) const { return w_.town_index(id); }
  const std::vector<TownState>& towns() const { return towns_; }
  /// What holds up a town's relief, as it stood at the end of the last moment run.
  WaitReason waiting_because(std::uint32_t town) const { return town < wait_reason_.size() ? wait_reason_[town] : WaitReason::none; }
  /// Hours the town waited so far, by reason (the current wait counted up to now).
  WaitHours waited_h(std::uint32_t town) const;
  /// Per hospital (World::hospitals): casualty beds not yet taken.
  const std::vector<double>& beds_free() const { return beds_free_; }
  const Logistics& logistics() const { return logistics_; }
  const Outcomes& outcomes() const { return outcomes_; }
  const ReportingTimes& reporting_times() const { return deadlines_; }
  const std::vector<LogEntry>& log() const { return log_; }
  const std::vector<TimedCommand>& commands() const { return commands_; }
  /// Power cut and restored, critical sites, outside crews, stranded travellers, cold homes.
  const FreezingState& freezing() const { return freezing_; }
  /// The MSEL as played: the scenario's injects in sequence order, then those added live.
  const std::vector<world::Inject>& msel() const { return msel_; }
  /// Per inject of msel(): delivered or not, its expected action taken or not.
  const std::vector<InjectState>& inject_states() const { return injects_; }
  /// Levels declared by command (SetLevel), by plan; kNoResponse where none was.
  world::ResponseLevel declared_level(const std::string& plan) const {
    const auto it = declared_.find(plan);
    return it == declared_.end() ? kNoResponse : it->second;
  }
  /// Unmet need (person-hours) of every town counted up to now.
  double unmet_person_h() const;
  /// People still waiting: trapped (for rescue or a boat) and seriously injured (for treatment).
  struct Waiting {
    double trapped = 0, injured = 0;
  };
  Waiting waiting() const;

  /// Throws std::logic_error if the books of items, people or units do not
  /// balance (run after every event when built with TTX_VALIDATE).
  void check_invariants() const;

 private:
  void on(const Event& e);
  // information (information.cpp), plan actions (plan_actions.cpp), commands (command_apply.cpp)
  void handle(const ImpactDue& e);
  void handle(const ReportDue& e);
  void handle(const PlanCheck& e);
  void handle(const ActionDue& e);
  void handle(const CommandDue& e);
  // injects of the MSEL (injects.cpp)
  void handle(const InjectDue& e);
  void handle(const InjectDeadline& e);
  void start_injects();
  void deliver(std::size_t k);
  void apply_effect(const world::InjectEffect& effect);
  void check_conditions();
  bool condition_holds(std::size_t k) const;
  world::ResponseLevel response_level(const std::string& plan) const;
  /// Whether the state inject `k` expects already holds (a level, shelters, an evacuation, ...).
  bool expected_state_holds(std::size_t k) const;
  bool command_meets(std::size_t k, const Command& c) const;
  /// A decision is taken: the delivered injects expecting it are done.
  void expectations_met_by(Actor by, const Command& c);
  /// A plan's level rose, shelters opened or relief was ordered outside a command (the doctrine).
  void expectations_met_by_state();
  void handle(const Dispatch& e);
  void handle(const RunEnds& e);
  void update_plans();
  void apply_action(const MandatedAction& a);
  void apply(Actor by, const Command& c);
  /// A new record of the timeline, now, for the caller to fill in at once.
  LogEntry& note(LogKind kind, std::int64_t town = -1);
  // units (unit_operations.cpp)
  void handle(const UnitReady& e);
  void handle(const UnitArrived& e);
  void handle(const SetupDone& e);
  void handle(const ShiftEnds& e);
  void handle(const RestEnds& e);
  void handle(const TaskDone& e);
  void mobilise(std::uint32_t u);
  struct Trip {
    double hours = 0;  ///< on the road, by way of the warehouse when drawing gear
    int crews = 0;
    std::int64_t gear_item = -1, gear_quantity = 0;
  };
  /// How unit `u` would go to task `t`, if it can (skill, gear, a road there).
  std::optional<Trip> trip(std::uint32_t u, std::uint32_t t) const;
  void send(std::uint32_t u, std::uint32_t t, const Trip& trip);
  void leave_task(std::uint32_t u);
  /// Off its task (if any) and back to its base, where it is free again.
  void stand_down(std::uint32_t u);
  void handle(const BackAtBase& e);
  void handle(const CommunityStarts& e);
  // ambulances (ambulances.cpp)
  /// Whether the task's injured go only by ambulance (life-threatening, and the district counts its ambulances).
  bool by_ambulance(const Task& task) const;
  /// Free ambulances to the casualty tasks waiting for them, in order.
  void send_ambulances();
  /// The task's ambulances back in the pool (done, or no hospital bed left for them).
  void release_ambulances(std::uint32_t t);
  /// Free casualty beds of hospital `h` the task's injured may take (those kept for ambulances only by ambulance).
  double beds_for(const Task& task, std::size_t h) const;
  /// Neighbours' part in a new task: freeing the lightly trapped, or taking the
  /// seriously injured to hospital; its rate and when they start.
  void start_community(std::uint32_t t);
  /// The nearest hospital with a free bed for the task's injured (-1 none), and the hours to it.
  std::pair<std::int64_t, double> nearest_hospital(const Task& task) const;
  /// Injured whose hospital filled up: the next one, or the neighbours stop.
  void hospital_full(Task& task);
  void start_rest(std::uint32_t u);
  void return_gear(std::uint32_t u);
  void start_shift(std::uint32_t u);
  void progress(Task& t);
  void reschedule_done(std::uint32_t t);
  void task_finished(std::uint32_t t);
  /// Adds a task with its stable id (Task::id); returns its index.
  std::uint32_t add_task(Task task);
  static std::optional<std::uint32_t> find_id(const std::map<std::string, std::uint32_t, std::less<>>& ids,
                                              std::string_view id) {
    const auto it = ids.find(id);
    return it == ids.end() ? std::nullopt : std::optional<std::uint32_t>(it->second);
  }
  double unit_rate(const Unit& u, const Task& t, int crews) const;
  void request_dispatch();
  // the doctrine dispatcher (dispatcher.cpp)
  void dispatch();
  void hand_back_idle_gear();
  void call_out_duty_units(const std::vector<int>& free_with);
  // people and relief (displaced.cpp)
  void handle(const ReliefRound& e);
  void handle(const DayStart& e);
  void handle(const AidArrives& e);
  void handle(const Delivered& e);
  void delivered(std::uint64_t order);
  void displace(std::uint32_t town, double people);
  void supply(std::uint32_t town, double people);
  void handle(const HandedOut& e);
  /// Relief for `people` reached the town's transfer point: it goes on to its shelters and villages.
  void last_mile(std::uint32_t town, double people);
  void prepare_last_mile();
  void open_shelters(std::uint32_t town);
  void touch(std::uint32_t town);
  void plan_round(std::uint32_t town);
  /// The teams a mutual aid brings under the plans in force set out now (displaced.cpp).
  void request_aid_teams(std::size_t aid);
  void handle(const AidTeamsArrive& e);
  /// Settles why each town waits as the last moment left it, logging a new reason (waiting.cpp).
  void settle_waiting();
  // sheltering across towns (displaced.cpp)
  double free_places(std::uint32_t town) const;
  double bus_hours(std::uint32_t from, std::uint32_t to) const;
  void move_to_shelters(std::uint32_t from, std::uint32_t to);
  // coaches (coaches.cpp)
  void init_coaches();
  struct CoachRun {
    double people = 0;
    int trips = 0;
    std::int64_t last_s = -1;  ///< the last load set down
  };
  /// Coach loads of `people` (as `load` says) from `pickup` to `drop`, each by the coach soonest there.
  CoachRun run_coaches(std::uint32_t pickup, std::uint32_t drop, double people, CoachLoad load);
  /// People of town `from` to `to`'s shelters by coach.
  CoachRun bus_people(std::uint32_t from, std::uint32_t to, double people);
  /// Evacuees of a village fetched by coach to its town's centre; returns those who have a seat.
  double fetch_evacuees(std::uint32_t village, double people);
  void handle(const CoachStop& e);
  /// The doctrine: a town whose open shelters are full sends its people without shelter to the nearest towns with places.
  void shelter_elsewhere(std::uint32_t town);
  // evacuation ahead of the water (evacuation.cpp)
  void order_evacuation(std::uint32_t village);
  void evacuation_progress(const Task& task, double people);
  void evacuation_closed(const Task& task);
  /// The share of an impact's people still there when it struck (evacuees are not).
  double share_at_home(const hazard::Impact& impact);
  /// The hazard's displacement of a village, less the evacuees it already counts.
  double newly_displaced(std::uint32_t village, double people);
  // freezing-rain consequences (power_restoration.cpp, stranded_travellers.cpp, cold_relief.cpp)
  void init_freezing();
  void freezing_impact(const hazard::Impact& i, std::size_t index);
  void freezing_report(const hazard::Impact& reported);
  void handle(const FreezingLook& e);
  void handle(const CrewsArrive& e);
  void restore_power();
  /// Spans reported down (the known damage the outside crews are scaled to).
  double known_spans_down() const;
  /// Outside crews of sector crew `k` the known damage calls for, at most all of them.
  int crews_wanted(std::size_t k) const;
  void request_crews(std::size_t k);
  /// Critical sites of a town without power and a generator, of the first `kinds` kinds (SiteKind order).
  int sites_needing_generator(std::uint32_t town, int kinds) const;
  void send_generators(std::uint32_t town, int kinds);
  void stranded_relief(const hazard::Impact& i, std::size_t index);
  void start_deicing();
  void reopen_expressway(bool by_deicing);
  /// The doctrine: water, food and quilts for the known travellers not yet ordered for.
  void order_traveller_relief();
  /// People reported without heating in a town who have no warm relief on its way.
  double cold_uncovered(std::uint32_t town) const;
  void warm_relief(std::uint32_t town);
  // collapsed structures (collapse_checks.cpp)
  struct CollapsePlan {
    int waiting = 0;  ///< known open collapse checks of the town with no unit on them
    std::vector<std::pair<std::uint32_t, std::uint32_t>> sends;  ///< (unit, task): the town's free units, nearest first
  };
  /// What CheckCollapses would do in `town` now.
  CollapsePlan collapse_checks(std::uint32_t town) const;
  template <class E>
  void handle(const E& e) { logistics_.handle(e); }

  const world::World& w_;
  const world::Scenario& scenario_;
  std::uint64_t replication_;
  RunOptions options_;
  world::RoadNetwork roads_;  // the network as it stands now
  hazard::HazardResult truth_;
  Calendar sim_;
  mutable TravelCache travel_;      // caches of travel times: filled on demand
  mutable TravelCache dry_travel_;  // the network before the hazard: to the water's edge
  Logistics logistics_;
  PlanEngine plans_;
  KnownPicture picture_;
  TaskSkills skill_ids_;
  std::function<void(std::int64_t, const Event&)> observer_;
  mutable std::vector<int> assigned_scratch_;  // check_invariants' scratch, not state
};

/// Open life-saving tasks being worked now — by the village's own people or by units
/// assigned to them (on the way, setting up or working) — in task order.
std::vector<std::uint32_t> life_saving_sites_at_work(const ResponseModel& model);

}  // namespace ttx::response
