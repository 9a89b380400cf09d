// The trainee's run beside the doctrine baseline on the same seed (the same
// disaster, by common random numbers): the scorecards part by part, and the gaps
// that explain them — a town's first relief or first unit later (or earlier) than
// by the plan, a level declared later, the report to the city — each with the
// decisions behind it on both sides (when stock was released, units mobilised,
// the level declared). Records only; io/side_by_side_text.h makes the sentences.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sim/response/response_model.h"
#include "sim/score/key_events.h"
#include "sim/score/run_summary.h"
#include "sim/score/scorecard.h"

namespace ttx::score {

struct PartBeside {
  std::string id;  ///< life_safety, ... (Part::id)
  double trainee = 0, plan = 0;
  Rating trainee_rating = Rating::P, plan_rating = Rating::P;
};

enum class GapKind : std::uint8_t {
  first_relief,  ///< town: first relief delivered; causes: stock released (or the first order for the town)
  first_unit,    ///< town: first unit on site; causes: the first unit mobilised
  level,         ///< plan: the first level started (the plan's) or declared (the trainee's); causes: the same times
  report_city,   ///< the report to the city; causes: the same times
};

/// One difference of more than `kGapH` hours (or something one side did and the other never).
struct Gap {
  GapKind kind = GapKind::first_relief;
  std::int64_t town = -1;  ///< index into World::towns
  std::string plan;        ///< level: the plan
  double trainee_h = -1, plan_h = -1;              ///< when it happened, -1 never
  double trainee_cause_h = -1, plan_cause_h = -1;  ///< the decision behind it, -1 none
  double late_h() const { return trainee_h < 0 || plan_h < 0 ? 0 : trainee_h - plan_h; }
};
inline constexpr double kGapH = 0.5;

/// A key event one run has and the other has not (by kind, town, item, plan and level), or at another time.
struct KeyEventDiff {
  KeyEvent event;          ///< as the run that has it (the trainee's when both have it)
  double trainee_h = -1, plan_h = -1;  ///< -1: that run has no such event
};

struct SideBySide {
  std::vector<PartBeside> parts;
  double trainee_overall = 0, plan_overall = 0;
  Rating trainee_rating = Rating::P, plan_rating = Rating::P;
  std::vector<Gap> gaps;             ///< largest first
  std::vector<KeyEventDiff> events;  ///< in time order
  int hints = 0;                     ///< hints the trainee used
  double until_h = 0;                ///< both runs compared up to here
};

/// Compares two runs that have run to the same time: `trainee` (commands) and `plan` (the doctrine).
SideBySide side_by_side(const response::ResponseModel& trainee, const Scorecard& trainee_card,
                        const RunSummary& trainee_summary, const response::ResponseModel& plan,
                        const Scorecard& plan_card, const RunSummary& plan_summary, int hints);

/// The key events of two runs, matched: those only one has or at times more than kGapH apart.
std::vector<KeyEventDiff> key_event_diff(const std::vector<KeyEvent>& trainee, const std::vector<KeyEvent>& plan);

}  // namespace ttx::score
