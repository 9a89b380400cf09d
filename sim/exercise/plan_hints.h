// Hints for a trainee: what the plans in force say about the level — the level
// each plan has reached on the known picture and the trigger that holds, beside
// the level the trainee declared, and what starts the next level. A hint used is
// counted in the score (BranchingSession::count_hint).
#pragma once

#include <string>
#include <vector>

#include "sim/response/response_model.h"
#include "sim/world/plans.h"

namespace ttx::exercise {

struct PlanHint {
  std::string plan;
  int plan_level = 5;      ///< the plan's own level on the known picture (5: none)
  std::string reason;      ///< the trigger that started it, as the plan engine wrote it ("relocated 5200 >= 5000")
  int declared = 5;        ///< the level the trainee declared (5: none)
  int next_level = 5;      ///< the next higher level (5: none: I is reached)
  std::vector<world::Condition> next_trigger;  ///< its first trigger's conditions
};

std::vector<PlanHint> plan_hints(const response::ResponseModel& run);

}  // namespace ttx::exercise
