// The answer for one run: every figure a director, a trainee or a planner reads
// after a run, per town and for the district, with an hourly series. Computed
// here from the model; the printers (terminal, JSON, report, console) only format it.
// Times are hours from the scenario's start unless the name says otherwise; -1
// means "never" (not yet by the end of the run).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sim/response/response_model.h"
#include "sim/score/freezing_figures.h"
#include "sim/score/expected_actions.h"
#include "sim/score/reporting_deadlines.h"

namespace ttx::score {

/// District totals, by the truth.
struct DistrictFigures {
  double trapped = 0, rescued_alive = 0, rescued_dead = 0, died_waiting = 0, still_trapped = 0;
  double rescued_by_community = 0, rescued_by_teams = 0;  ///< of rescued_alive: by the village's own people, by units
  double rescued_alive_within_24h = 0;  ///< of rescued_alive: freed within 24 h of being trapped
  double missing = 0;  ///< still trapped at the end: the national relief plan (2024) counts them with the dead
  double killed = 0;   ///< killed outright by the hazard
  double injured_serious = 0, treated_in_time = 0, treated_late = 0;
  double to_hospital = 0;  ///< of the treated: admitted to a hospital
  int ambulances = 0;      ///< the 120 service's (0: the injured go by any vehicle)
  double by_ambulance = 0, ambulance_hours = 0;  ///< of to_hospital: the life-threatening, by ambulance; the ambulances' hours out
  double displaced = 0;
  double evacuated_before_impact = 0;  ///< moved out before the water reached their village
  double caught_at_home = 0;           ///< flood: still at home when the water came (trapped or killed there)
  double sheltered = 0, with_relatives = 0, unsheltered = 0, supplied = 0;
  /// Relief (in people supplied) delivered to the towns' transfer points, and of it what is
  /// still on the last mile (not yet handed out at a shelter or village).
  double delivered_to_towns = 0, on_last_mile = 0;
  double sheltered_other_towns = 0;  ///< taken by bus to shelters of other towns (异地安置), arrived
  double on_coaches = 0;             ///< on their way there now
  int coaches = 0;                   ///< the district's coaches (vehicles with seats)
  double coach_trips = 0, coach_hours = 0;  ///< coach loads (evacuees, transfers to other towns) and their hours (to the pick-up and the ride)
  double by_coach = 0;               ///< people the coaches picked up (evacuees) or set down (transfers)
  double coach_too_late = 0;         ///< evacuees whose coach came after the water
  double relief_within_target = 0;  ///< displaced people supplied within the plan's basic-living-relief target
  double unmet_person_h = 0;
  double unit_hours_worked = 0;   ///< on site, working
  double unit_hours_on_duty = 0;  ///< from a unit's first mobilisation to the end of the run
  double unit_hours_travelling = 0;
  /// units: at hand (the district's own and the outside crews that came); on a task: at the end of the run
  int units = 0, units_mobilised = 0, units_on_task = 0;
  double spans_down = 0, spans_restored = 0;
  double bags_needed = 0, levee_bags = 0, m3_to_pump = 0, pumped_m3 = 0;
  int orders = 0, orders_delivered = 0, orders_never_granted = 0;  ///< relief orders as placed (parts counted with them)
  double request_to_delivery_mean_h = -1;  ///< over orders delivered in full (to the delivery of their last part)
  double bridges_damaged = 0, bridges_reopened = 0, gas_leaks = 0, leaks_made_safe = 0;
};

struct TownFigures {
  std::string id, name_zh, name_en;
  double displaced = 0, sheltered = 0, shelter_places = 0, supplied = 0, unmet_person_h = 0;
  double rescued_by_community = 0, rescued_by_teams = 0;  ///< trapped people freed alive, by whom
  double evacuated_before_impact = 0;
  double sheltered_other_towns = 0;  ///< this town's people in shelters of other towns
  double hosted = 0;                 ///< other towns' people in this town's shelters
  double first_displaced_h = -1, first_unit_h = -1, first_relief_h = -1;
  double first_relief_after_displacement_h = -1;  ///< first relief, counted from the town's first displacement
  int orders = 0, orders_delivered = 0;           ///< relief orders as placed, and those delivered in full
  double request_to_delivery_mean_h = -1;         ///< over orders delivered in full
  double relief_within_target = 0;                ///< people supplied within the target of their displacement
  double relief_within_target_share = -1;         ///< of the displaced; -1 when nobody was displaced
  /// Hours its relief waited, by reason (index: response::WaitReason; [none]: hours nothing waited).
  response::WaitHours waiting_h{};
  /// The log records behind the times (index into the model's log, its record number; -1 none).
  std::int64_t first_unit_event = -1, first_relief_event = -1;
};

/// One stock category that was asked for.
struct CategoryFigures {
  std::string id, name_zh, name_en, unit;
  std::string unit_zh;  ///< the Chinese measure word of items.csv (empty: from `unit`)
  std::int64_t requested = 0, granted = 0, delivered = 0, in_stock_at_end = 0;
  double fill_rate = 0;  ///< delivered / requested
  double first_load_h = -1, first_delivery_h = -1, ran_out_h = -1;
  double restocked_h = -1;  ///< when it was held again after running out (aid, the reserve, gear handed back), -1 never
  std::int64_t waiting_for_stock_at_end = 0;  ///< order parts still waiting for stock of it at the end
  /// Over the order parts delivered: hours from the request to the load and to the delivery.
  double request_to_load_p50_h = -1, request_to_delivery_p50_h = -1, request_to_delivery_p90_h = -1;
  int orders = 0, orders_never_granted = 0;
  std::int64_t ran_out_event = -1;         ///< the stockout record (index into the model's log), -1 none
  std::int64_t first_delivery_event = -1;  ///< the delivery record of the first delivery, when logged
};

struct SeriesPoint {
  double at_h = 0;
  double still_trapped = 0, rescued_alive = 0, supplied = 0, displaced = 0;
  int units_on_task = 0;
  int life_saving_worked = 0;  ///< life-saving tasks being worked now (by the village's people, or units on the way or on site)
  std::vector<std::int64_t> stock;  ///< at every depot together, per items.csv category (in its order and unit)
};

struct LevelReached {
  std::string plan;
  int level = 0;        ///< 4 = IV ... 1 = I
  double at_h = 0;      ///< when it was started
  std::string reason;   ///< the trigger that held, or the command's reason
  std::int64_t event = -1;  ///< its record in the model's log, -1 none
};

/// A level the duty officer (trainee) or the director declared by command, beside
/// the level the plan itself reached on the known picture.
struct LevelDeclared {
  std::string plan;
  int level = 0;            ///< 4 = IV ... 1 = I; 5 ends the response
  double at_h = 0;
  std::string by;           ///< "trainee" or "director"
  int plan_level = 5;       ///< the level the plan had reached at that moment (5: none)
};

struct RunSummary {
  std::string scenario_id, scenario_name_zh, scenario_name_en;
  std::uint64_t seed = 0, replication = 0;
  /// T+0 on the district's calendar (seconds since 1970-01-01 00:00), if the scenario sets one.
  std::optional<std::int64_t> start_s;
  double ended_h = 0, duration_h = 0;
  double relief_target_h = -1;  ///< the plans' basic-living-relief target, -1 if none of the plans in force sets one
  DistrictFigures district;
  std::vector<TownFigures> towns;          ///< every town, in the district's order
  std::vector<CategoryFigures> categories; ///< categories asked for, in items.csv order
  std::vector<LevelReached> levels;        ///< every level started, in time order
  std::vector<LevelDeclared> declared;     ///< levels declared by command (not the doctrine's), in time order
  std::vector<DeadlineCheck> deadlines;
  std::vector<std::int64_t> deadline_events;  ///< per deadline, the report's record in the model's log (-1 not done)
  std::vector<ExpectedActionCheck> expected_actions;  ///< per inject of the MSEL that expects an action, in sequence order
  std::vector<ObjectiveRating> objectives;            ///< per objective the MSEL tests, in order of first mention
  int stockouts = 0;  ///< orders (or parts) the stock could not cover when asked
  double reserve_activated_h = -1;
  FreezingFigures freezing;         ///< power, stranded travellers, cold homes (applies: a freezing-rain run)
  std::vector<SeriesPoint> series;  ///< hourly from T+0
  std::vector<hazard::DrawnValue> drawn;  ///< the hazard parameters this replication drew (not in the fingerprint: the events carry them)
  std::uint64_t fingerprint = 0;    ///< over the processed events and the figures above
};

/// Runs `model` to `until_s` (at most its end), sampling the series at every whole
/// hour and hashing every event processed (it holds the model's event observer
/// meanwhile); then summarises it.
RunSummary run_and_summarise(response::ResponseModel& model, std::int64_t until_s);

/// The summary of the model as it stands, with a series and an event hash made by the caller.
RunSummary summarise(const response::ResponseModel& model, std::vector<SeriesPoint> series, std::uint64_t event_hash);

/// People of a town supplied within `target_h` of their displacement (0 when the target
/// is < 0): each supply serves the displaced who have waited longest.
double relief_within_target(const response::TownState& town, double target_h);

/// The hourly sample of the model as it stands now.
SeriesPoint sample(const response::ResponseModel& model);

}  // namespace ttx::score
