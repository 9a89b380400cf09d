// The written plans: response levels IV (lowest) to I (highest), the triggers
// that start each level, the actions it mandates and the plan's time targets.
#pragma once

#include <string>
#include <vector>

namespace ttx::world {

/// Response level: 4 = IV (一般) ... 1 = I (特别重大). Lower number, higher level.
using ResponseLevel = int;
std::string level_name(ResponseLevel level);  ///< "IV", "III", "II", "I"

/// Ordered scales compared by the triggers.
enum class Indicator {
  dead_missing, relocated, households_collapsed, rooms_collapsed, magnitude,
  warning_typhoon, warning_rainstorm, warning_road_icing, warning_blizzard, warning_cold_wave,
  river_level, levee_breach, yangtze_levee_breach, users_without_power_pct,
  stranded_travellers, expressway_closed,
};
inline constexpr int kIndicatorCount = 16;
std::string_view to_string(Indicator i);
/// A value of an indicator as people say it: "orange", "guaranteed", "true", "12".
std::string indicator_text(Indicator i, double value);

enum class CompareOp { at_least, equals };

/// One condition, e.g. dead_missing >= 3. Warning colours are 1 blue .. 4 red;
/// river levels 0 normal, 1 warning, 2 guaranteed; true/false are 1/0.
struct Condition {
  Indicator indicator = Indicator::dead_missing;
  CompareOp op = CompareOp::at_least;
  double threshold = 0;
  double for_h = 0;  ///< must hold this long (0: at once)
};

/// A level starts when any trigger is met; a trigger is met when all its conditions are.
struct Trigger {
  std::vector<Condition> all_of;
};

enum class ActionKind {
  mobilise_forces, open_shelters, release_stock, activate_agreement_reserve,
  request_city_aid, request_province_aid, report_to_city, report_to_province,
  deploy_working_group,
  evacuate,  ///< move out the people of villages whose mapped flood depth exceeds depth_m
  request_mutual_aid_crews,  ///< ask for the outside crews of sector_crews (on_request), scaled to the damage
};
std::string_view to_string(ActionKind a);

struct Action {
  ActionKind kind = ActionKind::mobilise_forces;
  double delay_h = 0;  ///< after the level starts
  std::vector<std::string> team_types, subtypes, sector_crews, classes;
  bool town_teams = false;
  std::string where;
  double depth_m = 0;  ///< evacuate: villages mapped to flood deeper than this
};

struct PlanLevel {
  ResponseLevel level = 4;
  std::string name_zh, colour, handled_by, lead;
  std::vector<Trigger> triggers;
  std::vector<Action> actions;  ///< added at this level; higher levels include lower ones
};

struct TimeTarget {
  std::string id, description, from, to;
  double hours = 0;
  bool has_condition = false;
  Condition condition;
};

struct Plan {
  std::string id, title_zh, title_en;
  std::vector<std::string> hazards;
  std::vector<PlanLevel> levels;  ///< IV, III, II, I
  std::vector<TimeTarget> time_targets;
};

}  // namespace ttx::world
