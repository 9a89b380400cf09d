// The Master Scenario Events List (演练脚本) of a scenario or drill: each inject
// with its time or the state that triggers it, who sends it to whom, its message,
// what it does to the world, and the action the plan expects in response, with
// its deadline, the objective and capability it tests and its controller.
// The format is scenarios/FORMAT.md §5; the scoring of expected actions is
// docs/scoring.md.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ttx::world {

enum class InjectType : std::uint8_t { information, event, media };

/// Who receives it: the district duty officer, a town, a department or a team.
enum class RecipientKind : std::uint8_t { duty_officer, town, department, team };

struct Recipient {
  RecipientKind kind = RecipientKind::duty_officer;
  std::string id;  ///< town or team id, or the department's name; empty for the duty officer
};

/// A change an inject makes to the world when it is delivered.
enum class EffectKind : std::uint8_t {
  cut_road,          ///< a road or bridge between two nodes is closed (a bridge collapses)
  reopen_road,       ///< that road opens again
  flood_depot,       ///< a share of a depot's stock is lost or unusable
  unit_unavailable,  ///< a team can no longer be mobilised or sent (it is withdrawn if out)
};

struct InjectEffect {
  EffectKind kind = EffectKind::cut_road;
  std::string from, to;  ///< cut_road, reopen_road: the road's end nodes (town, village, depot ids)
  std::string depot;     ///< flood_depot
  double share = 1;      ///< flood_depot: share of every item's stock lost, (0, 1]
  std::string unit;      ///< unit_unavailable: the team id (teams.csv)
  int line = 0;          ///< where it is written, for messages
};

/// The kinds of action an inject may expect, each checkable on the model.
enum class ExpectKind : std::uint8_t {
  dispatch,          ///< a unit (of `team_type`, if given) sent to a task in `town`
  mobilise,          ///< a unit (of `team_type`, if given; of `town`, if given) called out
  set_level,         ///< `plan` at `level` or higher (declared, or reached by the plan)
  open_shelters,     ///< the shelters of `town` opened
  evacuate,          ///< `village` (or any village of `town`) ordered evacuated
  release_stock,     ///< the warehouse allowed to issue relief
  order_relief,      ///< relief (of `item`, if given) ordered for `town`
  activate_reserve,  ///< the suppliers' agreement reserve activated
  request_aid,       ///< mutual aid `aid` (stock.yaml) requested
  send_report,       ///< a report sent to `to` (city or province)
};

struct ExpectedAction {
  ExpectKind kind = ExpectKind::dispatch;
  std::string team_type, town, village, plan, item, aid, to;
  int level = 4;          ///< set_level: 4 = IV ... 1 = I
  double within_h = 1;    ///< deadline, hours after the inject is delivered
  std::string text;       ///< a short description for people (built when loaded)
};

/// A state of the model that delivers a conditional inject when first reached.
enum class ConditionKind : std::uint8_t {
  road_cut,        ///< the road between `from` and `to` is closed
  displaced_over,  ///< the displaced of `town` (truth) exceed `people`
  level_reached,   ///< `plan` stands at `level` or higher
};

struct InjectCondition {
  ConditionKind kind = ConditionKind::road_cut;
  std::string from, to, town, plan;
  double people = 0;
  int level = 4;
};

struct Inject {
  int seq = 0;                 ///< the sequence number of the list, unique
  std::int64_t at_s = 0;       ///< when it is delivered; a conditional inject: not before then
  InjectType type = InjectType::information;
  std::string delivery;        ///< phone, radio, fax, message, video, in person, ...
  std::string from;            ///< who sends it (in the story)
  Recipient recipient;
  std::string to;              ///< the recipient as written ("duty_officer", "town:changle", ...)
  std::string message_zh, message_en;
  std::string message;         ///< "中文 / English", as the logs show it
  bool has_expected = false;
  ExpectedAction expected;
  bool false_report = false;   ///< its expected action is the one a false report would provoke: must NOT be taken
  std::string expected_action; ///< expected.text, or empty
  std::string objective, capability, controller;
  std::vector<InjectEffect> effects;
  bool conditional = false;
  InjectCondition condition;
  int if_missed = 0;           ///< a contingency inject: delivered when inject `if_missed`'s expected action is missed
  int line = 0;                ///< where it is written
};

}  // namespace ttx::world
