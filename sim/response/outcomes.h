// What happened to people (ground truth, for scoring), per town and for the
// district, and the readable log of a run.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "sim/response/commands.h"
#include "sim/response/waiting.h"

namespace ttx::response {

/// People becoming displaced, or being supplied, at one moment.
struct PeopleAt {
  std::int64_t at_s = 0;
  double people = 0;
};

/// Displaced people of one town and how they are housed and supplied.
struct TownState {
  double displaced = 0;                  ///< truth: people who had to leave home
  double with_relatives = 0, in_shelter = 0, unsheltered = 0;  ///< where they are (sum = displaced, with sheltered_elsewhere)
  double sheltered_elsewhere = 0;        ///< taken by bus to shelters of other towns (异地安置), arrived
  double on_coaches = 0;                 ///< on the coaches to shelters of other towns now
  double hosted = 0;                     ///< places of this town's shelters taken by other towns' people
  double shelter_capacity = 0;           ///< short-stay places of the town's shelters
  bool shelters_open = false;
  double known_displaced = 0;            ///< as reported to the district
  double ordered_for = 0;                ///< people covered by relief requests sent
  double places_requested = 0;           ///< shelter places those requests counted on
  double supplied = 0;                   ///< people-equivalents supplied: each order of a round handed out counts its share of the people
  double handed_over = 0;                ///< people-equivalents of relief delivered to the town's transfer point
  double on_last_mile = 0;               ///< of those: not yet handed out to the people
  double unmet_person_h = 0;             ///< displaced without relief, integrated over time
  std::int64_t last_s = 0;               ///< unmet need counted up to here
  std::int64_t next_round_s = -1;        ///< a relief round is scheduled then, -1 none
  std::int64_t last_round_s = -1;
  std::int64_t first_displaced_s = -1, first_relief_s = -1, first_unit_on_site_s = -1;
  double rescued_by_community = 0, rescued_by_teams = 0;  ///< trapped people freed alive, by whom
  double evacuated = 0;                  ///< moved out ahead of the water (also counted in displaced)
  int evacuations_open = 0;              ///< villages being evacuated now
  std::vector<PeopleAt> displaced_at;    ///< every displacement, in time order (sums to displaced)
  std::vector<PeopleAt> supplied_at;     ///< every increase of supplied, in time order (sums to supplied)
};

/// Outcomes for people, by the truth.
struct Outcomes {
  double trapped = 0;                   ///< everyone ever trapped
  double rescued_alive = 0, rescued_dead = 0;  ///< freed alive / found dead
  double rescued_by_community = 0;      ///< of rescued_alive: freed by the village's own people
  double rescued_alive_24h = 0;         ///< of rescued_alive: freed within 24 h of being trapped
  double died_waiting = 0;              ///< died before anyone reached them (flood)
  double injured_serious = 0;           ///< severity 2–3 casualties
  double treated_in_time = 0, treated_late = 0;  ///< stabilised on site or admitted to hospital
  double to_hospital = 0;               ///< of the treated: admitted to a hospital (by any vehicle)
  double killed = 0;                    ///< deaths the hazard caused outright
  double evacuated = 0;                 ///< people moved out ahead of the water
  double caught_at_home = 0;            ///< people still at home when the water came (trapped or killed there)
  double levee_bags = 0, pumped_m3 = 0, spans_restored = 0, bridges_reopened = 0, leaks_made_safe = 0;
  double bags_needed = 0, m3_to_pump = 0, spans_down = 0, bridges_damaged = 0, gas_leaks = 0;
  double structures_collapsed = 0, structures_checked = 0;  ///< freezing rain: weak structures fallen, and checked by the teams
  double by_ambulance = 0, ambulance_hours = 0;  ///< the life-threatening injured taken to hospital by ambulance; its hours out
  double coach_trips = 0, coach_hours = 0, by_coach = 0;  ///< coach loads (evacuees, transfers), their hours (to the pick-up and the ride), people carried
  double coach_too_late = 0;            ///< evacuees whose coach came after the water
  double homes_collapsed = 0;           ///< households whose house collapsed or is uninhabitable (any hazard)
};

/// When the reporting chain met the moments the plans' reporting deadlines count
/// from and to (-1: not yet).
struct ReportingTimes {
  std::int64_t onset_s = -1;            ///< the first impact on people or houses
  std::int64_t first_report_s = -1;     ///< the first report of one at the district
  std::int64_t city_report_s = -1, province_report_s = -1;  ///< the district's first reports upwards after the first report
};

enum class LogKind : std::uint8_t {
  level_change, action, command, rejected, inject, unit_on_site, relief_delivered, stockout, reserve, aid, shelters,
  report, evacuation_done, sheltered_elsewhere, crews, power_site, waiting, expressway_reopened,
};
std::string_view to_string(LogKind k);

/// Why a command was refused.
enum class Refusal : std::uint8_t {
  none,
  plan_not_in_force,  ///< SetLevel: the plan is not one of the scenario's
  no_such_unit,       ///< no unit has the id asked for
  no_such_task,       ///< Assign: no task has the id asked for
  task_not_open,      ///< Assign: the task is not known yet or already done
  unit_busy,          ///< Assign: the unit is not free (its state in `unit_state`)
  no_trip,            ///< Assign: it lacks the skill or gear, or cannot reach the site
  not_on_site,        ///< StandDown: the unit is neither on a task nor waiting away from its base
  no_such_town,       ///< OpenShelters, OrderRelief, ShelterElsewhere: no town has the id
  no_such_aid,        ///< RequestAid: no such mutual aid in stock.yaml
  bad_order,          ///< OrderRelief: unknown item or no quantity
  bad_report_target,  ///< SendReport: reports go to the city or the province
  no_such_village,    ///< Evacuate: no village has the id
  already_ordered,    ///< Evacuate: the village is being (or has been) evacuated
  water_arrived,      ///< Evacuate: the water is already there; those left need boats
  nobody_to_move,     ///< ShelterElsewhere: the town has nobody without shelter
  unit_unavailable,   ///< Mobilise, Assign: an inject took the unit out of play
  no_free_places,     ///< ShelterElsewhere: the host town has no free places (or is the same town, or no road)
  no_such_crew,       ///< RequestCrews: no sector crew of that id comes on request
  no_more_crews,      ///< RequestCrews: the crews asked for already cover the known damage, or all are coming
  not_arrived,        ///< Mobilise: an outside crew not requested or still on its way
  no_site_without_power,  ///< SendGenerators: no critical site of the town is without power and a generator
  no_generator,       ///< SendGenerators: none in stock (or the equipment not released)
  nobody_cold,        ///< WarmRelief: nobody reported without heating there who has no relief on its way
  no_collapse_known,  ///< CheckCollapses: no reported collapse there waits for a unit
  no_unit_free,       ///< CheckCollapses: none of the town's own units that can is free (mobilised and idle)
};
std::string_view to_string(Refusal r);

/// Whether a command can be carried out now: Refusal::none, or why not.
struct Verdict {
  Refusal refusal = Refusal::none;
  std::int64_t id = -1;    ///< unit_busy: the unit (its index in the run)
  std::string unit_state;  ///< unit_busy: the unit's state
  std::string asked;       ///< no_such_*: the id asked for
  Verdict() = default;
  Verdict(Refusal why, std::int64_t refused_id = -1, std::string state = {}, std::string asked_for = {})
      : refusal(why), id(refused_id), unit_state(std::move(state)), asked(std::move(asked_for)) {}
};

/// One record of the run's timeline: what happened, with its figures. Text in
/// Chinese or English is rendered from it by the printers (io/log_text.h).
struct LogEntry {
  std::int64_t at_s = 0;
  LogKind kind = LogKind::action;
  std::int64_t town = -1;     ///< the town it concerns, -1 district-wide
  std::string plan;           ///< level_change, action: the plan
  int from = 0, to = 0;       ///< level_change: from and to (5 = no response); action: its level in `to`; sheltered_elsewhere: the host town in `to`
  std::string action;         ///< action: world::ActionKind as text
  bool expected_only = false; ///< action: the plan expects it, nobody carries it out (no doctrine)
  std::string reason;         ///< level_change: the trigger that held, or who declared it
  std::int64_t unit = -1, skill = -1, item = -1;  ///< unit_on_site: unit and skill; stockout, relief_delivered: item
  std::int64_t aid = -1;      ///< aid: index into World::mutual_aid
  double count = 0;           ///< action (mobilise): units; aid: items; shelters: places
  double people = 0;          ///< action (mobilise): people
  double hours = 0;           ///< relief_delivered: after the town's first displacement; reserve: lead time; aid: delay
  bool arrived = false;       ///< aid: arrived (else requested)
  std::string recipient;      ///< inject, report: to whom
  std::string message;        ///< inject: the message as the scenario gives it
  Actor by = Actor::doctrine; ///< command, rejected, declared level_change: who gave it
  std::optional<Command> command;  ///< command, rejected
  Refusal refusal = Refusal::none;
  std::int64_t refused_id = -1;    ///< unit_busy: the unit (its index in the run)
  std::string refused_asked;       ///< no_such_*: the id asked for
  std::string unit_state;          ///< unit_busy: the unit's state
  bool declared = false;           ///< level_change: declared by command (trainee mode: the plan's own level is not moved)
  std::int64_t crew = -1;          ///< crews: index into World::sector_crews (count: crews, people, hours: delay; arrived); aid: its teams' index when teams came
  std::int64_t site = -1;          ///< power_site: SiteKind (arrived: a generator came, else the grid is back)
  std::int64_t place = -1;         ///< power_site: hospital or shelter index, or the water works' number in its town
  WaitReason wait = WaitReason::none;  ///< waiting: what now holds up the town's relief
  bool operator==(const LogEntry&) const = default;
};

}  // namespace ttx::response
