// How a run is scored: the weights of the scorecard's five parts and of the figures
// inside them, the targets the plans do not set, and the cut-offs of the HSEEP
// ratings. Read from scoring.yaml; docs/scoring.md gives the formulas.
#pragma once

#include <array>
#include <string>

namespace ttx::world {

/// Who leads the corrective action when a part of the scorecard misses a target,
/// and how many days they have (the after-action report's improvement plan).
struct ImprovementOwner {
  std::string lead_zh = "区应急管理局", lead_en = "District Emergency Management Bureau";
  std::string support_zh, support_en;  ///< empty: the lead alone
  double deadline_days = 30;
};

struct Scoring {
  // Weights of the five parts in the overall score (they need not sum to 1).
  double weight_life_safety = 0.35, weight_timeliness = 0.25, weight_sufficiency = 0.2, weight_compliance = 0.1,
         weight_efficiency = 0.1;
  // Condition of each person at risk for the life-safety headline (1 = unharmed, 0 = dead).
  double health_rescued = 1, health_treated_in_time = 1, health_treated_late = 0.6, health_waiting = 0.3;
  // Timeliness: the weights of its three figures, and the target for the first unit on site.
  double weight_relief_in_time = 0.5, weight_first_unit = 0.25, weight_delivery_p90 = 0.25;
  double first_unit_target_h = 2;
  // Sufficiency: the weights of the mean fill rate and of the share of categories that never ran out.
  double weight_fill_rate = 0.6, weight_no_stockout = 0.4;
  // Efficiency: the unit utilisation (work / on duty) that scores 100.
  double utilisation_for_full_score = 0.5;
  // HSEEP ratings from a part's score: P at or above rating_p, S above rating_s, M above rating_m, else U.
  double rating_p = 90, rating_s = 70, rating_m = 40;
  // Improvement plan: one owner per part, in the scorecard's order (life safety,
  // timeliness, sufficiency, compliance, efficiency).
  std::array<ImprovementOwner, 5> owners{};
  bool loaded = false;
};

}  // namespace ttx::world
