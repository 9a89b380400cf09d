// The scorecard of one run: five parts, each a 0–100 score with the figures behind
// it, its targets and an HSEEP rating. Formulas: docs/scoring.md; weights, targets
// and cut-offs: scoring.yaml (world::Scoring); the plans' own targets come with the
// summary.
#pragma once

#include <array>
#include <string>
#include <utility>
#include <vector>

#include "sim/score/rating.h"
#include "sim/score/run_summary.h"
#include "sim/world/scoring.h"

namespace ttx::score {


/// One figure of a part: its value, the target it is judged against (-1: none) and
/// whether it meets it.
struct Figure {
  Figure() = default;
  Figure(std::string id_, double value_, double target_ = -1, bool met_ = true, std::string zh = {}, std::string en = {})
      : id(std::move(id_)), value(value_), target(target_), met(met_), subject_zh(std::move(zh)), subject_en(std::move(en)) {}
  std::string id;
  double value = 0;
  double target = -1;
  bool met = true;
  std::string subject_zh, subject_en;  ///< what it is about, for ids with a subject (ran_out_h:<item>)
};

struct Part {
  std::string id;  ///< life_safety, timeliness, sufficiency, compliance, efficiency
  double score = 100;
  Rating rating = Rating::P;
  bool applies = true;  ///< false when the run gave it nothing to judge (it then scores 100)
  std::vector<Figure> figures;
};

struct Scorecard {
  Part life_safety, timeliness, sufficiency, compliance, efficiency;
  double overall = 100;
  Rating rating = Rating::P;
  std::array<const Part*, 5> parts() const { return {&life_safety, &timeliness, &sufficiency, &compliance, &efficiency}; }
  std::array<Part*, 5> parts() { return {&life_safety, &timeliness, &sufficiency, &compliance, &efficiency}; }
};

Scorecard score(const RunSummary& summary, const world::Scoring& rules);
Rating rating_of(double score, const world::Scoring& rules);

}  // namespace ttx::score
