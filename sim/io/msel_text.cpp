#include "sim/io/msel_text.h"

#include <fmt/format.h>

#include "sim/io/clock_text.h"
#include "sim/io/text_width.h"

namespace ttx::io {

namespace {

bool zh(Lang l) { return l == Lang::zh; }
std::string or_id(const std::string& name, const std::string& id) { return name.empty() ? id : name; }

}  // namespace

std::string expected_action_sentence(const score::ExpectedActionCheck& c, Lang l) {
  const world::ExpectedAction& x = c.expected;
  const std::string place = zh(l) ? or_id(c.place_zh, x.village.empty() ? x.town : x.village)
                                  : or_id(c.place_en, x.village.empty() ? x.town : x.village);
  const std::string force = zh(l) ? or_id(c.force_zh, x.team_type) : or_id(c.force_en, x.team_type);
  const std::string plan = zh(l) ? or_id(c.plan_zh, x.plan) : or_id(c.plan_en, x.plan);
  const std::string item = zh(l) ? or_id(c.item_zh, x.item) : or_id(c.item_en, x.item);
  std::string s;
  using K = world::ExpectKind;
  switch (x.kind) {
    case K::dispatch:
      s = zh(l) ? "向" + place + "派出" + (force.empty() ? std::string("救援力量") : force)
                : "dispatch " + (force.empty() ? std::string("a unit") : force) + " to " + place;
      break;
    case K::mobilise:
      s = zh(l) ? "调集" + (x.town.empty() ? std::string() : place) + (force.empty() ? std::string("救援队伍") : force)
                : "mobilise " + (force.empty() ? std::string("units") : force) + (x.town.empty() ? std::string() : " of " + place);
      break;
    case K::set_level:
      s = zh(l) ? "启动" + plan + world::level_name(x.level) + "级（或更高）应急响应"
                : plan + " at level " + world::level_name(x.level) + " or higher";
      break;
    case K::open_shelters: s = zh(l) ? "开放" + place + "的避灾安置场所" : "open the shelters of " + place; break;
    case K::evacuate:
      s = zh(l) ? "组织" + place + "群众转移" : (x.village.empty() ? "evacuate villages of " + place : "evacuate " + place);
      break;
    case K::release_stock: s = zh(l) ? "动用区级救灾物资" : "release the warehouse's relief stock"; break;
    case K::order_relief:
      s = zh(l) ? "向" + place + "调拨" + (item.empty() ? std::string("救灾物资") : item)
                : "order " + (item.empty() ? std::string("relief") : item) + " for " + place;
      break;
    case K::activate_reserve: s = zh(l) ? "启动协议储备" : "activate the agreement reserve"; break;
    case K::request_aid: s = zh(l) ? "请求" + std::string(x.aid == "province" ? "省级" : "市级") + "支援" : "request " + x.aid + " aid"; break;
    case K::send_report: s = zh(l) ? std::string("向") + (x.to == "province" ? "省" : "市") + "报告" : "report to the " + x.to; break;
  }
  if (c.false_report) s = zh(l) ? "核实后不应" + s : "verify and do NOT " + s;
  return s + (zh(l) ? fmt::format("（{:g} 小时内）", x.within_h) : fmt::format(" (within {:g} h)", x.within_h));
}

std::string action_status_text(const score::ExpectedActionCheck& c, Lang l) {
  using S = score::ActionStatus;
  switch (c.status) {
    case S::in_time: return c.false_report ? (zh(l) ? "未被误导" : "not misled") : (zh(l) ? "按时" : "in time");
    case S::late: return zh(l) ? fmt::format("迟 {:.1f} 小时", c.late_h) : fmt::format("{:.1f} h late", c.late_h);
    case S::missed: return c.false_report ? (zh(l) ? "误信虚假报告" : "acted on a false report") : (zh(l) ? "未做" : "MISSED");
    case S::not_delivered: return zh(l) ? "未触发" : "not delivered";
  }
  return "?";
}

std::string action_by_text(const score::ExpectedActionCheck& c, Lang l) {
  if (c.by.empty()) return "-";
  if (c.by == "before") return zh(l) ? "注入前已做" : "already done";
  if (c.by == "doctrine") return zh(l) ? "预案" : "the plan";
  if (c.by == "trainee") return zh(l) ? "学员" : "trainee";
  if (c.by == "director") return zh(l) ? "导演" : "director";
  return c.by;
}

std::string msel_text(const score::RunSummary& s, Lang l) {
  if (s.expected_actions.empty()) return "";
  std::string out = zh(l) ? "演练脚本预期行动（序号、送达、应做、完成、结果、由谁）\n"
                          : "expected actions of the MSEL (seq, delivered, expected, done, result, by)\n";
  for (const auto& c : s.expected_actions) {
    out += "  " + pad(std::to_string(c.seq), 4) + pad(moment_text_h(c.delivered_h, s.start_s, l), 22) +
           expected_action_sentence(c, l) + "\n      " + pad(zh(l) ? "完成 " : "done ", 6) +
           pad(moment_text_h(c.done_h, s.start_s, l), 22) + pad(action_status_text(c, l), 22) + action_by_text(c, l) + "\n";
  }
  out += zh(l) ? "演练目标评定（P 顺利完成 / S 有些困难 / M 困难较大 / U 未能完成）\n"
               : "exercise objectives (P without challenges / S some / M major / U unable)\n";
  for (const auto& o : s.objectives) {
    const std::string counts =
        zh(l) ? fmt::format("按时 {}，迟 {}，未做 {}，未触发 {}", o.in_time, o.late, o.missed, o.not_delivered)
              : fmt::format("in time {}, late {}, missed {}, not delivered {}", o.in_time, o.late, o.missed, o.not_delivered);
    // Objectives are written "中文 / English": the half of the language.
    const std::size_t slash = o.objective.find(" / ");
    const std::string name = slash == std::string::npos ? o.objective : zh(l) ? o.objective.substr(0, slash) : o.objective.substr(slash + 3);
    out += "  " + pad(o.rated ? std::string(1, static_cast<char>(o.rating)) : "-", 3) + pad(name, 30) + "  " + counts + "\n";
  }
  return out;
}

}  // namespace ttx::io
