// The improvement plan of a run (HSEEP's Improvement Plan, the 纠正行动 of AQ/T
// 9009-2015): every target the scorecard marks missed, by how much, the events
// behind it, and who leads the corrective action by when (scoring.yaml). Printers
// format it; they judge nothing.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "sim/score/run_summary.h"
#include "sim/score/scorecard.h"
#include "sim/world/scoring.h"

namespace ttx::score {

enum class EvidenceKind : std::uint8_t {
  town_relief,      ///< a town's share relieved within the target: value share, hours = first relief after displacement
  town_first_unit,  ///< a town's first unit: hours after its first displacement (-1 none), target the limit
  category_p90,     ///< a category's request->delivery p90 (hours, -1 nothing delivered), target the limit
  category_fill,    ///< a category's fill rate (value), delivered of requested
  category_ran_out, ///< a category ran out at `at_h`
  deadline,         ///< a reporting deadline: clock from `from_h`, due `due_h`, done `at_h` (-1 not done)
  utilisation,      ///< unit-hours worked (value) of those on duty (target)
};

struct Evidence {
  EvidenceKind kind = EvidenceKind::town_relief;
  std::ptrdiff_t town = -1;      ///< index into RunSummary::towns
  std::ptrdiff_t category = -1;  ///< index into RunSummary::categories
  std::ptrdiff_t deadline = -1;  ///< index into RunSummary::deadlines
  double value = 0, target = -1, hours = -1;
  double at_h = -1, from_h = -1, due_h = -1;
  std::int64_t event = -1;  ///< the record of the model's log behind it (RunSummary's *_event), -1 none
};

struct Finding {
  std::size_t part = 0;  ///< 0 life safety, 1 timeliness, 2 sufficiency, 3 compliance, 4 efficiency
  std::string figure;    ///< the scorecard figure's id
  double value = 0, target = -1;
  /// How far it fell short, in the figure's own unit: a share's points below its
  /// target, hours late for a deadline, orders short of stock; for a stockout the hour it came.
  double shortfall = 0;
  std::vector<Evidence> evidence;
  world::ImprovementOwner owner;
};

/// One finding per scorecard figure that is not met, in the scorecard's order.
std::vector<Finding> improvement_plan(const RunSummary& summary, const Scorecard& card, const world::Scoring& rules);

}  // namespace ttx::score
