#include "sim/io/run_report.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "sim/io/clock_text.h"
#include "sim/io/freezing_text.h"
#include "sim/io/drawn_text.h"
#include "sim/io/log_text.h"
#include "sim/io/text_width.h"

namespace ttx::io {

namespace {

bool zh(Lang l) { return l == Lang::zh; }
const char* say(Lang l, const char* z, const char* e) { return zh(l) ? z : e; }

// Moments as "T+12:00 7月25日 08:00" (the date when the scenario has a start).
constexpr int kMomentWidth = 21;
std::string clock_h(const score::RunSummary& s, double h, Lang l) { return moment_text_h(h, s.start_s, l); }
std::string num(double v) { return fmt::format("{:.0f}", v); }
std::string num1(double v) { return fmt::format("{:.1f}", v); }
std::string num_g(double v) { return fmt::format("{:g}", v); }
std::string hours_or_dash(double h) { return h < 0 ? "-" : num1(h); }

void line(std::string& out, const char* label, const std::string& text) { out += "  " + pad(label, 16) + " " + text + "\n"; }

std::string deadline_text(const score::DeadlineCheck& d, Lang l) {
  const std::string limit = num_g(d.limit_h);
  if (d.to_s < 0) {
    return zh(l) ? std::string("尚未完成（预案：") + limit + " 小时" + (d.status == score::DeadlineStatus::missed ? "，超时" : "") + "）"
                 : "not yet (plan: " + limit + " h" + (d.status == score::DeadlineStatus::missed ? ", MISSED" : "") + ")";
  }
  const bool met = d.status == score::DeadlineStatus::met;
  return zh(l) ? num1(d.hours()) + " 小时（预案：" + limit + " 小时，" + (met ? "达标" : "超时") + "）"
               : num1(d.hours()) + " h (plan: " + limit + " h, " + (met ? "met" : "MISSED") + ")";
}

}  // namespace

std::string run_header(const score::RunSummary& s, const std::string& what_if, Lang l) {
  std::string out = (zh(l) ? s.scenario_name_zh : s.scenario_name_en.empty() ? s.scenario_name_zh : s.scenario_name_en) + " (" +
                    s.scenario_id + ")" + say(l, "，种子 ", ", seed ") + std::to_string(s.seed) + say(l, "，重复 ", ", replication ") +
                    std::to_string(s.replication) + say(l, "，按预案处置\n", ", plans played by the book\n");
  if (s.start_s) {
    out += say(l, "开始：", "start: ") + format_date_time(*s.start_s) + say(l, "（T+00:00，区内时间）\n", " (T+00:00, district time)\n");
  }
  if (!what_if.empty()) out += say(l, "假设：\n", "what-if:\n") + what_if;
  out += drawn_text(s.drawn, s.replication, l);
  return out;
}

std::string what_if_text(const std::vector<FigureOverride>& applied, const std::vector<std::string>& departures, Lang l) {
  std::string out;
  for (const auto& c : applied) {
    if (c.path.rfind("depots+=", 0) == 0) {
      out += say(l, "  新增储备点：", "  new depots from ") + c.new_value + "\n";
    } else {
      out += fmt::format("  {} {} → {}\n", c.field, c.old_value, c.new_value);
    }
  }
  for (const auto& d : departures) out += say(l, "  （与来源文件不一致：", "  (departs from the source document: ") + d + say(l, "）\n", ")\n");
  return out;
}

std::string what_if_warnings(bool no_trucks, bool empty_warehouse, Lang l) {
  std::string out;
  if (no_trucks) {
    out += say(l, "警告：此假设下没有卡车，救灾物资无法经公路运出仓库\n",
               "WARNING: this what-if leaves no truck: no relief can leave the warehouse by road\n");
  }
  if (empty_warehouse) {
    out += say(l, "警告：此假设下仓库为空，救灾物资只能来自仓库以外\n",
               "WARNING: this what-if leaves the warehouse empty: relief comes only from outside it\n");
  }
  return out;
}

std::string run_timeline(const response::ResponseModel& m, Lang l) {
  std::string out = say(l, "时间线\n", "timeline\n");
  for (const auto& e : m.log()) {
    out += "  " + pad(moment_text(e.at_s, m.scenario().start_s, l), m.scenario().start_s ? kMomentWidth : 0) + "  " +
           pad(log_kind_text(e.kind, l), 9) + " " +
           log_text(e, m.world(), m.units(), l) + "\n";
  }
  return out;
}

std::string run_end_state(const score::RunSummary& s, Lang l) {
  const score::DistrictFigures& d = s.district;
  std::string out = say(l, "截至 ", "state at ") + clock_h(s, s.ended_h, l) + "\n";
  line(out, say(l, "被困", "trapped"),
       pad(num(d.trapped), 8, true) + say(l, "  生还获救 ", "  rescued alive ") + num(d.rescued_alive) + say(l, "，遇难获救 ", ", found dead ") +
           num(d.rescued_dead) + say(l, "，等待中死亡 ", ", died waiting ") + num(d.died_waiting) + say(l, "，仍被困 ", ", still trapped ") +
           num(d.still_trapped));
  if (d.rescued_alive > 0) {
    line(out, say(l, "生还获救", "freed alive"),
         pad(num(d.rescued_alive), 8, true) + say(l, "  群众自救互救 ", "  by neighbours ") + num(d.rescued_by_community) +
             say(l, "，队伍救出 ", ", by teams ") + num(d.rescued_by_teams) + say(l, "；24 小时内获救 ", "; within 24 h ") +
             num(d.rescued_alive_within_24h));
  }
  line(out, say(l, "重伤", "seriously hurt"),
       pad(num(d.injured_serious), 8, true) + say(l, "  及时救治 ", "  treated in time ") + num(d.treated_in_time) +
           say(l, "，延误救治 ", ", treated late ") + num(d.treated_late) + say(l, "（其中送医院 ", " (admitted to hospital ") +
           num(d.to_hospital) + say(l, "），待救治 ", "), waiting ") +
           num(std::max(0.0, d.injured_serious - d.treated_in_time - d.treated_late)));
  if (d.by_ambulance > 0) {
    line(out, say(l, "救护车转运", "ambulances"),
         std::to_string(d.ambulances) + say(l, " 辆救护车送危重伤员 ", " ambulances took the life-threatening injured ") + num(d.by_ambulance) +
             say(l, " 人入院，出车 ", " to hospital, ") + num(d.ambulance_hours) + say(l, " 车·小时", " ambulance-hours"));
  }
  if (d.evacuated_before_impact > 0 || d.caught_at_home > 0) {
    line(out, say(l, "提前转移", "evacuated"),
         pad(num(d.evacuated_before_impact), 8, true) + say(l, "  洪水到达时仍在家 ", "  still at home when the water came ") +
             num(d.caught_at_home));
  }
  line(out, say(l, "转移", "displaced"),
       pad(num(d.displaced), 8, true) + say(l, "  投亲靠友 ", "  with relatives ") + num(d.with_relatives) + say(l, "，集中安置 ", ", in shelters ") +
           num(d.sheltered) + say(l, "，异地安置 ", ", in other towns' shelters ") + num(d.sheltered_other_towns) +
           say(l, "，无安置 ", ", without shelter ") + num(d.unsheltered));
  if (d.coach_trips > 0) {
    line(out, say(l, "大巴转运", "coaches"),
         std::to_string(d.coaches) + say(l, " 辆大巴跑 ", " coaches ran ") + num(d.coach_trips) + say(l, " 车次、", " loads, ") +
             num(d.coach_hours) + say(l, " 车·小时，运送 ", " coach-hours, carrying ") + num(d.by_coach) + say(l, " 人；在途 ", " people; on the way now ") +
             num(d.on_coaches) + say(l, " 人；车到时洪水已到 ", "; came after the water for ") + num(d.coach_too_late) + say(l, " 人", ""));
  }
  line(out, say(l, "已获救助", "supplied"),
       pad(num(d.supplied), 8, true) + say(l, "  未满足需求 ", "  unmet need ") + num(d.unmet_person_h) +
           say(l, " 人·小时；", " person-hours; ") + num(d.relief_within_target) + say(l, " 人在 ", " within the plan's ") +
           num_g(s.relief_target_h) + say(l, " 小时目标内获救助", " h"));
  if (d.delivered_to_towns > 0) {
    line(out, say(l, "末端配送", "last mile"),
         say(l, "运抵乡镇中转点的物资可供 ", "relief for ") + num(d.delivered_to_towns) +
             say(l, " 人，已发放到人 ", " people reached the towns' transfer points; handed to the people: ") +
             num(d.delivered_to_towns - d.on_last_mile) + say(l, "，仍在配送途中 ", ", still on its way to shelters and villages: ") +
             num(d.on_last_mile));
  }
  line(out, say(l, "直接死亡", "killed outright"), pad(num(d.killed), 8, true));
  for (const auto& dl : s.deadlines) {
    line(out, dl.target == "first_report_town_to_district" ? say(l, "首报", "first report") : say(l, "向市报告", "report to city"),
         deadline_text(dl, l));
  }
  // Only the kinds of work this hazard made: an earthquake has no sandbags to fill.
  std::string work;
  const auto part = [&](const std::string& name, double done, double needed, const char* unit) {
    if (needed <= 0 && done <= 0) return;
    work += (work.empty() ? "" : say(l, "，", ", ")) + name + num(done) + "/" + num(needed) + unit;
  };
  part(say(l, "沙袋 ", "sandbags "), d.levee_bags, d.bags_needed, "");
  part(say(l, "排水 ", "pumped "), d.pumped_m3, d.m3_to_pump, " m³");
  part(say(l, "线路档 ", "spans "), d.spans_restored, d.spans_down, "");
  part(say(l, "桥梁 ", "bridges "), d.bridges_reopened, d.bridges_damaged, "");
  part(say(l, "燃气泄漏 ", "gas leaks "), d.leaks_made_safe, d.gas_leaks, "");
  line(out, say(l, "完成工作", "work done"), work.empty() ? say(l, "无", "none") : work);
  line(out, say(l, "队伍", "units"),
       std::to_string(d.units) + say(l, " 支：已调集 ", ": ") + std::to_string(d.units_mobilised) + say(l, "，在任务 ", " mobilised, ") +
           std::to_string(d.units_on_task) + say(l, "；作业 ", " on a task now; ") + num(d.unit_hours_worked) +
           say(l, " / 在岗 ", " of ") + num(d.unit_hours_on_duty) + say(l, " 队·小时，在途 ", " unit-hours on duty worked, ") +
           num(d.unit_hours_travelling) + say(l, " 队·小时", " on the road"));
  line(out, say(l, "救灾物资需求", "relief orders"),
       std::to_string(d.orders) + say(l, " 单：全部送达 ", ": ") + std::to_string(d.orders_delivered) + say(l, " 单（平均 ", " delivered in full (mean ") +
           hours_or_dash(d.request_to_delivery_mean_h) + say(l, " 小时），从未调出 ", " h from request), ") +
           std::to_string(d.orders_never_granted) + say(l, " 单", " never given any stock"));
  return out + freezing_end_state(s, l);
}

namespace {

// Per town, the hours its relief waited and why: nothing asked for is ever held up without a reason.
std::string waiting_table(const score::RunSummary& s, int town_w, Lang l) {
  using response::WaitReason;
  std::string out = say(l, "各区镇物资等待原因（小时）\n", "why relief waited, per town (hours)\n");
  out += "  " + pad(say(l, "区镇", "town"), town_w);
  for (std::size_t r = 1; r < response::kWaitReasons; ++r) {
    out += pad(std::string(wait_reason_text(static_cast<WaitReason>(r), l)), zh(l) ? 14 : 19, true);
  }
  out += "\n";
  bool any = false;
  for (const auto& t : s.towns) {
    double sum = 0;
    for (std::size_t r = 1; r < response::kWaitReasons; ++r) sum += t.waiting_h[r];
    if (!(sum > 0.05)) continue;
    any = true;
    out += "  " + pad(zh(l) ? t.name_zh : t.name_en, town_w);
    for (std::size_t r = 1; r < response::kWaitReasons; ++r) {
      out += pad(t.waiting_h[r] > 0.05 ? fmt::format("{:.1f}", t.waiting_h[r]) : "-", zh(l) ? 14 : 19, true);
    }
    out += "\n";
  }
  if (!any) out += say(l, "  无区镇等待物资\n", "  no town's relief waited\n");
  return out;
}

}  // namespace

std::string run_tables(const score::RunSummary& s, Lang l) {
  const int w = s.start_s ? kMomentWidth : 9;  // a moment's columns: "T+12:00" or with its date
  // Name columns as wide as the longest name shown (English names run long).
  int town_w = 14, item_w = 26;
  for (const auto& t : s.towns) town_w = std::max(town_w, display_width(zh(l) ? t.name_zh : t.name_en) + 2);
  const auto item_label = [&](const score::CategoryFigures& c) {
    return zh(l) ? c.name_zh + "（" + unit_text(c.unit, l, c.unit_zh) + "）" : c.name_en + " (" + c.unit + ")";
  };
  for (const auto& c : s.categories) item_w = std::max(item_w, display_width(item_label(c)) + 1);
  std::string out = say(l, "各区镇（人；时间自开始起；小时自申请起）\n", "towns (people; times from the start; hours from request)\n");
  out += "  " + pad(say(l, "区镇", "town"), town_w) + pad(say(l, "转移", "displaced"), 10, true) + pad(say(l, "安置/床位", "shelter/places"), 16, true) +
         pad(say(l, "已救助", "supplied"), 10, true) + pad(s.relief_target_h < 0 ? say(l, "目标内", "in target")
                             : fmt::format(fmt::runtime(say(l, "{:g}h内", "in {:g} h")), s.relief_target_h), 8, true) + pad(say(l, "首支队伍", "first unit"), w + 1, true) +
         pad(say(l, "首批物资", "1st relief"), w + 1, true) + pad(say(l, "送达/申请", "orders"), 11, true) + pad(say(l, "申请→送达", "req->deliv"), 11, true) + "\n";
  bool any = false;
  for (const auto& t : s.towns) {
    if (t.displaced <= 0 && t.first_unit_h < 0 && t.orders == 0) continue;
    any = true;
    out += "  " + pad(zh(l) ? t.name_zh : t.name_en, town_w) + pad(num(t.displaced), 10, true) +
           pad(num(t.sheltered) + "/" + num(t.shelter_places), 16, true) + pad(num(t.supplied), 10, true) +
           pad(t.relief_within_target_share < 0 ? "-" : num(100 * t.relief_within_target_share) + "%", 8, true) +
           pad(clock_h(s, t.first_unit_h, l), w + 1, true) + pad(clock_h(s, t.first_relief_h, l), w + 1, true) +
           pad(std::to_string(t.orders_delivered) + "/" + std::to_string(t.orders), 11, true) +
           pad(hours_or_dash(t.request_to_delivery_mean_h), 11, true) + "\n";
  }
  if (!any) out += say(l, "  尚无区镇受灾\n", "  none affected yet\n");
  out += waiting_table(s, town_w, l);
  out += say(l, "申请过的物资类别（拿得出：申请→装车；调得快：申请→送达，中位数与 90% 分位，小时）\n",
             "stock categories asked for (拿得出: request -> load; 调得快: request -> delivery, median and 90th percentile, hours)\n");
  out += "  " + pad(say(l, "物资", "item"), item_w) + pad(say(l, "申请", "asked"), 9, true) + pad(say(l, "送达", "delivered"), 10, true) +
         pad(say(l, "满足率", "fill"), 7, true) + pad(say(l, "→装车", "->load"), 8, true) + pad(say(l, "→送达", "->deliv"), 8, true) +
         pad("p90", 7, true) + pad(say(l, "告罄", "ran out"), w + 1, true) + pad(say(l, "再有库存", "restocked"), w + 1, true) +
         pad(say(l, "库存", "in stock"), 9, true) + "\n";
  for (const auto& c : s.categories) {
    out += "  " + pad(item_label(c), item_w) + pad(std::to_string(c.requested), 9, true) +
           pad(std::to_string(c.delivered), 10, true) + pad(num(100 * c.fill_rate) + "%", 7, true) +
           pad(hours_or_dash(c.request_to_load_p50_h), 8, true) + pad(hours_or_dash(c.request_to_delivery_p50_h), 8, true) +
           pad(hours_or_dash(c.request_to_delivery_p90_h), 7, true) + pad(clock_h(s, c.ran_out_h, l), w + 1, true) +
           pad(clock_h(s, c.restocked_h, l), w + 1, true) + pad(std::to_string(c.in_stock_at_end), 9, true) + "\n";
  }
  if (s.categories.empty()) out += say(l, "  尚无申请\n", "  none ordered yet\n");
  return out;
}

}  // namespace ttx::io
