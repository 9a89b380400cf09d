// The MSEL's expected actions checked against the run: each done in time, late or
// missed, when and by whom; and each objective rated P/S/M/U from those figures
// (the rule is docs/scoring.md, "Exercise objectives").
#pragma once

#include <string>
#include <vector>

#include "sim/score/rating.h"
#include "sim/world/msel.h"

namespace ttx::response {
class ResponseModel;
}

namespace ttx::score {

enum class ActionStatus : char {
  in_time,        ///< taken by its deadline (a false report: not acted on by then)
  late,           ///< taken after its deadline
  missed,         ///< not taken by the end (a false report: acted on within the deadline)
  not_delivered,  ///< the inject never came (a condition not reached, a contingency not needed)
};
std::string_view to_string(ActionStatus s);

struct ExpectedActionCheck {
  int seq = 0;
  std::string objective, capability, controller, to, what;  ///< what: the expected action as written
  std::string message_zh, message_en;
  world::ExpectedAction expected;
  /// The names of what it concerns, for sentences: the town or village, the team type, the plan, the item.
  std::string place_zh, place_en, force_zh, force_en, plan_zh, plan_en, item_zh, item_en;
  bool false_report = false;
  bool conditional = false, contingency = false;
  ActionStatus status = ActionStatus::not_delivered;
  double delivered_h = -1, deadline_h = -1, done_h = -1;  ///< -1: never
  double late_h = 0;         ///< late: hours after the deadline
  double within_h = 0;       ///< the deadline's window after delivery
  std::string by;            ///< doctrine, trainee, director; "before" when it already held at delivery; "" not done
};

struct ObjectiveRating {
  std::string objective;
  int expected = 0, in_time = 0, late = 0, missed = 0, not_delivered = 0;
  double worst_late_h = 0;   ///< the latest of its late actions, hours after their deadlines
  bool rated = false;        ///< false when none of its injects was delivered
  Rating rating = Rating::P;
};

/// Every expected action of the model's MSEL as the run stands (at its end for the score).
std::vector<ExpectedActionCheck> check_expected_actions(const response::ResponseModel& model);

/// Each objective's rating from its checks.
std::vector<ObjectiveRating> rate_objectives(const std::vector<ExpectedActionCheck>& checks);

}  // namespace ttx::score
