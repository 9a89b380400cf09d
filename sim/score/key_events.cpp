#include "sim/score/key_events.h"

#include <algorithm>
#include <iterator>
#include <sstream>

namespace ttx::score {

namespace {

double hours(std::int64_t s) { return static_cast<double>(s) / 3600.0; }

}  // namespace

std::vector<TriggerCondition> parse_trigger(const std::string& reason) {
  std::vector<TriggerCondition> out;
  std::size_t from = 0;
  while (from <= reason.size()) {
    const std::size_t to = std::min(reason.find(" and ", from), reason.size());
    std::istringstream words(reason.substr(from, to - from));
    TriggerCondition c;
    std::string extra;
    if (!(words >> c.indicator >> c.value >> c.op >> c.threshold) || (words >> extra) || (c.op != ">=" && c.op != "==")) {
      return {};
    }
    out.push_back(std::move(c));
    from = to + 5;
  }
  return out;
}

std::vector<KeyEvent> key_events(const response::ResponseModel& m) {
  const world::World& w = m.world();
  // Levels come from the plan engine's own records (a trainee's declaration in trainee
  // mode is scored against them, not one of them).
  std::vector<KeyEvent> levels;
  for (const response::LevelChange& c : m.plans().changes()) {
    if (c.to >= c.from) continue;  // lowered or ended
    KeyEvent k;
    k.at_h = hours(c.at_s);
    k.kind = KeyEventKind::level_raised;
    k.plan = c.plan;
    k.level_from = c.from == response::kNoResponse ? 0 : c.from;
    k.level_to = c.to;
    k.conditions = parse_trigger(c.reason);
    k.text = c.reason;
    for (std::size_t i = 0; i < m.log().size(); ++i) {
      const response::LogEntry& e = m.log()[i];
      if (e.kind == response::LogKind::level_change && !e.declared && e.at_s == c.at_s && e.plan == c.plan && e.to == c.to) {
        k.event = static_cast<std::int64_t>(i);
        break;
      }
    }
    levels.push_back(std::move(k));
  }
  std::vector<KeyEvent> out;
  const auto& units = m.units();
  const auto& log = m.log();
  for (std::size_t i = 0; i < log.size(); ++i) {
    const response::LogEntry& e = log[i];
    KeyEvent k;
    k.at_h = hours(e.at_s);
    k.event = static_cast<std::int64_t>(i);
    k.town = e.town;
    switch (e.kind) {
      case response::LogKind::inject:
        k.kind = KeyEventKind::inject;
        k.text = e.message;
        break;
      case response::LogKind::shelters:
        if (e.town < 0) continue;
        k.kind = KeyEventKind::shelters_open;
        k.amount = e.count;
        break;
      case response::LogKind::unit_on_site:
        k.kind = KeyEventKind::first_unit;
        if (e.unit >= 0 && static_cast<std::size_t>(e.unit) < units.size()) {
          k.unit_zh = units[static_cast<std::size_t>(e.unit)].name_zh;
          k.unit_en = units[static_cast<std::size_t>(e.unit)].name_en;
        }
        break;
      case response::LogKind::relief_delivered:
        if (e.town < 0) continue;
        k.kind = KeyEventKind::first_relief;
        k.item = e.item;
        k.amount = e.hours;
        break;
      case response::LogKind::stockout:
        if (e.item < 0) continue;
        k.kind = KeyEventKind::stockout;
        k.item = e.item;
        break;
      case response::LogKind::reserve:
        k.kind = KeyEventKind::reserve;
        k.amount = e.hours;
        break;
      case response::LogKind::aid:
        if (e.aid < 0 || static_cast<std::size_t>(e.aid) >= w.mutual_aid.size()) continue;
        k.aid = e.aid;
        // Teams of the aid (a crew index) arrive apart from its stock.
        k.kind = !e.arrived ? KeyEventKind::aid_requested : e.crew >= 0 ? KeyEventKind::aid_teams_arrived : KeyEventKind::aid_arrived;
        k.amount = e.arrived ? e.count : e.hours;
        break;
      case response::LogKind::report:
        k.kind = e.recipient == "province" ? KeyEventKind::report_province : KeyEventKind::report_city;
        break;
      default:
        continue;
    }
    out.push_back(std::move(k));
  }
  // Both are in time order; at the same moment the level comes first.
  std::vector<KeyEvent> all;
  all.reserve(levels.size() + out.size());
  std::merge(std::make_move_iterator(levels.begin()), std::make_move_iterator(levels.end()),
             std::make_move_iterator(out.begin()), std::make_move_iterator(out.end()), std::back_inserter(all),
             [](const KeyEvent& a, const KeyEvent& b) { return a.at_h < b.at_h; });
  return all;
}

}  // namespace ttx::score
