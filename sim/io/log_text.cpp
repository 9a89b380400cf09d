#include "sim/io/log_text.h"

#include "sim/response/freezing_state.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <sstream>

#include <fmt/format.h>

namespace ttx::io {

namespace {

using response::LogEntry;
using response::LogKind;
using response::Refusal;

bool zh(Lang l) { return l == Lang::zh; }
const std::string& pick(Lang l, const std::string& z, const std::string& e) { return zh(l) || e.empty() ? z : e; }

std::string number(double v) {
  return std::fabs(v - std::round(v)) < 1e-9 ? fmt::format("{:.0f}", v) : fmt::format("{:.1f}", v);
}

std::string town_name(const world::World& w, std::int64_t t, Lang l) {
  if (t < 0 || static_cast<std::size_t>(t) >= w.towns.size()) return "?";
  return pick(l, w.towns[t].name_zh, w.towns[t].name_en);
}
std::string unit_name(const std::vector<response::Unit>& units, std::int64_t u, Lang l) {
  if (u < 0 || static_cast<std::size_t>(u) >= units.size()) return (zh(l) ? "队伍 " : "unit ") + std::to_string(u);
  return pick(l, units[u].name_zh, units[u].name_en);
}
std::string town_name(const world::World& w, const std::string& id, Lang l) {
  const auto t = w.town_index(id);
  return t ? town_name(w, *t, l) : id;
}
std::string unit_name(const std::vector<response::Unit>& units, const std::string& id, Lang l) {
  for (const auto& u : units) {
    if (u.id == id) return pick(l, u.name_zh, u.name_en);
  }
  return id;
}
std::string item_name(const world::World& w, std::int64_t i, Lang l) {
  if (i < 0 || static_cast<std::size_t>(i) >= w.items.size()) return "?";
  return pick(l, w.items[i].name_zh, w.items[i].name_en);
}
std::string item_name(const world::World& w, const std::string& id, Lang l) {
  const world::ItemCategory* item = w.item(id);
  return item ? pick(l, item->name_zh, item->name_en) : id;
}

// Indicators of the plans' triggers: name and, for counts, the unit.
struct IndicatorWords {
  const char* id;
  const char* zh;
  const char* en;
  const char* unit_zh;
};
constexpr IndicatorWords kIndicators[] = {
    {"dead_missing", "死亡失踪", "dead and missing", "人"},
    {"relocated", "紧急转移安置", "people relocated", "人"},
    {"households_collapsed", "倒塌和严重损坏房屋", "households with houses collapsed or severely damaged", "户"},
    {"rooms_collapsed", "倒塌房屋", "rooms collapsed", "间"},
    {"magnitude", "震级", "magnitude", "级"},
    {"warning_typhoon", "台风", "typhoon", ""},
    {"warning_rainstorm", "暴雨", "rainstorm", ""},
    {"warning_road_icing", "道路结冰", "road icing", ""},
    {"warning_blizzard", "暴雪", "blizzard", ""},
    {"warning_cold_wave", "寒潮", "cold wave", ""},
    {"river_level", "河道水位", "river level", ""},
    {"levee_breach", "堤防决口", "levee breach", ""},
    {"yangtze_levee_breach", "长江堤防决口", "Yangtze levee breach", ""},
    {"users_without_power_pct", "停电用户比例", "users without power", "%"},
    {"stranded_travellers", "滞留旅客", "stranded travellers", "人"},
    {"expressway_closed", "高速公路封闭", "expressway closed", ""},
};

std::string colour(const std::string& c, Lang l) {
  static const std::pair<const char*, const char*> zh_colours[] = {
      {"blue", "蓝色"}, {"yellow", "黄色"}, {"orange", "橙色"}, {"red", "红色"}};
  if (!zh(l)) return c;
  for (const auto& [en, z] : zh_colours) {
    if (c == en) return z;
  }
  return c;
}

// People, households and rooms are whole: a fractional expected count
// ("死亡失踪 1.35人") reads as nonsense, so it is shown rounded.
std::string counted(const IndicatorWords& words, const std::string& value) {
  const std::string unit = words.unit_zh;
  if (unit != "人" && unit != "户" && unit != "间") return value;
  char* end = nullptr;
  const double v = std::strtod(value.c_str(), &end);
  if (end == value.c_str() || *end != '\0') return value;
  return fmt::format("{}", std::llround(v));
}

// One condition as the plan engine records it: "<indicator> <value> <op> <threshold>[ for N h]".
std::string condition_text(const std::string& cond, Lang l) {
  std::istringstream in(cond);
  std::string id, value, op, threshold, rest;
  in >> id >> value >> op >> threshold;
  std::getline(in, rest);
  const IndicatorWords* words = nullptr;
  for (const auto& w : kIndicators) {
    if (id == w.id) words = &w;
  }
  if (words == nullptr) return cond;
  std::string out;
  if (id.rfind("warning_", 0) == 0) {
    out = zh(l) ? std::string(words->zh) + colour(value, l) + "预警" : std::string(words->en) + " warning " + value;
  } else if (id == "levee_breach" || id == "yangtze_levee_breach" || id == "expressway_closed") {
    out = zh(l) ? words->zh : words->en;
  } else if (id == "river_level") {
    out = zh(l) ? std::string("河道水位达") + (value == "guaranteed" ? "保证水位" : "警戒水位")
                : "river at its " + std::string(value == "guaranteed" ? "guaranteed" : "warning") + " level";
  } else {
    value = counted(*words, value);
    out = zh(l) ? std::string(words->zh) + " " + value + words->unit_zh + "（预案：≥ " + threshold + "）"
                : std::string(words->en) + " " + value + (id == "users_without_power_pct" ? " %" : "") +
                      " (plan: ≥ " + threshold + ")";
  }
  if (rest.rfind(" for ", 0) == 0) out += zh(l) ? "，持续" + rest.substr(5) : "," + rest;
  return out;
}

}  // namespace

std::string indicator_value_text(world::Indicator indicator, double value, Lang l) {
  const std::string id(world::to_string(indicator));
  std::string v = world::indicator_text(indicator, value);
  const IndicatorWords* words = nullptr;
  for (const auto& w : kIndicators) {
    if (id == w.id) words = &w;
  }
  if (words == nullptr) return id + " = " + v;
  v = counted(*words, v);
  if (id.rfind("warning_", 0) == 0) {
    return zh(l) ? std::string(words->zh) + colour(v, l) + "预警" : std::string(words->en) + " warning " + v;
  }
  if (id == "levee_breach" || id == "yangtze_levee_breach" || id == "expressway_closed") {
    const bool yes = value > 0.5;
    return zh(l) ? std::string(yes ? "" : "解除：") + words->zh : std::string(yes ? "" : "over: ") + words->en;
  }
  if (id == "river_level") {
    static const char* kZh[] = {"河道水位回落至警戒水位以下", "河道水位达警戒水位", "河道水位达保证水位"};
    static const char* kEn[] = {"river below its warning level", "river at its warning level", "river at its guaranteed level"};
    const int k = std::clamp(static_cast<int>(value + 0.5), 0, 2);
    return zh(l) ? kZh[k] : kEn[k];
  }
  return zh(l) ? std::string(words->zh) + " " + v + words->unit_zh
               : std::string(words->en) + " " + v + (id == "users_without_power_pct" ? " %" : "");
}

namespace {

std::string reason_text(const std::string& reason, Lang l) {
  if (reason.rfind("declared by the ", 0) == 0) {
    const std::string who = reason.substr(16);
    return zh(l) ? (who == "director" ? "导演宣布" : who == "trainee" ? "学员宣布" : "宣布") : reason;
  }
  std::string out;
  std::size_t at = 0;
  while (at <= reason.size()) {
    const std::size_t next = reason.find(" and ", at);
    out += (out.empty() ? "" : zh(l) ? "，且" : " and ") +
           condition_text(reason.substr(at, next == std::string::npos ? std::string::npos : next - at), l);
    if (next == std::string::npos) break;
    at = next + 5;
  }
  return out;
}

std::string action_text(const LogEntry& e, Lang l) {
  struct Words {
    const char* id;
    const char* zh;
    const char* en;
  };
  static constexpr Words kActions[] = {
      {"mobilise_forces", "调集救援力量", "mobilise forces"},
      {"open_shelters", "开放避灾安置点", "open shelters"},
      {"release_stock", "调拨救灾物资", "release stock"},
      {"activate_agreement_reserve", "启动协议储备", "activate the agreement reserve"},
      {"request_city_aid", "请求市级支援", "request the city's aid"},
      {"request_province_aid", "请求省级支援", "request the province's aid"},
      {"report_to_city", "向市报告", "report to the city"},
      {"report_to_province", "向省报告", "report to the province"},
      {"deploy_working_group", "派出工作组", "send a working group"},
      {"evacuate", "组织危险区群众转移", "evacuate the threatened villages"},
      {"request_mutual_aid_crews", "请求国网跨区支援抢修队伍", "request the grid's mutual-aid repair crews"},
  };
  for (const auto& w : kActions) {
    if (e.action == w.id) return zh(l) ? w.zh : w.en;
  }
  return e.action;
}

std::string aid_from(const world::World& w, std::int64_t k, Lang l) {
  if (k < 0 || static_cast<std::size_t>(k) >= w.mutual_aid.size()) return "?";
  return pick(l, w.mutual_aid[k].from_zh, w.mutual_aid[k].from_en);
}

// A critical site of the power restoration: hospital or shelter by name, water works by number.
std::string site_text(const world::World& w, const LogEntry& e, Lang l) {
  const auto i = static_cast<std::size_t>(e.place);
  switch (static_cast<response::SiteKind>(e.site)) {
    case response::SiteKind::hospital:
      if (e.place >= 0 && i < w.hospitals.size()) return pick(l, w.hospitals[i].name_zh, w.hospitals[i].name_en);
      break;
    case response::SiteKind::shelter:
      if (e.place >= 0 && i < w.shelters.size()) return pick(l, w.shelters[i].name_zh, w.shelters[i].name_en);
      break;
    case response::SiteKind::water_works: return town_name(w, e.town, l) + (zh(l) ? "水厂（增压站）" : " water works");
  }
  return "?";
}

std::string actor_text(response::Actor a, Lang l) {
  switch (a) {
    case response::Actor::doctrine: return zh(l) ? "预案" : "the plan";
    case response::Actor::trainee: return zh(l) ? "学员" : "trainee";
    case response::Actor::director: return zh(l) ? "导演" : "director";
  }
  return "?";
}

std::string refusal_text(const LogEntry& e, Lang l) {
  switch (e.refusal) {
    case Refusal::none: return "";
    case Refusal::plan_not_in_force: return zh(l) ? "本情景未启用该预案" : "the plan is not in force in this scenario";
    case Refusal::no_such_unit: return (zh(l) ? "没有队伍 " : "no unit ") + e.refused_asked;
    case Refusal::no_such_task: return (zh(l) ? "没有任务 " : "no task ") + e.refused_asked;
    case Refusal::task_not_open: return zh(l) ? "该任务尚未报知或已完成" : "the task is not known or already done";
    case Refusal::unit_busy: return (zh(l) ? "该队伍状态为 " : "the unit is ") + e.unit_state;
    case Refusal::no_trip: return zh(l) ? "该队伍缺少技能或装备，或无法到达现场" : "the unit lacks the skill or gear, or cannot reach the site";
    case Refusal::not_on_site: return zh(l) ? "该队伍不在现场" : "the unit is not on a site";
    case Refusal::no_such_town: return (zh(l) ? "没有区镇 " : "no town ") + e.refused_asked;
    case Refusal::no_such_aid: return (zh(l) ? "stock.yaml 中没有支援来源 " : "no mutual aid in stock.yaml named ") + e.refused_asked;
    case Refusal::bad_order: return zh(l) ? "物资不存在或数量为零" : "unknown item, or no quantity";
    case Refusal::bad_report_target: return zh(l) ? "只能向市或省报告" : "reports go to the city or the province";
    case Refusal::no_such_village: return (zh(l) ? "没有村（社区） " : "no village ") + e.refused_asked;
    case Refusal::already_ordered: return zh(l) ? "该村已在转移" : "the village is already being evacuated";
    case Refusal::nobody_to_move: return zh(l) ? "该镇没有无安置的群众" : "nobody there is without shelter";
    case Refusal::unit_unavailable: return zh(l) ? "该队伍已不能调用（情景注入）" : "the unit is out of play (an inject)";
    case Refusal::no_free_places: return zh(l) ? "安置镇没有空余安置位或无路可达" : "no free places there, or no road";
    case Refusal::water_arrived: return zh(l) ? "洪水已到，留守群众须冲锋舟救援" : "the water is there: those left need boats";
    case Refusal::no_such_crew: return zh(l) ? "没有可请求的外来支援抢修队伍" : "no such outside crews to request";
    case Refusal::no_more_crews: return zh(l) ? "已请求的支援队伍足以应对已知受损线路" : "the crews asked for already cover the known damage";
    case Refusal::not_arrived: return (zh(l) ? "支援队伍尚未请求或尚未到达：" : "outside crew not requested or not here yet: ") + std::to_string(e.refused_id);
    case Refusal::no_site_without_power: return zh(l) ? "该镇没有停电且无发电机的医院、水厂或安置点" : "no hospital, water works or shelter there is without power and a generator";
    case Refusal::no_generator: return zh(l) ? "库存没有移动发电机，或救援装备尚未调拨" : "no generator in stock, or the equipment not released";
    case Refusal::nobody_cold: return zh(l) ? "该镇没有已报告、尚未发放御寒物资的停电取暖困难群众" : "nobody reported there without heating who has no warm relief on its way";
    case Refusal::no_collapse_known: return zh(l) ? "该镇没有已上报、尚无人排查的倒塌房屋大棚" : "no reported collapse there is waiting for a unit";
    case Refusal::no_unit_free: return zh(l) ? "该镇本地能排查的队伍都不空闲（须先调集）" : "none of the town's own units that can check collapses is free (mobilise them first)";
  }
  return "?";
}

// An inject's message is often written "中文 / English": show the half of the language.
std::string message_text(const std::string& m, Lang l) {
  const std::size_t slash = m.find(" / ");
  if (slash == std::string::npos) return m;
  return zh(l) ? m.substr(0, slash) : m.substr(slash + 3);
}

std::string recipient_text(const std::string& to, Lang l) {
  if (to == "duty_officer") return zh(l) ? "值班员" : "the duty officer";
  if (to == "city") return zh(l) ? "市" : "the city";
  if (to == "province") return zh(l) ? "省" : "the province";
  return to;
}

}  // namespace

std::string level_text(int level, Lang l) {
  if (level > 4 || level < 1) return zh(l) ? "不响应" : "no response";
  return zh(l) ? world::level_name(level) + "级" : "level " + world::level_name(level);
}

std::string plan_text(const world::World& w, const std::string& plan, Lang l) {
  for (const auto& p : w.plans) {
    if (p.id != plan) continue;
    if (zh(l)) return "《" + p.title_zh + "》";
    std::string t = p.title_en;
    for (const char* cut : {"Haimen District ", " emergency plan"}) {
      if (const auto at = t.find(cut); at != std::string::npos) t.erase(at, std::string(cut).size());
    }
    if (!t.empty()) t[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(t[0])));
    return t + " plan";
  }
  return plan;
}

std::string_view wait_reason_text(response::WaitReason r, Lang l) {
  using response::WaitReason;
  switch (r) {
    case WaitReason::none: return zh(l) ? "无等待" : "nothing waiting";
    case WaitReason::not_requested: return zh(l) ? "尚未申请" : "not yet requested";
    case WaitReason::no_stock: return zh(l) ? "库存不足" : "no stock";
    case WaitReason::no_truck: return zh(l) ? "无空闲车辆" : "no truck";
    case WaitReason::no_bay: return zh(l) ? "装车位已满" : "no loading bay";
    case WaitReason::no_road: return zh(l) ? "道路不通" : "no road";
    case WaitReason::support: return zh(l) ? "等待区级支援" : "awaiting support";
  }
  return "?";
}

std::string_view log_kind_text(LogKind k, Lang l) {
  if (!zh(l)) return response::to_string(k);
  switch (k) {
    case LogKind::level_change: return "响应";
    case LogKind::action: return "预案行动";
    case LogKind::command: return "指令";
    case LogKind::rejected: return "未执行";
    case LogKind::inject: return "注入";
    case LogKind::unit_on_site: return "到场";
    case LogKind::relief_delivered: return "物资";
    case LogKind::stockout: return "缺货";
    case LogKind::reserve: return "协议储备";
    case LogKind::aid: return "支援";
    case LogKind::shelters: return "安置";
    case LogKind::report: return "报告";
    case LogKind::evacuation_done: return "转移";
    case LogKind::sheltered_elsewhere: return "异地安置";
    case LogKind::crews: return "电力支援";
    case LogKind::power_site: return "保电";
    case LogKind::waiting: return "等待";
    case LogKind::expressway_reopened: return "高速";
  }
  return "?";
}

std::string command_text(const response::Command& command, const world::World& w,
                         const std::vector<response::Unit>& units, Lang l) {
  struct Describe {
    const world::World& w;
    const std::vector<response::Unit>& units;
    Lang l;
    std::string operator()(const response::SetLevel& c) const {
      return zh(l) ? plan_text(w, c.plan, l) + "调整为" + level_text(c.level, l)
                   : "set the " + plan_text(w, c.plan, l) + " to " + level_text(c.level, l);
    }
    std::string operator()(const response::Mobilise& c) const {
      return zh(l) ? "调集 " + std::to_string(c.units.size()) + " 支队伍" : "mobilise " + std::to_string(c.units.size()) + " units";
    }
    std::string operator()(const response::Assign& c) const {
      return zh(l) ? "派 " + unit_name(units, c.unit, l) + " 执行任务 " + c.task
                   : "assign " + unit_name(units, c.unit, l) + " to task " + c.task;
    }
    std::string operator()(const response::StandDown& c) const {
      return (zh(l) ? "撤回 " : "stand down ") + unit_name(units, c.unit, l);
    }
    std::string operator()(const response::OpenShelters& c) const {
      return zh(l) ? "开放" + town_name(w, c.town, l) + "避灾安置点" : "open the shelters of " + town_name(w, c.town, l);
    }
    std::string operator()(const response::ReleaseStock& c) const {
      if (zh(l)) return std::string("调拨") + (c.relief ? "救灾物资" : "") + (c.relief && c.equipment ? "和" : "") + (c.equipment ? "救援装备" : "");
      return std::string("release") + (c.relief ? " relief" : "") + (c.relief && c.equipment ? " and" : "") + (c.equipment ? " equipment" : "");
    }
    std::string operator()(const response::ActivateReserve&) const { return zh(l) ? "启动协议储备" : "activate the agreement reserve"; }
    std::string operator()(const response::RequestAid& c) const {
      for (std::size_t k = 0; k < w.mutual_aid.size(); ++k) {
        if (w.mutual_aid[k].id == c.aid) return (zh(l) ? "请求支援：" : "request mutual aid from ") + aid_from(w, static_cast<std::int64_t>(k), l);
      }
      return (zh(l) ? "请求支援：" : "request mutual aid: ") + c.aid;
    }
    std::string operator()(const response::OrderRelief& c) const {
      return zh(l) ? "向" + town_name(w, c.town, l) + "调拨" + std::to_string(c.quantity) + " " + item_name(w, c.item, l)
                   : "order " + std::to_string(c.quantity) + " " + item_name(w, c.item, l) + " for " + town_name(w, c.town, l);
    }
    std::string operator()(const response::ShelterElsewhere& c) const {
      return zh(l) ? "将" + town_name(w, c.from, l) + "无安置群众转往" + town_name(w, c.to, l) + "安置"
                   : "shelter people of " + town_name(w, c.from, l) + " in " + town_name(w, c.to, l);
    }
    std::string operator()(const response::Evacuate& c) const {
      std::string v = c.village;
      for (const auto& village : w.villages) {
        if (village.id == c.village) v = village.name;
      }
      return zh(l) ? "组织" + v + "群众转移" : "evacuate " + v;
    }
    std::string operator()(const response::SendReport& c) const {
      return zh(l) ? "向" + recipient_text(c.to, l) + "报告" : "report to " + recipient_text(c.to, l);
    }
    std::string operator()(const response::RequestCrews& c) const {
      for (const auto& s : w.sector_crews) {
        if (s.id == c.crew) return (zh(l) ? "请求" + s.name_zh : "request " + s.name_en);
      }
      return (zh(l) ? "请求支援队伍 " : "request crews ") + c.crew;
    }
    std::string operator()(const response::SendGenerators& c) const {
      return zh(l) ? "向" + town_name(w, c.town, l) + "停电的医院、水厂、安置点调拨移动发电机"
                   : "generators to the hospitals, water works and shelters of " + town_name(w, c.town, l) + " without power";
    }
    std::string operator()(const response::WarmRelief& c) const {
      return zh(l) ? "向" + town_name(w, c.town, l) + "停电取暖困难群众发放棉被" : "quilts for the people of " + town_name(w, c.town, l) + " without heating";
    }
    std::string operator()(const response::CheckCollapses& c) const {
      return zh(l) ? town_name(w, c.town, l) + "本地队伍排查搜救倒塌房屋大棚" : "the town's own units check and search the collapses of " + town_name(w, c.town, l);
    }
  };
  return std::visit(Describe{w, units, l}, command);
}

std::string log_text(const LogEntry& e, const world::World& w, const std::vector<response::Unit>& units, Lang l) {
  switch (e.kind) {
    case LogKind::level_change: {
      const std::string plan = plan_text(w, e.plan, l);
      if (e.declared) {
        return zh(l) ? actor_text(e.by, l) + "宣布" + plan + level_text(e.to, l)
                     : "the " + actor_text(e.by, l) + " declares the " + plan + " at " + level_text(e.to, l);
      }
      const bool started = e.from > 4;
      if (zh(l)) {
        return plan + (e.to > 4 ? "结束响应" : level_text(e.to, l) + (started ? "响应启动" : "响应（由" + level_text(e.from, l) + "提升）")) +
               "：" + reason_text(e.reason, l);
      }
      return plan + (e.to > 4 ? ": response ended" : ": " + level_text(e.to, l) + (started ? " started" : " (raised from " + world::level_name(e.from) + ")")) +
             ": " + reason_text(e.reason, l);
    }
    case LogKind::action: {
      std::string what = plan_text(w, e.plan, l) + (zh(l) ? "" : " ") + level_text(e.to, l) + (zh(l) ? "：" : ": ") + action_text(e, l);
      if (e.action == "evacuate" && !e.expected_only) {
        what += zh(l) ? "，" + number(e.count) + " 个村（社区）" + number(e.people) + " 人"
                      : ", " + number(e.count) + " villages, " + number(e.people) + " people";
      }
      if (e.action == "mobilise_forces" && !e.expected_only) {
        // A higher level often finds the units its plan names already called out.
        if (e.count == 0) {
          what += zh(l) ? "：所列队伍已无待命，无新增调集" : ": no unit it names is still on standby";
        } else {
          what += zh(l) ? "，" + number(e.count) + " 支队伍 " + number(e.people) + " 人"
                        : ", " + number(e.count) + " units, " + number(e.people) + " people";
        }
      }
      if (e.expected_only) return zh(l) ? "预案要求（未执行）：" + what : "the plan expects: " + what;
      return what;
    }
    case LogKind::command:
      return actor_text(e.by, l) + (zh(l) ? "：" : ": ") + (e.command ? command_text(*e.command, w, units, l) : "?");
    case LogKind::rejected:
      return (e.command ? command_text(*e.command, w, units, l) : "?") + (zh(l) ? "——未执行：" : ": refused: ") + refusal_text(e, l);
    case LogKind::inject:
    {
      // The MSEL writes its recipients town:<id>, team:<id>, department:<name>.
      std::string to = recipient_text(e.recipient, l);
      if (e.recipient.rfind("town:", 0) == 0 && e.town >= 0) to = town_name(w, e.town, l);
      if (e.recipient.rfind("department:", 0) == 0) to = e.recipient.substr(11);
      if (e.recipient.rfind("team:", 0) == 0) {
        for (std::size_t u = 0; u < units.size(); ++u) {
          if (units[u].id == e.recipient.substr(5)) to = unit_name(units, static_cast<std::int64_t>(u), l);
        }
      }
      return zh(l) ? "致" + to + "：" + message_text(e.message, l) : "to " + to + ": " + message_text(e.message, l);
    }
    case LogKind::unit_on_site: {
      const std::string skill = e.skill >= 0 && static_cast<std::size_t>(e.skill) < w.skills.size()
                                    ? pick(l, w.skills[e.skill].name_zh, w.skills[e.skill].name_en)
                                    : "?";
      return zh(l) ? unit_name(units, e.unit, l) + "到达" + town_name(w, e.town, l) + "：" + skill
                   : unit_name(units, e.unit, l) + " on site in " + town_name(w, e.town, l) + ": " + skill;
    }
    case LogKind::relief_delivered:
      return zh(l) ? "首批救灾物资运抵" + town_name(w, e.town, l) + "（" + item_name(w, e.item, l) + "），距首次转移 " +
                         number(std::round(e.hours * 10) / 10) + " 小时"
                   : "first relief delivered to " + town_name(w, e.town, l) + " (" + item_name(w, e.item, l) + "), " +
                         number(std::round(e.hours * 10) / 10) + " h after its first displacement";
    case LogKind::stockout:
      return zh(l) ? item_name(w, e.item, l) + "在区储备库告罄" : item_name(w, e.item, l) + " ran out at the warehouse";
    case LogKind::reserve:
      return zh(l) ? "启动协议储备：供应商 " + number(e.hours) + " 小时内供齐"
                   : "agreement reserve activated: the suppliers deliver in full within " + number(e.hours) + " h";
    case LogKind::aid:
      if (e.arrived && e.crew >= 0 && e.aid >= 0 && static_cast<std::size_t>(e.aid) < w.mutual_aid.size() &&
          static_cast<std::size_t>(e.crew) < w.mutual_aid[e.aid].teams.size()) {
        const world::AidTeam& t = w.mutual_aid[e.aid].teams[e.crew];
        return zh(l) ? aid_from(w, e.aid, l) + "增援力量到达：" + t.name_zh + " " + number(e.count) + " 支 " + number(std::round(e.people)) +
                           " 人，在" + town_name(w, t.base, l) + "集结"
                     : "reinforcements from " + aid_from(w, e.aid, l) + " arrived: " + number(e.count) + " × " + t.name_en + ", " +
                           number(std::round(e.people)) + " people, at " + town_name(w, t.base, l);
      }
      if (e.arrived) {
        std::string what;  // each category in its own unit: tents and cases of water are not added up
        if (e.aid >= 0 && static_cast<std::size_t>(e.aid) < w.mutual_aid.size()) {
          for (const auto& i : w.mutual_aid[e.aid].items) {
            const world::ItemCategory* item = w.item(i.item);
            if (item == nullptr) continue;
            what += (what.empty() ? "" : zh(l) ? "、" : ", ") + quantity_text(*item, i.quantity, l);
          }
        }
        return zh(l) ? aid_from(w, e.aid, l) + "支援物资到达区储备库：" + what
                     : "mutual aid from " + aid_from(w, e.aid, l) + " arrived at the warehouse: " + what;
      }
      return zh(l) ? "向" + aid_from(w, e.aid, l) + "请求支援，预计 " + number(e.hours) + " 小时后到达"
                   : "mutual aid requested from " + aid_from(w, e.aid, l) + ", due in " + number(e.hours) + " h";
    case LogKind::shelters:
      return zh(l) ? town_name(w, e.town, l) + "避灾安置点开放：" + number(e.count) + " 个安置位"
                   : "shelters of " + town_name(w, e.town, l) + " open: " + number(e.count) + " places";
    case LogKind::report:
      return zh(l) ? "已向" + recipient_text(e.recipient, l) + "报告" : "report sent to " + recipient_text(e.recipient, l);
    case LogKind::sheltered_elsewhere:
      if (e.count > 0) {  // by the district's coaches, counted
        return zh(l) ? town_name(w, e.town, l) + " " + number(std::round(e.people)) + " 人乘大巴转往" + town_name(w, e.to, l) +
                           "安置点（" + number(e.count) + " 车次，最后一车 " + number(std::round(e.hours * 10) / 10) + " 小时后到达）"
                     : number(std::round(e.people)) + " people of " + town_name(w, e.town, l) + " taken by coach to shelters in " +
                           town_name(w, e.to, l) + " (" + number(e.count) + " coach loads, the last there in " +
                           number(std::round(e.hours * 10) / 10) + " h)";
      }
      return zh(l) ? town_name(w, e.town, l) + " " + number(std::round(e.people)) + " 人乘大巴转往" + town_name(w, e.to, l) +
                         "安置点（车程 " + number(std::round(e.hours * 10) / 10) + " 小时）"
                   : number(std::round(e.people)) + " people of " + town_name(w, e.town, l) + " taken by bus to shelters in " +
                         town_name(w, e.to, l) + " (" + number(std::round(e.hours * 10) / 10) + " h on the road)";
    case LogKind::evacuation_done:
      return zh(l) ? town_name(w, e.town, l) + "危险区群众转移完成：" + number(std::round(e.people)) + " 人"
                   : "evacuation of " + town_name(w, e.town, l) + "'s threatened villages complete: " + number(std::round(e.people)) + " people";
    case LogKind::crews: {
      const bool known = e.crew >= 0 && static_cast<std::size_t>(e.crew) < w.sector_crews.size();
      const std::string who = known ? (zh(l) ? w.sector_crews[e.crew].name_zh : w.sector_crews[e.crew].name_en) : "?";
      if (e.arrived) {
        return zh(l) ? who + "到达：" + number(e.count) + " 支 " + number(std::round(e.people)) + " 人"
                     : who + " arrived: " + number(e.count) + " crews, " + number(std::round(e.people)) + " people";
      }
      return zh(l) ? "请求" + who + " " + number(e.count) + " 支 " + number(std::round(e.people)) + " 人，预计 " + number(e.hours) + " 小时后到达"
                   : "requested " + number(e.count) + " crews (" + number(std::round(e.people)) + " people) of " + who + ", due in " + number(e.hours) + " h";
    }
    case LogKind::power_site:
      return site_text(w, e, l) + (zh(l) ? (e.arrived ? "接入移动发电机" : "恢复电网供电") : (e.arrived ? ": a generator running" : ": grid power back"));
    case LogKind::waiting:
      return zh(l) ? town_name(w, e.town, l) + "救灾物资等待中：" + std::string(wait_reason_text(e.wait, l))
                   : "relief for " + town_name(w, e.town, l) + " waits: " + std::string(wait_reason_text(e.wait, l));
    case LogKind::expressway_reopened:
      return zh(l) ? std::string(e.arrived ? "高速公路除冰完成，" : "气温回升，") + "G40 恢复通行：滞留人员 " + number(std::round(e.count)) + " 人放行" +
                         (e.people >= 0.5 ? "（其中 " + number(std::round(e.people)) + " 人未领到救助物资）" : "")
                   : std::string(e.arrived ? "expressway de-iced" : "thaw") + ": G40 open again, " + number(std::round(e.count)) + " stranded travellers drive on" +
                         (e.people >= 0.5 ? " (" + number(std::round(e.people)) + " without relief)" : "");
  }
  return "?";
}

}  // namespace ttx::io
