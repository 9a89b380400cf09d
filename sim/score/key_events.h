// The key events of a run, as records a printer renders in either language: levels
// raised and why, injects, shelters opened, the first unit on site and the first
// relief per town, stockouts, the agreement reserve, mutual aid, reports sent
// upwards. Taken from the model's log and its state; no text is made here.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sim/response/response_model.h"

namespace ttx::score {

enum class KeyEventKind : std::uint8_t {
  level_raised,   ///< plan, level_from -> level_to, conditions
  inject,         ///< text: the inject's message as written
  shelters_open,  ///< town, amount: places
  first_unit,     ///< town, unit_zh/unit_en (empty if unknown)
  first_relief,   ///< town, item, amount: hours after the town's first displacement
  stockout,       ///< item
  reserve,        ///< amount: the suppliers' lead time for the full quantity, h
  aid_requested,  ///< aid, amount: hours until it arrives
  aid_arrived,    ///< aid, amount: items received
  report_city,
  report_province,
  aid_teams_arrived,  ///< aid, amount: units that came
};

/// One condition of the trigger that raised a level, as the plan engine wrote it:
/// "warning_typhoon yellow >= yellow" is {warning_typhoon, yellow, >=, yellow}.
/// A level declared by command has none (`text` holds its reason).
struct TriggerCondition {
  std::string indicator, value, op, threshold;
};

struct KeyEvent {
  double at_h = 0;
  std::int64_t event = -1;  ///< its record in the model's log (the index the run's JSON lists it by), -1 none
  KeyEventKind kind = KeyEventKind::level_raised;
  std::int64_t town = -1;  ///< index into World::towns, -1 district-wide
  std::int64_t item = -1;  ///< index into World::items
  std::int64_t aid = -1;   ///< index into World::mutual_aid
  std::string plan;        ///< a plan id
  int level_from = 0, level_to = 0;  ///< 4 = IV ... 1 = I; 0 from no response
  std::vector<TriggerCondition> conditions;
  std::string unit_zh, unit_en;
  std::string text;
  double amount = 0;
};

/// The key events up to the model's current time, in time order.
std::vector<KeyEvent> key_events(const response::ResponseModel& model);

/// "a 1 >= 1 and b yes == yes" as its conditions; empty if it is not in that form.
std::vector<TriggerCondition> parse_trigger(const std::string& reason);

}  // namespace ttx::score
