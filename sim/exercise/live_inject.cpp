#include "sim/exercise/live_inject.h"

#include <algorithm>

namespace ttx::exercise {

const std::vector<std::string> kLiveEffectKinds = {"cut_road", "reopen_road", "flood_depot", "unit_unavailable"};
const std::vector<std::string> kLiveExpectedKinds = {"dispatch",     "mobilise",      "set_level",        "open_shelters",
                                                     "evacuate",     "release_stock", "order_relief",     "activate_reserve",
                                                     "request_aid",  "send_report"};

namespace {

bool one_of(const std::vector<std::string>& list, const std::string& s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

}  // namespace

std::string live_inject_problem(const LiveInject& in) {
  if (in.to != "duty_officer" && (in.to.rfind("town:", 0) != 0 || in.to.size() == 5)) {
    return "to: expected duty_officer or town:<town id>, got '" + in.to + "'";
  }
  if (in.message_zh.empty()) return "message_zh: the message in Chinese is required";
  for (const auto& e : in.effects) {
    if (!one_of(kLiveEffectKinds, e.kind)) return "effects.kind: unknown effect '" + e.kind + "'";
    if ((e.kind == "cut_road" || e.kind == "reopen_road") && (e.from.empty() || e.to.empty())) {
      return "effects: " + e.kind + " needs the road's two ends (from, to)";
    }
    if (e.kind == "flood_depot" && (e.depot.empty() || !(e.share > 0 && e.share <= 1))) {
      return "effects: flood_depot needs a depot and a share in (0, 1]";
    }
    if (e.kind == "unit_unavailable" && e.unit.empty()) return "effects: unit_unavailable needs a unit";
  }
  if (in.expected) {
    const LiveExpected& x = *in.expected;
    if (!one_of(kLiveExpectedKinds, x.kind)) return "expected_action.kind: unknown action '" + x.kind + "'";
    if (!(x.within_h > 0 && x.within_h <= 24 * 366)) return "expected_action.within_h: expected hours > 0";
    if (x.level < 1 || x.level > 4) return "expected_action.level: expected 1 to 4 (I to IV)";
  }
  return "";
}

}  // namespace ttx::exercise
