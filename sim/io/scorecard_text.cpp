#include "sim/io/scorecard_text.h"

#include <cmath>
#include <cstdio>

#include <fmt/format.h>

#include "sim/io/text_width.h"

namespace ttx::io {

namespace {

}  // namespace

std::string figure_name(const score::Figure& f, Lang l) {
  struct Name {
    const char* id;
    const char* zh;
    const char* en;
  };
  static constexpr Name kNames[] = {
      {"rescued_alive_share", "被困人员生还获救比例", "share of the trapped freed alive"},
      {"treated_in_time_share", "重伤员及时救治比例", "share of the seriously injured treated in time"},
      {"killed_outright", "直接死亡", "killed outright"},
      {"found_dead", "遇难获救", "found dead"},
      {"died_waiting", "等待救援中死亡", "died waiting for rescue"},
      {"still_trapped", "仍被困", "still trapped"},
      {"relief_within_target_share", "目标时限内获基本生活救助比例", "share supplied within the relief target"},
      {"relief_target_h", "基本生活救助时限（小时）", "relief target (h)"},
      {"towns_first_unit_within_target_share", "首支队伍及时到达的区镇比例", "share of towns reached in time by a unit"},
      {"first_unit_target_h", "首支队伍到达时限（小时）", "first-unit target (h)"},
      {"categories_p90_within_target_share", "90%送达在时限内的物资类别比例", "share of categories delivered in time (p90)"},
      {"mean_fill_rate", "平均满足率", "mean fill rate"},
      {"categories_never_out_share", "未告罄的物资类别比例", "share of categories that never ran out"},
      {"orders_short_of_stock", "因缺货未足额调出的需求单", "orders short of stock"},
      {"reserve_activated_h", "启动协议储备时刻（小时）", "agreement reserve activated (h)"},
      {"utilisation", "队伍利用率（作业/在岗）", "utilisation (work / on duty)"},
      {"travel_share", "在途时间比例", "share of time on the road"},
      {"units_mobilised", "已调集队伍", "units mobilised"},
      {"unit_hours_on_duty", "在岗队·小时", "unit-hours on duty"},
      {"unit_hours_worked", "作业队·小时", "unit-hours worked"},
      {"deadline:first_report_town_to_district", "首报用时（小时）", "first report (h)"},
      {"deadline:report_district_to_city", "向市报告用时（小时）", "report to the city (h)"},
  };
  for (const auto& n : kNames) {
    if (f.id == n.id) return l == Lang::zh ? n.zh : n.en;
  }
  if (f.id.rfind("ran_out_h:", 0) == 0) {
    const std::string& item = l == Lang::zh || f.subject_en.empty() ? f.subject_zh : f.subject_en;
    return (l == Lang::zh ? "告罄时刻（小时）：" : "ran out (h): ") + (item.empty() ? f.id.substr(10) : item);
  }
  return f.id;
}

namespace {

// Shares as percentages, large figures whole, the rest to three digits; a moment that
// never came (-1: the report never sent, the reserve never called on) in words.
std::string value_text(const std::string& id, double v, Lang l) {
  const bool moment = id.rfind("deadline:", 0) == 0 || id == "reserve_activated_h";
  if (moment && v < 0) return l == Lang::zh ? "未发生" : "never";
  // People are counted whole, as the run's end state counts them.
  const bool people = id == "killed_outright" || id == "found_dead" || id == "died_waiting" || id == "still_trapped";
  if (people) return fmt::format("{:.0f}", std::round(v));
  const bool share = id.find("share") != std::string::npos || id == "mean_fill_rate" || id == "utilisation";
  if (share) {
    const double pct = 100 * v;
    return std::fabs(pct - std::round(pct)) < 0.05 ? fmt::format("{:.0f}%", pct) : fmt::format("{:.1f}%", pct);
  }
  return std::fabs(v) >= 100 ? fmt::format("{:.0f}", v) : fmt::format("{:.3g}", v);
}

std::string figure_line(const score::Figure& f, Lang l) {
  const std::string value = value_text(f.id, f.value, l), target = value_text(f.id, f.target, l);
  std::string out = "      " + pad(figure_name(f, l), 52) + pad(value, 10, true);
  if (f.target >= 0) {
    out += std::string(l == Lang::zh ? "  目标 " : "  target ") + pad(target, 8) +
           (f.met ? (l == Lang::zh ? "达标" : "met") : (l == Lang::zh ? "未达标" : "MISSED"));
  }
  return out + "\n";
}

}  // namespace

std::string part_name(const std::string& id, Lang l) {
  struct Name {
    const char* id;
    const char* zh;
    const char* en;
  };
  static constexpr Name kNames[] = {{"life_safety", "生命安全", "life safety"},
                                    {"timeliness", "调得快（时效）", "timeliness"},
                                    {"sufficiency", "拿得出（充足）", "sufficiency"},
                                    {"compliance", "预案执行", "plan compliance"},
                                    {"efficiency", "力量使用效率", "efficiency"},
                                    {"overall", "总分", "overall"}};
  for (const auto& n : kNames) {
    if (id == n.id) return l == Lang::zh ? n.zh : n.en;
  }
  return id;
}

std::string scorecard_text(const score::Scorecard& c, Lang l) {
  std::string out = l == Lang::zh ? "评分（0–100；评级 P 顺利完成 / S 有一些困难 / M 有重大困难 / U 未能完成）\n"
                                  : "scorecard (0-100; HSEEP rating P/S/M/U)\n";
  for (const score::Part* p : c.parts()) {
    out += "  " + pad(part_name(p->id, l), 16) + fmt::format(" {:5.1f}  ", p->score) + static_cast<char>(p->rating) +
           (p->applies ? "" : (l == Lang::zh ? "  （本次运行无可评内容）" : "  (nothing to judge in this run)")) + "\n";
    for (const auto& f : p->figures) out += figure_line(f, l);
  }
  out += "  " + pad(part_name("overall", l), 16) + fmt::format(" {:5.1f}  ", c.overall) + static_cast<char>(c.rating) + "\n";
  return out;
}

}  // namespace ttx::io
