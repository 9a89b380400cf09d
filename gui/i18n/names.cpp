#include "gui/i18n/names.h"

#include <fmt/format.h>

#include "gui/i18n/strings.h"
#include "sim/core/sim_time.h"
#include "sim/io/clock_text.h"

namespace ttx::gui {

std::string town_name(const world::World& w, std::int64_t town, io::Lang lang) {
  if (town < 0 || static_cast<std::size_t>(town) >= w.towns.size()) return lang == io::Lang::zh ? "全区" : "district";
  const auto& t = w.towns[static_cast<std::size_t>(town)];
  return pick(t.name_zh, t.name_en, lang);
}

std::string unit_name(const response::Unit& unit, io::Lang lang) { return pick(unit.name_zh, unit.name_en, lang); }

std::string item_name(const world::World& w, std::int64_t item, io::Lang lang) {
  if (item < 0 || static_cast<std::size_t>(item) >= w.items.size()) return "?";
  const auto& i = w.items[static_cast<std::size_t>(item)];
  return pick(i.name_zh, i.name_en, lang);
}

std::string skill_name(const world::World& w, std::uint32_t skill, io::Lang lang) {
  if (skill >= w.skills.size()) return "?";
  return pick(w.skills[skill].name_zh, w.skills[skill].name_en, lang);
}

std::string task_name(const response::ResponseModel& m, std::uint32_t task, io::Lang lang) {
  const auto& t = m.tasks()[task];
  std::string where = town_name(m.world(), t.town, lang);
  if (t.village >= 0) where += " " + m.world().villages[static_cast<std::size_t>(t.village)].name;
  return fmt::format("#{} {} · {}", task, skill_name(m.world(), t.skill, lang), where);
}

const char* state_name(response::UnitState s, io::Lang lang) {
  using response::UnitState;
  switch (s) {
    case UnitState::standby: return tr(S::s_standby, lang);
    case UnitState::assembling: return tr(S::s_assembling, lang);
    case UnitState::idle: return tr(S::s_idle, lang);
    case UnitState::travelling: return tr(S::s_travelling, lang);
    case UnitState::setting_up: return tr(S::s_setting_up, lang);
    case UnitState::working: return tr(S::s_working, lang);
    case UnitState::resting: return tr(S::s_resting, lang);
    case UnitState::returning: return tr(S::s_returning, lang);
  }
  return "?";
}

const char* impact_kind_name(hazard::ImpactKind k, io::Lang lang) {
  static_assert(hazard::kImpactKinds == 19, "a new impact kind needs its name in strings.h");
  const int first = static_cast<int>(S::k_water_depth);
  return tr(static_cast<S>(first + static_cast<int>(k)), lang);
}

std::string clock_text(std::int64_t t_s) { return core::format_clock(core::SimTime::at_seconds(t_s)); }

std::string calendar_text(const world::Scenario& scenario, std::int64_t t_s, io::Lang lang) {
  return io::date_clock(t_s, scenario.start_s, lang);
}

}  // namespace ttx::gui
