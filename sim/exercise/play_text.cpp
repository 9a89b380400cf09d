#include "sim/exercise/play_text.h"

#include <cmath>

#include <fmt/format.h>

#include "sim/core/sim_time.h"
#include "sim/exercise/command_line.h"
#include "sim/exercise/play_input.h"
#include "sim/io/clock_text.h"
#include "sim/io/log_text.h"
#include "sim/exercise/refusal_text.h"

namespace ttx::exercise {

namespace {

bool zh(io::Lang l) { return l == io::Lang::zh; }
const std::string& pick(io::Lang l, const std::string& z, const std::string& e) { return zh(l) || e.empty() ? z : e; }

std::string town_of(const world::World& w, std::int64_t t, io::Lang l) {
  if (t < 0 || static_cast<std::size_t>(t) >= w.towns.size()) return zh(l) ? "全区" : "district";
  return pick(l, w.towns[t].name_zh, w.towns[t].name_en);
}

std::string n0(double v) { return fmt::format("{:.0f}", v); }

const char* kind_text(hazard::ImpactKind k, std::uint8_t detail, io::Lang l) {
  using hazard::ImpactKind;
  const bool z = zh(l);
  switch (k) {
    case ImpactKind::water_depth: return z ? "水深(米)" : "water depth (m)";
    case ImpactKind::displaced: return z ? "需转移(人)" : "displaced";
    case ImpactKind::trapped: return detail == 2 ? (z ? "被水围困(人)" : "trapped by water") : (z ? "被困(人)" : "trapped");
    case ImpactKind::injured: return detail >= 2 ? (z ? "重伤(人)" : "seriously injured") : (z ? "轻伤(人)" : "lightly injured");
    case ImpactKind::killed: return z ? "死亡(人)" : "dead";
    case ImpactKind::houses_damaged: return z ? "房屋倒损(户)" : "households, houses damaged";
    case ImpactKind::road_closed: return z ? "道路中断" : "road closed";
    case ImpactKind::road_reopened: return z ? "道路恢复" : "road reopened";
    case ImpactKind::road_slowed: return z ? "道路受阻" : "road slowed";
    case ImpactKind::levee_work: return z ? "堤防险情(袋)" : "levee work (bags)";
    case ImpactKind::pumping_work: return z ? "积水排涝(立方米)" : "water to pump (m³)";
    case ImpactKind::line_down: return z ? "线路倒杆(处)" : "power lines down";
    case ImpactKind::power_cut: return z ? "停电(户)" : "users without power";
    case ImpactKind::stranded: return z ? "滞留(人)" : "stranded";
    case ImpactKind::structure_collapse: return z ? "大棚简易房倒塌" : "sheds collapsed";
    case ImpactKind::cold_exposure: return z ? "无供暖(人)" : "without heating";
    case ImpactKind::bridge_damaged: return z ? "桥梁受损(座)" : "bridges damaged";
    case ImpactKind::gas_leak: return z ? "燃气泄漏(处)" : "gas leaks";
    case ImpactKind::indicator: return z ? "预警/水情" : "warning or gauge";
  }
  return "?";
}

bool reaches_duty_officer(const response::LogEntry& e) {
  using response::LogKind;
  switch (e.kind) {
    case LogKind::inject:
    case LogKind::unit_on_site:
    case LogKind::relief_delivered:
    case LogKind::stockout:
    case LogKind::reserve:
    case LogKind::aid:
    case LogKind::shelters:
    case LogKind::evacuation_done:
    case LogKind::sheltered_elsewhere:
    case LogKind::rejected: return true;
    case LogKind::level_change: return e.declared;  // the plan's own level is the yardstick, not news
    default: return false;
  }
}

}  // namespace

std::string play_help(io::Lang l) {
  std::string out;
  if (zh(l)) {
    out += "值班员指令（英文或中文词均可；队伍、区镇、物资可写编号，也可写中文名或名称的一部分）：\n"
           "  查看：status 状态 | reports 接报 | tasks 任务 | units [筛选] 队伍 | stock 物资 | score 评分\n"
           "  时间：next 下一步（推进到下一个需要决策的时刻）| advance T+HH:MM 推进（也可写 +2h）\n"
           "  会话：save 保存 | rewind T+HH:MM 回退 | branch 名称 分支 | branches 分支列表 | switch 名称 切换\n"
           "  hint 提示（计入成绩）| help 帮助 | quit 退出（退出时与预案对照）\n"
           "决策（中文词）：\n";
  } else {
    out += "Duty officer's commands (English or Chinese words; units, towns and items by id, by name or by a part of one):\n"
           "  look: status | reports | tasks | units [filter] | stock | score\n"
           "  time: next (to the next moment that needs a decision) | advance T+HH:MM (or +2h)\n"
           "  session: save | rewind T+HH:MM | branch NAME | branches | switch NAME\n"
           "  hint (counted in the score) | help | quit (ends with the comparison with the plan)\n"
           "decisions:\n";
  }
  for (const auto& f : command_forms()) {
    out += zh(l) ? fmt::format("  {:<8} {}\n", f.word_zh, f.form) : fmt::format("  {}\n", f.form);
  }
  out += zh(l) ? "例：调集 海门特勤消防救援站 | 派遣 fire_01 1（1 为 tasks 列表中的序号）| 调拨 四甲 棉被 200 | 响应 natural_disaster_relief IV\n"
               : "e.g. mobilise fire_01 fire_02 | assign fire_01 1 (1: the first task of the last `tasks` list) | order-relief sijia relief_quilt 200\n";
  return out;
}

std::string play_clock(const response::ResponseModel& run, io::Lang l) {
  return io::moment_text(run.now_s(), run.scenario().start_s, l);
}

std::string play_status(const response::ResponseModel& run, io::Lang l) {
  const world::World& w = run.world();
  std::string out = (zh(l) ? "时间 " : "time ") + play_clock(run, l) + "\n";
  for (const auto& p : run.scenario().plans) {
    out += fmt::format("  {} {}\n", io::plan_text(w, p, l), io::level_text(run.declared_level(p), l) + (zh(l) ? "（已宣布）" : " (declared)"));
  }
  int standby = 0, busy = 0, free = 0;
  for (const auto& u : run.units()) {
    if (!u.arrived) continue;
    if (u.state == response::UnitState::standby) {
      ++standby;
    } else if (u.state == response::UnitState::idle) {
      ++free;
    } else {
      ++busy;
    }
  }
  out += zh(l) ? fmt::format("  队伍：待命 {}，空闲 {}，出动中 {}\n", standby, free, busy)
               : fmt::format("  units: {} on standby, {} free, {} out\n", standby, free, busy);
  const auto open = known_open_tasks(run);
  out += zh(l) ? fmt::format("  已知未完成任务 {} 项（tasks 查看）\n", open.size())
               : fmt::format("  {} known open tasks (see tasks)\n", open.size());
  out += zh(l) ? "  各区镇上报需转移人数：" : "  displaced reported by town:";
  bool any = false;
  for (std::size_t t = 0; t < run.towns().size(); ++t) {
    const auto& town = run.towns()[t];
    if (!(town.known_displaced > 0.5)) continue;
    any = true;
    out += fmt::format(" {} {}{}", town_of(w, static_cast<std::int64_t>(t), l), n0(town.known_displaced),
                       town.shelters_open ? (zh(l) ? "（安置点已开放）" : " (shelters open)") : "");
  }
  out += any ? "\n" : (zh(l) ? " 无\n" : " none\n");
  return out;
}

std::string task_text(const response::ResponseModel& run, std::uint32_t task, io::Lang l) {
  const world::World& w = run.world();
  const auto& t = run.tasks()[task];
  std::string where = town_of(w, t.town, l);
  if (t.village >= 0) where += " " + w.villages[static_cast<std::size_t>(t.village)].name;
  return where + " · " + pick(l, w.skills[t.skill].name_zh, w.skills[t.skill].name_en);
}

std::string play_tasks(const response::ResponseModel& run, const std::vector<std::uint32_t>& tasks, io::Lang l) {
  if (tasks.empty()) return zh(l) ? "目前没有已知的未完成任务。\n" : "No known open task now.\n";
  std::string out;
  std::size_t n = 0;
  for (const std::uint32_t t : tasks) {
    const auto& task = run.tasks()[t];
    out += fmt::format("  {:>3}. {} · {} {} · {} {}  [{}]\n", ++n, task_text(run, t, l), zh(l) ? "剩余" : "left",
                       n0(std::ceil(task.remaining)), zh(l) ? "已派" : "units", task.units, task.id);
    if (n >= 40) {
      out += zh(l) ? fmt::format("  ……另有 {} 项\n", tasks.size() - n) : fmt::format("  ... and {} more\n", tasks.size() - n);
      break;
    }
  }
  return out;
}

std::string play_units(const response::ResponseModel& run, const std::string& filter, io::Lang l) {
  const world::World& w = run.world();
  std::string out;
  int shown = 0, matched = 0;
  for (const auto& u : run.units()) {
    if (!u.arrived) continue;
    const std::string town = town_of(w, u.home_town, l);
    const std::string hay = u.id + " " + u.name_zh + " " + u.name_en + " " + u.group + " " + town;
    if (!filter.empty() && hay.find(filter) == std::string::npos) continue;
    ++matched;
    if (shown >= 60) continue;
    ++shown;
    std::string task;
    if (u.task >= 0) task = " → " + run.tasks()[static_cast<std::size_t>(u.task)].id;
    out += fmt::format("  {:<16} {} · {} · {}{}\n", u.id, pick(l, u.name_zh, u.name_en), town, unit_state_text(u.state, l), task);
  }
  if (matched > shown) {
    out += zh(l) ? fmt::format("  ……另有 {} 支（units 筛选词 缩小范围）\n", matched - shown)
                 : fmt::format("  ... and {} more (units FILTER narrows the list)\n", matched - shown);
  }
  if (matched == 0) out = zh(l) ? "没有相符的队伍。\n" : "No unit matches.\n";
  return out;
}

std::string play_stock(const response::ResponseModel& run, io::Lang l) {
  const world::World& w = run.world();
  std::string out;
  for (std::uint32_t i = 0; i < w.items.size(); ++i) {
    const auto held = run.logistics().in_stock(i);
    if (held <= 0) continue;
    out += fmt::format("  {:<28} {} {} {}\n", w.items[i].id, pick(l, w.items[i].name_zh, w.items[i].name_en), held, w.items[i].unit);
  }
  return out.empty() ? (zh(l) ? "仓库无库存。\n" : "The warehouse holds nothing.\n") : out;
}

std::string play_news(const response::ResponseModel& run, const std::vector<ReportSlip>& slips,
                      std::size_t from, std::size_t log_from, io::Lang l) {
  const world::World& w = run.world();
  std::string out;
  for (std::size_t k = from; k < slips.size(); ++k) {
    const auto& s = slips[k];
    std::string where = town_of(w, s.town, l);
    if (s.village >= 0) where += " " + w.villages[static_cast<std::size_t>(s.village)].name;
    out += fmt::format("  {} {} {} {} {}{}\n", zh(l) ? "【接报】" : "[report]",
                       core::format_clock(core::SimTime::at_seconds(s.at_s)), where, kind_text(s.kind, s.detail, l),
                       s.kind == hazard::ImpactKind::indicator ? "" : n0(s.amount),
                       s.follow_up ? (zh(l) ? "（续报）" : " (follow-up)") : "");
  }
  const auto& log = run.log();
  for (std::size_t k = log_from; k < log.size(); ++k) {
    if (!reaches_duty_officer(log[k])) continue;
    out += fmt::format("  {} {}\n", core::format_clock(core::SimTime::at_seconds(log[k].at_s)),
                       io::log_text(log[k], w, run.units(), l));
  }
  return out;
}

std::string play_hints(const std::vector<PlanHint>& hints, const response::ResponseModel& run, io::Lang l) {
  const world::World& w = run.world();
  std::string out;
  for (const auto& h : hints) {
    const std::string plan = io::plan_text(w, h.plan, l);
    if (h.next_level < 5 && !h.next_trigger.empty()) {
      std::string when;
      for (const auto& c : h.next_trigger) {
        if (!when.empty()) when += zh(l) ? "且" : " and ";
        when += io::indicator_value_text(c.indicator, c.threshold, l) + (c.op == world::CompareOp::at_least ? (zh(l) ? "及以上" : " or more") : "");
      }
      out += zh(l) ? fmt::format("  预案规定：{}在{}时启动{}\n", plan, when, io::level_text(h.next_level, l))
                   : fmt::format("  the plan says: the {} starts {} when {}\n", plan, io::level_text(h.next_level, l), when);
    }
    if (h.plan_level < 5) {
      out += zh(l) ? fmt::format("  按目前掌握的情况，{}应为{}（{}）；你宣布的是{}\n", plan, io::level_text(h.plan_level, l), h.reason,
                                 io::level_text(h.declared, l))
                   : fmt::format("  on what is known now the {} is at {} ({}); you declared {}\n", plan,
                                 io::level_text(h.plan_level, l), h.reason, io::level_text(h.declared, l));
    }
  }
  return out.empty() ? (zh(l) ? "  暂无提示。\n" : "  No hint now.\n") : out;
}

std::string play_branches(const SessionFile& f, io::Lang l) {
  std::string out;
  for (const auto& b : f.branches) {
    out += fmt::format("  {}{} {}{} {}\n", b.name == f.current ? "* " : "  ", b.name,
                       b.parent.empty() ? "" : (zh(l) ? "自 " : "from ") + b.parent + " @ " + session_clock(b.from_s),
                       "", zh(l) ? fmt::format("指令 {} 条", b.commands.size()) : fmt::format("{} commands", b.commands.size()));
  }
  return out;
}

}  // namespace ttx::exercise
