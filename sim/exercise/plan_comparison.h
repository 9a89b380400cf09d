// A session's run beside the plan's: both replayed from the start to the same
// moment on the same seed — the session's commands in one, the doctrine in the
// other — summarised, scored and compared (score/side_by_side.h). Also two
// branches of a session beside each other.
#pragma once

#include <memory>
#include <string>

#include "sim/exercise/branching_session.h"
#include "sim/response/response_model.h"
#include "sim/score/run_summary.h"
#include "sim/score/scorecard.h"
#include "sim/score/side_by_side.h"

namespace ttx::exercise {

struct ScoredRun {
  std::unique_ptr<response::ResponseModel> model;
  score::RunSummary summary;
  score::Scorecard card;
};

struct Comparison {
  ScoredRun left, right;  ///< the session (or the first branch) and the plan (or the second branch)
  score::SideBySide side_by_side;
};

/// The current branch beside the doctrine baseline, both up to `until_s` (at most the end).
Comparison compare_with_plan(const BranchingSession& session, std::int64_t until_s);
/// Branch `a` beside branch `b`, both up to `until_s`.
Comparison compare_branches(const BranchingSession& session, const std::string& a, const std::string& b,
                            std::int64_t until_s);

/// The hints the trainee used on the branch `name` and the branches it came from.
int hints_on(const SessionFile& file, const std::string& name);

}  // namespace ttx::exercise
