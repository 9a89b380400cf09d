#include "gui/i18n/refusal_text.h"

#include "gui/i18n/names.h"
#include "sim/io/log_text.h"

namespace ttx::gui {

std::string refusal_text(const exercise::Refused& why, const response::ResponseModel& run, io::Lang lang) {
  const bool zh = lang == io::Lang::zh;
  const auto& w = run.world();
  using P = exercise::Refused::TripProblem;
  if (why.refusal == response::Refusal::unit_busy) {
    const std::string who = why.id >= 0 && static_cast<std::size_t>(why.id) < run.units().size()
                                ? unit_name(run.units()[static_cast<std::size_t>(why.id)], lang)
                                : "";
    std::string state = why.id >= 0 && static_cast<std::size_t>(why.id) < run.units().size()
                            ? state_name(run.units()[static_cast<std::size_t>(why.id)].state, lang)
                            : why.unit_state;
    if (why.until_s >= 0) {
      return zh ? who + "（" + state + "）至 " + clock_text(why.until_s) + " 前不能派遣"
                : who + " is busy (" + state + ") until " + clock_text(why.until_s);
    }
    return zh ? who + "当前为" + state + "，不能派遣（需先调集）" : who + " is " + state + ": mobilise it first";
  }
  if (why.refusal == response::Refusal::no_trip) {
    switch (why.trip) {
      case P::no_skill: return zh ? "该队伍不具备此任务所需技能" : "the unit lacks the skill for this task";
      case P::equipment_not_released: return zh ? "装备类物资尚未动用（先下达“动用储备物资”）" : "equipment is not released yet (release stock first)";
      case P::no_gear: return zh ? "库存没有" + item_name(w, why.item, lang) : "no " + item_name(w, why.item, lang) + " in stock";
      case P::no_road: return zh ? "没有道路通往" + town_name(w, why.town, lang) : "no road to " + town_name(w, why.town, lang);
      case P::none: break;
    }
  }
  // The model's own wording for the rest.
  response::LogEntry e;
  e.kind = response::LogKind::rejected;
  e.refusal = why.refusal;
  e.refused_id = why.id;
  e.unit_state = why.unit_state;
  const std::string line = io::log_text(e, w, run.units(), lang);
  const std::string sep = zh ? "——未执行：" : ": refused: ";
  const auto at = line.find(sep);
  return at == std::string::npos ? line : line.substr(at + sep.size());
}

}  // namespace ttx::gui
