// Formatting shared by the after-action report's sections: times as T+HH:MM,
// people as whole numbers, hours to 0.1, shares as percentages, names in the
// report's language, the key events and scorecard figures as phrases. Internal to
// sim/io (aar_report.cpp, aar_annexes.cpp).
#pragma once

#include <string>

#include "sim/io/aar_report.h"

namespace ttx::io::aar {

struct Ctx {
  const AarInput& in;
  Lang lang;
  std::string_view t(std::string_view key) const { return tr(lang, key); }
  bool zh() const { return lang == Lang::zh; }
};

std::string esc(const std::string& text);
std::string clock(const Ctx& c, double h);     ///< "T+25:05 7月26日 21:05" (the date if the scenario has a start); "—" when < 0
std::string people(double n);                  ///< "64,631"
std::string count(double n);                   ///< the same for any count
std::string hours(const Ctx& c, double h);     ///< "10.8 h" / "10.8小时"; "—" when < 0
std::string number1(double v);                 ///< "10.8"
std::string compact(double v);                 ///< "10" when whole, else "10.8"
std::string percent(double share);             ///< "37.3%"
std::string level(int level);                  ///< "IV"

std::string town_name(const Ctx& c, std::ptrdiff_t world_town);
std::string item_name(const Ctx& c, std::ptrdiff_t world_item);
std::string item_name(const Ctx& c, const score::CategoryFigures& k);
std::string plan_name(const Ctx& c, const std::string& plan_id);
std::string part_name(const Ctx& c, const score::Part& p);
std::string rating_text(const Ctx& c, score::Rating r);

/// The event as a sentence in the report's language.
std::string event_text(const Ctx& c, const score::KeyEvent& e);
/// A trigger's conditions as people say them ("台风黄色预警", "people relocated 1,765 (≥ 1,000)").
std::string trigger_text(const Ctx& c, const score::KeyEvent& e);

/// A scorecard figure's label, its value and its target in the figure's own unit.
std::string figure_label(const Ctx& c, const std::string& id);
std::string figure_value(const Ctx& c, const std::string& id, double value);
/// How far a finding fell short, as a phrase ("62.7 points short", "0.4 h late").
std::string shortfall_text(const Ctx& c, const score::Finding& f);
/// The events behind a finding, one phrase each.
std::vector<std::string> evidence_text(const Ctx& c, const score::Finding& f);
/// The corrective action a finding calls for.
std::string fix_text(const Ctx& c, const score::Finding& f);
std::string owner_text(const Ctx& c, const world::ImprovementOwner& o);

}  // namespace ttx::io::aar

namespace ttx::io::aar {

/// A stock unit of measure in the report's language ("piece" -> 件).
std::string quantity_unit(const Ctx& c, const score::CategoryFigures& category);

// The appendices (aar_annexes.cpp), each a <section>.
std::string annex_towns(const Ctx& c);
std::string annex_stock(const Ctx& c);
std::string annex_units(const Ctx& c);
std::string annex_assumptions(const Ctx& c);
/// The trainee's run beside the plan's (aar_side_by_side.cpp); "" when the report has none.
std::string side_by_side_section(const Ctx& c);

}  // namespace ttx::io::aar
