// The plain mutable state of one response run: units, tasks, towns, outcomes and
// the records of what happened. Data only; the model's handlers change it.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "sim/response/commands.h"
#include "sim/response/freezing_state.h"
#include "sim/response/open_tasks.h"
#include "sim/response/outcomes.h"
#include "sim/response/reports.h"
#include "sim/response/tasks.h"
#include "sim/response/units.h"
#include "sim/world/msel.h"
#include "sim/world/plans.h"

namespace ttx::response {

/// Where one inject of the MSEL stands in the run.
struct InjectState {
  std::int64_t delivered_s = -1;   ///< -1: not delivered (yet)
  std::int64_t done_s = -1;        ///< its expected action first taken, -1 never
  Actor done_by = Actor::doctrine;
  bool done_before = false;        ///< the state it expects already held when it was delivered
  bool armed = false;              ///< conditional: its earliest time has come
  // Names resolved once (-1: none): the expected action's and the condition's town,
  // village and unit, and the condition's road.
  std::int64_t town = -1, village = -1, condition_town = -1, condition_edge = -1;
};

struct RunState {
  std::vector<Arrival> arrivals_;  // reports of the truth, with their delays
  std::vector<Unit> units_;
  std::vector<Task> tasks_;
  // Commands name things by id: the index of each unit, village and task id.
  std::map<std::string, std::uint32_t, std::less<>> unit_of_id_, village_of_id_, task_of_id_;
  std::map<std::pair<std::uint32_t, std::int64_t>, int> tasks_at_site_;  // (skill, village or -1-town): tasks so far
  std::vector<std::int64_t> task_of_impact_;
  std::vector<std::vector<std::uint32_t>> boat_tasks_of_village_;
  std::vector<std::int64_t> collapse_task_;  // per village: its latest collapse check, -1 none
  OpenTasks open_known_;
  std::vector<std::vector<std::uint32_t>> units_with_skill_;
  std::vector<std::vector<std::uint32_t>> gear_items_;  // per skill: items a crew may draw, in order of preference
  std::int64_t depot_node_ = -1;
  std::vector<TownState> towns_;
  std::vector<double> beds_free_;  // per hospital: casualty beds not yet taken
  std::vector<double> beds_held_;  // per hospital: of the free beds, those kept for the ambulances' patients
  std::vector<std::int64_t> hospital_node_;  // per hospital: its town's road node, -1 none
  std::vector<char> duty_unit_;              // per unit: of a duty team type (doctrine.yaml), filled when first asked
  int ambulances_free_ = 0;        // the 120 service's ambulances not carrying anyone
  std::vector<std::uint32_t> ambulance_queue_;  // life-threatening casualty tasks waiting for one, in order
  std::size_t ambulance_next_ = 0;
  // Evacuation, per village: the flood depth on the inundation map (the truth's highest),
  // people moved out, those not yet matched by a displacement of the hazard, its task, and
  // whether the water has come (after which those left are caught at home).
  std::vector<double> mapped_depth_m_, evacuated_, evacuee_credit_;
  std::vector<std::int64_t> evacuation_task_;
  std::vector<bool> water_came_;
  std::vector<double> impact_share_;  // per impact: the share of its people there when it struck
  struct Batch {  // one relief round of a town
    std::uint32_t town;
    double people_per_order;
    int outstanding;
  };
  std::vector<Batch> batches_;
  // The last mile, per town: its transfer point's cross-dock hours and its villages'
  // road nodes and people (the displaced outside shelters are taken to stay as they do).
  struct VillageStop {
    std::uint32_t node;
    double population;
  };
  std::vector<double> cross_dock_h_;
  std::vector<std::vector<VillageStop>> village_stops_;
  std::vector<std::int64_t> town_node_;
  std::vector<std::int64_t> batch_of_order_;
  Outcomes outcomes_;
  ReportingTimes deadlines_;
  std::vector<LogEntry> log_;
  std::vector<TimedCommand> commands_;
  std::vector<TimedCommand> scheduled_;  // commands waiting for their CommandDue
  std::size_t actions_seen_ = 0, changes_seen_ = 0, stockouts_seen_ = 0;
  std::vector<bool> stockout_noted_;
  // Why each town's relief waits (waiting.cpp): as settled at the end of the last moment.
  std::vector<WaitReason> wait_reason_, wait_logged_, wait_scratch_;
  std::vector<std::int64_t> wait_since_s_;
  std::vector<WaitHours> waited_h_;
  std::int64_t wait_moment_s_ = -1;
  std::int64_t reserve_noted_s_ = -1;
  std::int64_t end_s_ = 0;
  std::string season_;
  bool relief_released_ = false, equipment_released_ = false, shelters_for_affected_ = false;
  bool dispatch_pending_ = false;
  std::int64_t plan_check_s_ = -1;
  std::vector<bool> aid_requested_;
  std::map<std::string, world::ResponseLevel> declared_;
  FreezingState freezing_;
  std::vector<world::Inject> msel_;  // the scenario's MSEL, then the injects added live
  std::vector<InjectState> injects_;
  std::vector<bool> closed_by_inject_;  // per road edge: an inject closed it, so the hazard does not reopen it
  std::size_t conditionals_waiting_ = 0;
  // Coaches (vehicles with seats) that take people to shelters of other towns.
  struct Coach {
    double seats = 0;
    std::int64_t mobilise_s = 0;
    std::int64_t free_s = -1;  ///< free again from then at `node`; -1 never called out (at its depot)
    std::uint32_t node = 0;
  };
  std::vector<Coach> coaches_;
  struct CoachLoad {
    std::uint32_t from = 0, to = 0;  ///< towns
    std::int64_t village = -1;       ///< evacuees fetched from this village (to its town's centre), -1 a transfer
    double people = 0;
  };
  std::vector<CoachLoad> coach_loads_;
};

}  // namespace ttx::response
