#include "sim/exercise/plan_hints.h"

namespace ttx::exercise {

std::vector<PlanHint> plan_hints(const response::ResponseModel& run) {
  std::vector<PlanHint> out;
  for (const auto& id : run.scenario().plans) {
    PlanHint h;
    h.plan = id;
    h.plan_level = run.plans().level(id);
    h.declared = run.declared_level(id);
    for (const auto& c : run.plans().changes()) {
      if (c.plan == id && c.to == h.plan_level) h.reason = c.reason;
    }
    for (const auto& p : run.world().plans) {
      if (p.id != id) continue;
      // Levels are listed IV..I; the next one above the plan's own.
      for (const auto& l : p.levels) {
        if (l.level < h.plan_level && (h.next_level == 5 || l.level > h.next_level) && !l.triggers.empty()) {
          h.next_level = l.level;
          h.next_trigger = l.triggers.front().all_of;
        }
      }
    }
    out.push_back(std::move(h));
  }
  return out;
}

}  // namespace ttx::exercise
