#include "sim/exercise/refusal_text.h"

#include "sim/core/sim_time.h"
#include "sim/io/log_text.h"

namespace ttx::exercise {

namespace {

const std::string& pick(io::Lang l, const std::string& zh, const std::string& en) { return l == io::Lang::zh || en.empty() ? zh : en; }

}  // namespace

const char* unit_state_text(response::UnitState s, io::Lang l) {
  const bool zh = l == io::Lang::zh;
  using response::UnitState;
  switch (s) {
    case UnitState::standby: return zh ? "待命" : "standby";
    case UnitState::assembling: return zh ? "集结" : "assembling";
    case UnitState::idle: return zh ? "空闲" : "idle";
    case UnitState::travelling: return zh ? "途中" : "on the way";
    case UnitState::setting_up: return zh ? "展开" : "setting up";
    case UnitState::working: return zh ? "作业" : "working";
    case UnitState::resting: return zh ? "休整" : "resting";
    case UnitState::returning: return zh ? "返回驻地" : "returning to base";
  }
  return "?";
}

std::string refusal_text(const Refused& why, const response::ResponseModel& run, io::Lang lang) {
  const bool zh = lang == io::Lang::zh;
  const auto& w = run.world();
  using P = Refused::TripProblem;
  const bool known_unit = why.id >= 0 && static_cast<std::size_t>(why.id) < run.units().size();
  if (why.refusal == response::Refusal::unit_busy) {
    const std::string who = known_unit ? pick(lang, run.units()[why.id].name_zh, run.units()[why.id].name_en) : "";
    const std::string state = known_unit ? unit_state_text(run.units()[why.id].state, lang) : why.unit_state;
    if (why.until_s >= 0) {
      const std::string until = core::format_clock(core::SimTime::at_seconds(why.until_s));
      return zh ? who + "（" + state + "）至 " + until + " 前不能派遣" : who + " is busy (" + state + ") until " + until;
    }
    return zh ? who + "当前为" + state + "，不能派遣（需先调集）" : who + " is " + state + ": mobilise it first";
  }
  if (why.refusal == response::Refusal::no_trip) {
    const std::string town = why.town >= 0 && static_cast<std::size_t>(why.town) < w.towns.size()
                                 ? pick(lang, w.towns[why.town].name_zh, w.towns[why.town].name_en)
                                 : "?";
    const std::string item = why.item >= 0 && static_cast<std::size_t>(why.item) < w.items.size()
                                 ? pick(lang, w.items[why.item].name_zh, w.items[why.item].name_en)
                                 : "?";
    switch (why.trip) {
      case P::no_skill: return zh ? "该队伍不具备此任务所需技能" : "the unit lacks the skill for this task";
      case P::equipment_not_released: return zh ? "装备类物资尚未动用（先下达“动用储备物资”）" : "equipment is not released yet (release stock first)";
      case P::no_gear: return zh ? "库存没有" + item : "no " + item + " in stock";
      case P::no_road: return zh ? "没有道路通往" + town : "no road to " + town;
      case P::none: break;
    }
  }
  // The model's own wording for the rest.
  response::LogEntry e;
  e.kind = response::LogKind::rejected;
  e.refusal = why.refusal;
  e.refused_id = why.id;
  e.refused_asked = why.asked;
  e.unit_state = why.unit_state;
  const std::string line = io::log_text(e, w, run.units(), lang);
  const std::string sep = zh ? "——未执行：" : ": refused: ";
  const auto at = line.find(sep);
  return at == std::string::npos ? line : line.substr(at + sep.size());
}

}  // namespace ttx::exercise
