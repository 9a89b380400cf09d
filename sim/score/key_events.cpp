#include "sim/score/key_events.h"

#include <algorithm>
#include <iterator>
#include <sstream>

namespace ttx::score {

namespace {

double hours(std::int64_t s) { return static_cast<double>(s) / 3600.0; }

// The unit a unit_on_site entry names: its text starts with the unit's id and " (".
const response::Unit* unit_named(const response::ResponseModel& m, const std::string& text) {
  for (const auto& u : m.units()) {
    if (text.size() > u.id.size() + 1 && text.compare(0, u.id.size(), u.id) == 0 && text[u.id.size()] == ' ') return &u;
  }
  return nullptr;
}

// The item of the first delivery to `town` at `at_s`.
std::int64_t first_item_delivered(const response::ResponseModel& m, std::uint32_t town, std::int64_t at_s) {
  const auto& l = m.logistics();
  for (std::size_t k = 0; k < l.orders().size(); ++k) {
    if (l.orders()[k].town != town || l.outcomes()[k].delivered_s != at_s) continue;
    if (const auto item = l.item_index(l.orders()[k].item)) return *item;
  }
  return -1;
}

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
    levels.push_back(std::move(k));
  }
  std::vector<KeyEvent> out;
  std::vector<bool> aid_seen(w.mutual_aid.size(), false);
  std::vector<bool> item_out(w.items.size(), false);
  for (const response::LogEntry& e : m.log()) {
    KeyEvent k;
    k.at_h = hours(e.at_s);
    k.town = e.town;
    switch (e.kind) {
      case response::LogKind::inject: {
        k.kind = KeyEventKind::inject;
        const auto colon = e.text.find(": ");
        k.text = colon == std::string::npos ? e.text : e.text.substr(colon + 2);
        break;
      }
      case response::LogKind::shelters:
        if (e.town < 0) continue;
        k.kind = KeyEventKind::shelters_open;
        k.amount = m.towns()[static_cast<std::size_t>(e.town)].shelter_capacity;
        break;
      case response::LogKind::unit_on_site:
        k.kind = KeyEventKind::first_unit;
        if (const response::Unit* u = unit_named(m, e.text)) k.unit_zh = u->name_zh, k.unit_en = u->name_en;
        break;
      case response::LogKind::relief_delivered: {
        if (e.town < 0) continue;
        const auto town = static_cast<std::uint32_t>(e.town);
        k.kind = KeyEventKind::first_relief;
        k.item = first_item_delivered(m, town, e.at_s);
        k.amount = hours(e.at_s - m.towns()[town].first_displaced_s);
        break;
      }
      case response::LogKind::stockout:
        k.kind = KeyEventKind::stockout;
        for (const auto& s : m.logistics().stockouts()) {
          if (s.at_s == e.at_s && !item_out[s.item]) {
            item_out[s.item] = true;
            k.item = s.item;
            break;
          }
        }
        if (k.item < 0) continue;
        break;
      case response::LogKind::reserve:
        k.kind = KeyEventKind::reserve;
        k.amount = w.agreement_reserve.lead_time_full_quantity_h;
        break;
      case response::LogKind::aid: {
        for (std::size_t a = 0; a < w.mutual_aid.size(); ++a) {
          if (e.text.find(w.mutual_aid[a].from_zh) == std::string::npos) continue;
          k.aid = static_cast<std::int64_t>(a);
          k.kind = aid_seen[a] ? KeyEventKind::aid_arrived : KeyEventKind::aid_requested;
          if (aid_seen[a]) {
            for (const auto& i : w.mutual_aid[a].items) {
              if (w.item(i.item) != nullptr) k.amount += static_cast<double>(i.quantity);
            }
          } else {
            k.amount = w.mutual_aid[a].delay_h;
          }
          aid_seen[a] = true;
          break;
        }
        if (k.aid < 0) continue;
        break;
      }
      case response::LogKind::report:
        k.kind = e.text.find("province") != std::string::npos ? KeyEventKind::report_province : KeyEventKind::report_city;
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
