// Names from the data in the chosen language (Chinese names where the data has
// only those, such as villages).
#pragma once

#include <cstdint>
#include <string>

#include "sim/io/language.h"
#include "sim/response/response_model.h"

namespace ttx::gui {

inline const std::string& pick(const std::string& zh, const std::string& en, io::Lang lang) {
  return lang == io::Lang::zh || en.empty() ? zh : en;
}
std::string town_name(const world::World& w, std::int64_t town, io::Lang lang);
std::string unit_name(const response::Unit& unit, io::Lang lang);
std::string item_name(const world::World& w, std::int64_t item, io::Lang lang);
std::string skill_name(const world::World& w, std::uint32_t skill, io::Lang lang);
std::string task_name(const response::ResponseModel& m, std::uint32_t task, io::Lang lang);
const char* state_name(response::UnitState s, io::Lang lang);
/// The kind of an impact or report ("被困", "trapped").
const char* impact_kind_name(hazard::ImpactKind k, io::Lang lang);
/// "T+06:30"
std::string clock_text(std::int64_t t_s);
/// "7月25日 06:30" / "25 Jul 06:30" when the scenario has a start, else "".
std::string calendar_text(const world::Scenario& scenario, std::int64_t t_s, io::Lang lang);

}  // namespace ttx::gui
