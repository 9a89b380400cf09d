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

namespace {

template <class List>
bool has_id(const List& list, const std::string& id) {
  return std::any_of(list.begin(), list.end(), [&](const auto& x) { return x.id == id; });
}

}  // namespace

std::string live_inject_unknown_name(const LiveInject& in, const world::World& w) {
  auto town = [&](const std::string& id) { return id.empty() || w.town_index(id).has_value(); };
  if (in.to.rfind("town:", 0) == 0 && !town(in.to.substr(5))) return "to: no town '" + in.to.substr(5) + "'";
  for (const auto& e : in.effects) {
    if ((e.kind == "cut_road" || e.kind == "reopen_road") && w.roads.edge_between(e.from, e.to) < 0) {
      return "effects: no road between '" + e.from + "' and '" + e.to + "'";
    }
    if (e.kind == "flood_depot" && !has_id(w.depots, e.depot)) return "effects.depot: no depot '" + e.depot + "'";
    if (e.kind == "unit_unavailable" && !has_id(w.teams, e.unit)) return "effects.unit: no team '" + e.unit + "'";
  }
  if (!in.expected) return "";
  const LiveExpected& x = *in.expected;
  if (!town(x.town)) return "expected_action.town: no town '" + x.town + "'";
  if (!x.village.empty() && !has_id(w.villages, x.village)) return "expected_action.village: no village '" + x.village + "'";
  if (!x.plan.empty() && !has_id(w.plans, x.plan)) return "expected_action.plan: no plan '" + x.plan + "'";
  if (!x.item.empty() && !has_id(w.items, x.item)) return "expected_action.item: no item '" + x.item + "'";
  if (!x.aid.empty() && !has_id(w.mutual_aid, x.aid)) return "expected_action.aid: no mutual aid '" + x.aid + "'";
  return "";
}

world::Inject msel_inject(const LiveInject& live, int seq, std::int64_t at_s) {
  world::Inject in;
  in.seq = seq;
  in.at_s = at_s;
  in.delivery = "live";
  in.from = "exercise_director";
  in.to = live.to;
  if (live.to.rfind("town:", 0) == 0) in.recipient = {world::RecipientKind::town, live.to.substr(5)};
  in.message_zh = live.message_zh;
  in.message_en = live.message_en;
  in.message = live.message_en.empty() ? live.message_zh : live.message_zh + " / " + live.message_en;
  for (const auto& e : live.effects) {
    world::InjectEffect out;
    out.kind = static_cast<world::EffectKind>(std::find(kLiveEffectKinds.begin(), kLiveEffectKinds.end(), e.kind) - kLiveEffectKinds.begin());
    out.from = e.from;
    out.to = e.to;
    out.depot = e.depot;
    out.share = e.share;
    out.unit = e.unit;
    in.effects.push_back(std::move(out));
  }
  if (live.expected) {
    const LiveExpected& x = *live.expected;
    in.has_expected = true;
    world::ExpectedAction& out = in.expected;
    out.kind = static_cast<world::ExpectKind>(std::find(kLiveExpectedKinds.begin(), kLiveExpectedKinds.end(), x.kind) - kLiveExpectedKinds.begin());
    out.team_type = x.team_type;
    out.town = x.town;
    out.village = x.village;
    out.plan = x.plan;
    out.item = x.item;
    out.aid = x.aid;
    out.to = x.to;
    out.level = x.level;
    out.within_h = x.within_h;
    out.text = x.kind + (x.town.empty() ? "" : " " + x.town) + (x.village.empty() ? "" : " " + x.village);
    in.expected_action = out.text;
    in.objective = "live";
  }
  return in;
}

}  // namespace ttx::exercise
