#include "sim/io/aar_text.h"

#include <algorithm>
#include <array>

namespace ttx::io {

namespace {

struct Phrase {
  std::string_view key, zh, en;
};

// Sorted by key (checked once, below), looked up by binary search.
constexpr Phrase kPhrases[] = {
    {"agency.issued_by", "海门区应急管理局", "Haimen District Emergency Management Bureau"},
    {"doc.kind", "桌面推演（计算机模拟）", "Tabletop exercise (computer simulation)"},
    {"doc.subtitle", "演练评估报告与总结报告", "After-Action Report / Improvement Plan"},
    {"doc.title", "突发事件应急演练评估报告", "After-Action Report"},
    {"ev.aid_arrived", "{}支援物资到达：{}件", "Mutual aid from {} arrived: {} items"},
    {"ev.aid_requested", "向{}请求支援，预计{}小时后到达", "Mutual aid requested from {}, due in {} h"},
    {"ev.first_relief", "首批救灾物资送达{}（{}），距首次出现转移安置人员{}小时", "First relief delivered to {} ({}), {} h after its first displaced people"},
    {"ev.first_unit", "首支救援力量到达{}：{}", "First unit on site in {}: {}"},
    {"ev.inject", "情景注入：{}", "Inject: {}"},
    {"ev.level", "{}启动{}级应急响应：{}", "{}: level {} response started: {}"},
    {"ev.level_from", "{}应急响应由{}级提升至{}级：{}", "{}: response raised from level {} to level {}: {}"},
    {"ev.report_city", "区政府向市报告灾情", "The district reports to the city"},
    {"ev.report_province", "区政府向省报告灾情", "The district reports to the province"},
    {"ev.reserve", "启动协议储备，供应商{}小时内全部供货", "Agreement reserve activated: suppliers deliver in full within {} h"},
    {"ev.shelters_open", "{}开放避难场所，{}个安置位", "Shelters open in {}: {} places"},
    {"ev.stockout", "区救灾物资储备库{}库存告罄", "{} ran out at the district warehouse"},
    {"fig.categories_never_out_share", "未断供的物资品类比例", "Categories that never ran out"},
    {"fig.categories_p90_within_target_share", "90%申领在时限内送达的物资品类比例", "Categories delivered within the target (90th percentile)"},
    {"fig.deadline:first_report_town_to_district", "镇（街道）向区初报用时", "First report, town to district"},
    {"fig.deadline:report_district_to_city", "区向市报告用时", "Report, district to city"},
    {"fig.died_waiting", "等待救援期间死亡", "Died waiting for rescue"},
    {"fig.first_unit_target_h", "首支力量到达时限", "Target for the first unit on site"},
    {"fig.found_dead", "搜救发现遇难", "Found dead"},
    {"fig.killed_outright", "灾害直接致死", "Killed outright"},
    {"fig.mean_fill_rate", "物资申领平均满足率", "Mean fill rate of relief requests"},
    {"fig.orders_short_of_stock", "因库存不足未能满足的申领", "Requests short of stock"},
    {"fig.ran_out_h", "{}断供时间", "{} ran out"},
    {"fig.relief_target_h", "基本生活救助时限", "Target for basic living relief"},
    {"fig.relief_within_target_share", "受灾群众在时限内获得基本生活救助的比例", "Displaced people relieved within the target"},
    {"fig.rescued_alive_share", "被困人员获救生还比例", "Trapped people rescued alive"},
    {"fig.reserve_activated_h", "协议储备启动时间", "Agreement reserve activated"},
    {"fig.still_trapped", "演练结束时仍被困", "Still trapped at the end"},
    {"fig.towns_first_unit_within_target_share", "首支力量按时到达的受灾镇（街道）比例", "Affected towns reached by a unit within the target"},
    {"fig.travel_share", "在途时间占比", "Share of time on the road"},
    {"fig.treated_in_time_share", "重伤员及时救治比例", "Seriously injured treated in time"},
    {"fig.unit_hours_on_duty", "队伍在岗时长", "Unit-hours on duty"},
    {"fig.unit_hours_worked", "队伍作业时长", "Unit-hours worked"},
    {"fig.units_mobilised", "动员队伍数", "Units mobilised"},
    {"fig.utilisation", "队伍作业时间占在岗时间比例", "Unit utilisation (worked / on duty)"},
    {"fix.categories_never_out_share", "按本次演练消耗补足储备定额，对断供品类签订或扩大协议储备", "Raise the stock of the categories that ran out to what this exercise used, or add them to the agreement reserve"},
    {"fix.categories_p90_within_target_share", "压缩申领至送达时间：增加装卸力量和运输车辆，预置镇级中转点", "Shorten request to delivery: more loading staff and trucks, town transfer points stocked in advance"},
    {"fix.deadline", "严格执行信息报送时限，明确值班人员报送职责和流程", "Keep the reporting deadline: assign the duty officer's reporting steps and drill them"},
    {"fix.mean_fill_rate", "按受灾人口测算需求，补足储备，提高申领满足率", "Size the stock to the displaced population of this scenario so that requests are met in full"},
    {"fix.orders_short_of_stock", "建立库存预警，在库存告罄前启动协议储备和支援请求", "Set a stock warning level that activates the agreement reserve and mutual aid before a category runs out"},
    {"fix.ran_out_h", "补充{}储备或纳入协议储备", "Replenish {} or add it to the agreement reserve"},
    {"fix.relief_within_target_share", "优化基本生活救助物资调运方案，确保受灾群众在{}小时内得到救助", "Revise the relief dispatch so that displaced people receive basic living relief within {} h"},
    {"fix.towns_first_unit_within_target_share", "完善救援力量预置，确保队伍在{}小时内到达受灾镇（街道）", "Pre-position units so that one reaches every affected town within {} h"},
    {"fix.utilisation", "优化队伍任务分配和轮换，减少待命和空驶时间", "Revise the tasking and rotation of units to cut idle time and empty runs"},
    {"haz.aftershocks", "余震次数", "Aftershocks"},
    {"haz.breach_at_h", "堤防决口时间", "Levee breach"},
    {"haz.breach_drawn", "运行中随机确定", "drawn during the run"},
    {"haz.epicentre", "震中位置", "Epicentre"},
    {"haz.freezing_rain_total_mm", "冻雨总量", "Freezing rain, total"},
    {"haz.guaranteed_level_m", "保证水位", "Guaranteed-safe level"},
    {"haz.hour_of_day", "发震时刻", "Hour of the shock"},
    {"haz.incidents_per_h", "每小时突发事件数", "Incidents per hour"},
    {"haz.magnitude", "震级（Ms）", "Magnitude (Ms)"},
    {"haz.max_people", "每起事件最多涉及人数", "People per incident, at most"},
    {"haz.rain_peak_mm_h", "最大小时雨强", "Peak rain rate"},
    {"haz.rain_total_mm", "过程累计降雨量", "Rain, total"},
    {"haz.snow_total_mm", "降雪总量", "Snow, total"},
    {"haz.temp_min_c", "最低气温", "Lowest temperature"},
    {"haz.water_level_peak_m", "长江北支最高潮位", "Peak water level at the defences"},
    {"haz.wind_peak_m_s", "最大风速", "Peak wind"},
    {"hazard.earthquake", "地震", "Earthquake"},
    {"hazard.flood", "台风暴雨洪涝", "Typhoon, storm tide and flood"},
    {"hazard.freezing_rain", "低温雨雪冰冻", "Freezing rain and snow"},
    {"hazard.incidents", "日常突发事件", "Everyday incidents"},
    {"ind.dead_missing", "死亡失踪人数", "dead and missing"},
    {"ind.expressway_closed", "高速公路封闭", "expressway closed"},
    {"ind.households_collapsed", "倒塌房屋户数", "households with collapsed houses"},
    {"ind.levee_breach", "堤防决口", "levee breach"},
    {"ind.magnitude", "震级", "magnitude"},
    {"ind.relocated", "紧急转移安置人数", "people relocated"},
    {"ind.river_level", "江河水位", "river level"},
    {"ind.rooms_collapsed", "倒塌房屋间数", "rooms collapsed"},
    {"ind.stranded_travellers", "滞留旅客人数", "stranded travellers"},
    {"ind.users_without_power_pct", "停电用户比例（%）", "users without power (%)"},
    {"ind.warning_blizzard", "暴雪", "blizzard"},
    {"ind.warning_cold_wave", "寒潮", "cold wave"},
    {"ind.warning_rainstorm", "暴雨", "rainstorm"},
    {"ind.warning_road_icing", "道路结冰", "road icing"},
    {"ind.warning_typhoon", "台风", "typhoon"},
    {"ind.yangtze_levee_breach", "长江堤防决口", "Yangtze levee breach"},
    {"kf.displaced", "转移安置人员", "Displaced people"},
    {"kf.relief_in_target", "{}小时内获得基本生活救助", "Relieved within {} h"},
    {"kf.rescued", "被困人员获救生还", "Trapped people rescued alive"},
    {"kf.stockouts", "断供物资品类", "Categories that ran out"},
    {"kf.supplied", "获得基本生活物资", "People supplied"},
    {"kf.units", "动员救援队伍", "Units mobilised"},
    {"lbl.actual", "实际", "Result"},
    {"lbl.applies_not", "不适用", "n/a"},
    {"lbl.assumed_by_file", "按文件统计", "By file"},
    {"lbl.assumptions_intro", "本次推演依赖以下{}项假设数据（标注为 assumed，非海门区正式数据），提交领导前应由数据管理单位逐项核实或替换为正式数据。", "This run depended on {} assumed figures (tagged assumed: not the district's own data). The data keeper should confirm or replace each before the results are relied on."},
    {"lbl.category", "物资品类", "Category"},
    {"lbl.count", "数量", "Count"},
    {"lbl.days", "{}日内", "within {} days"},
    {"lbl.deadline", "完成时限", "Deadline"},
    {"lbl.delivered", "送达", "Delivered"},
    {"lbl.displaced", "转移安置", "Displaced"},
    {"lbl.done_at", "完成于{}", "done at {}"},
    {"lbl.due_at", "应于{}前完成", "due by {}"},
    {"lbl.duration", "推演时长", "Duration"},
    {"lbl.entries", "涉及数据（文件:行 字段 = 取值）", "Figures (file:line field = value)"},
    {"lbl.event", "事件", "Event"},
    {"lbl.evidence", "相关事件", "Events behind it"},
    {"lbl.field", "字段", "Field"},
    {"lbl.figure", "指标", "Figure"},
    {"lbl.figures_met", "达标", "met"},
    {"lbl.file", "文件", "File"},
    {"lbl.fill_rate", "满足率", "Fill rate"},
    {"lbl.first_relief", "首批物资送达", "First relief"},
    {"lbl.first_unit", "首支力量到达", "First unit"},
    {"lbl.hazard", "灾种", "Hazard"},
    {"lbl.hazard_params", "灾害情景参数", "Hazard parameters"},
    {"lbl.hours", "{}小时", "{} h"},
    {"lbl.issue", "问题", "Issue"},
    {"lbl.key_figures", "主要结果", "Key results"},
    {"lbl.lead", "牵头", "lead"},
    {"lbl.met", "达标", "met"},
    {"lbl.met_heading", "是否达标", "Met?"},
    {"lbl.missed", "未达标", "missed"},
    {"lbl.more_categories", "另有{}个品类未绘图，见下表。", "{} more categories are in the table below."},
    {"lbl.never", "—", "—"},
    {"lbl.no", "序号", "No."},
    {"lbl.none_missed", "本次推演各项目标均已实现，无需纠正行动。", "Every target was met: no corrective action is needed."},
    {"lbl.not_done", "未完成", "not done"},
    {"lbl.overall", "综合得分", "Overall score"},
    {"lbl.owner", "责任单位", "Responsible"},
    {"lbl.p50", "申领至送达（中位数）", "Request→delivery, median"},
    {"lbl.p90", "申领至送达（90%）", "Request→delivery, 90th pct."},
    {"lbl.part", "评估项目", "Capability"},
    {"lbl.plans", "启用预案", "Plans in force"},
    {"lbl.problem_line", "{}：{}，目标{}，{}。", "{}: {} against a target of {}; {}."},
    {"lbl.ran_out", "断供时间", "Ran out"},
    {"lbl.ran_out_mark", "断供 {}", "ran out {}"},
    {"lbl.rating", "评定", "Rating"},
    {"lbl.reason", "假设理由", "Reason"},
    {"lbl.recommendation", "改进措施", "Corrective action"},
    {"lbl.relief_share", "时限内获救助比例", "Relieved within target"},
    {"lbl.replication", "重复序号", "Replication"},
    {"lbl.requested", "申领", "Requested"},
    {"lbl.scenario", "演练情景", "Scenario"},
    {"lbl.score", "得分", "Score"},
    {"lbl.seed", "随机种子", "Seed"},
    {"lbl.sheltered", "入住避难场所/安置位", "In shelters / places"},
    {"lbl.shortfall_count", "共{}次", "{} in all"},
    {"lbl.shortfall_h", "超时{}小时", "{} h late"},
    {"lbl.shortfall_pp", "差{}个百分点", "{} points short"},
    {"lbl.stock_at", "库存", "in stock"},
    {"lbl.supplied", "获得物资", "Supplied"},
    {"lbl.support", "配合", "support"},
    {"lbl.target", "目标", "Target"},
    {"lbl.time", "时间", "Time"},
    {"lbl.total", "合计", "Total"},
    {"lbl.town", "镇（街道）", "Town"},
    {"lbl.unit", "单位", "Unit"},
    {"lbl.unit_hours_travelling", "队伍在途时长", "Unit-hours on the road"},
    {"lbl.units_on_task", "执行任务的队伍", "Units on a task"},
    {"lbl.value", "取值", "Value"},
    {"lbl.what_to_learn", "教训", "Lessons"},
    {"lbl.what_went_well", "经验", "Strengths"},
    {"lvl.1", "I", "I"},
    {"lvl.2", "II", "II"},
    {"lvl.3", "III", "III"},
    {"lvl.4", "IV", "IV"},
    {"part.compliance", "预案执行", "Plan compliance"},
    {"part.efficiency", "力量使用效率", "Efficiency"},
    {"part.life_safety", "生命安全", "Life safety"},
    {"part.sufficiency", "物资保障（拿得出）", "Sufficiency (stock)"},
    {"part.timeliness", "响应时效（调得快）", "Timeliness"},
    {"qty.boat", "艘", "boats"},
    {"qty.box", "盒", "boxes"},
    {"qty.case", "箱", "cases"},
    {"qty.coil", "卷", "coils"},
    {"qty.kit", "套", "kits"},
    {"qty.pair", "双", "pairs"},
    {"qty.piece", "件", "pieces"},
    {"qty.roll", "卷", "rolls"},
    {"qty.set", "套", "sets"},
    {"qty.unit", "台", "units"},
    {"rating.M", "M：存在重大问题", "M: performed with major challenges"},
    {"rating.P", "P：顺利完成", "P: performed without challenges"},
    {"rating.S", "S：存在一些问题", "S: performed with some challenges"},
    {"rating.U", "U：未能完成", "U: unable to be performed"},
    {"sec.annex_assumptions", "附件4　说明与假设", "Appendix D: Notes and assumptions"},
    {"sec.annex_stock", "附件2　物资库存与调运", "Appendix B: Stock and deliveries"},
    {"sec.annex_towns", "附件1　各镇（街道）情况", "Appendix A: Results by town"},
    {"sec.annex_units", "附件3　救援力量使用情况", "Appendix C: Units"},
    {"sec.goals", "二、演练目标的实现", "2. Analysis of capabilities"},
    {"sec.improve", "五、改进意见和建议", "5. Improvement plan"},
    {"sec.lessons", "四、经验和教训", "4. Strengths and lessons"},
    {"sec.overview", "一、演练基本概要", "1. Exercise overview"},
    {"sec.problems", "三、发现的问题", "3. Areas for improvement"},
    {"sec.timeline", "演练经过（主要事件）", "Exercise timeline (key events)"},
    {"txt.categories_ran_out", "{}个物资品类断供", "{} categories ran out"},
    {"txt.charts_stock", "区救灾物资储备库库存变化（按品类，单位见各图）", "Stock at the district warehouse per category (each in its own unit)"},
    {"txt.charts_units", "执行任务的队伍数量", "Units on a task"},
    {"txt.displaced_chart", "转移安置人员与获得基本生活物资人数", "Displaced people and people supplied"},
    {"txt.footer", "本报告由 TTX 推演系统根据推演记录自动生成，数据以推演结果为准。", "Generated by TTX from the run's record; every figure is the simulation's own."},
    {"txt.goals_intro", "按生命安全、响应时效、物资保障、预案执行和力量使用效率五个方面评估，每项满分100分，评定等级采用 P/S/M/U 四级。", "Five capabilities are judged, each scored 0–100 and rated in the four HSEEP terms P, S, M and U."},
    {"txt.lessons_bad", "{}得分{}（{}），主要问题：{}。", "{} scored {} ({}): {}."},
    {"txt.lessons_good", "{}得分{}（{}）。", "{} scored {} ({})."},
    {"txt.met_targets", "达到目标的指标：{}。", "Targets met: {}."},
    {"txt.no_problems", "未发现未达标的指标。", "No target was missed."},
    {"txt.not_applicable", "本次推演无此项评估内容", "nothing to judge in this run"},
    {"txt.problems_intro", "对照预案和评估标准，本次推演共有{}项指标未达到目标：", "{} targets were missed against the plans and the scoring criteria:"},
    {"txt.stock_intro", "各品类的申领、送达和时效（时间自推演开始计算，单位：小时）。", "Requests, deliveries and times per category (hours from request)."},
    {"txt.towns_intro", "各镇（街道）转移安置、物资保障和到达时间（时间为推演时间 T+时:分）。", "Displacement, shelter, relief and arrival times per town (times as T+HH:MM)."},
    {"txt.units_intro", "救援力量的在岗、作业和在途时间。", "Hours on duty, at work and on the road of the units."},
    {"unit.h", "小时", "h"},
    {"unit.items", "件", "items"},
    {"unit.m", "米", "m"},
    {"unit.m_s", "米/秒", "m/s"},
    {"unit.mm", "毫米", "mm"},
    {"unit.mm_h", "毫米/小时", "mm/h"},
    {"unit.people", "人", "people"},
    {"unit.units", "支", "units"},
    {"val.blue", "蓝色", "blue"},
    {"val.guaranteed", "超保证水位", "above the guaranteed level"},
    {"val.normal", "正常", "normal"},
    {"val.orange", "橙色", "orange"},
    {"val.red", "红色", "red"},
    {"val.true", "发生", "yes"},
    {"val.warning", "超警戒水位", "above the warning level"},
    {"val.yellow", "黄色", "yellow"},
};

constexpr bool sorted() {
  for (std::size_t i = 1; i < std::size(kPhrases); ++i) {
    if (!(kPhrases[i - 1].key < kPhrases[i].key)) return false;
  }
  return true;
}
static_assert(sorted(), "kPhrases must be sorted by key");

const Phrase* find(std::string_view key) {
  const auto it = std::lower_bound(std::begin(kPhrases), std::end(kPhrases), key,
                                   [](const Phrase& p, std::string_view k) { return p.key < k; });
  return it != std::end(kPhrases) && it->key == key ? it : nullptr;
}

bool starts_zh(const char* s) { return s != nullptr && s[0] == 'z' && s[1] == 'h'; }

}  // namespace

ReportLang report_language(std::string_view flag, const char* lc_all, const char* lang) {
  if (flag == "zh") return ReportLang::zh;
  if (flag == "en") return ReportLang::en;
  const char* locale = lc_all != nullptr && lc_all[0] != '\0' ? lc_all : lang;
  return starts_zh(locale) ? ReportLang::zh : ReportLang::en;
}

std::string_view tr(ReportLang lang, std::string_view key) {
  const Phrase* p = find(key);
  if (p == nullptr) return key;
  return lang == ReportLang::zh ? p->zh : p->en;
}

bool has_text(std::string_view key) { return find(key) != nullptr; }

std::string fill(std::string_view pattern, std::initializer_list<std::string> args) {
  std::string out;
  auto arg = args.begin();
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '{' && i + 1 < pattern.size() && pattern[i + 1] == '}' && arg != args.end()) {
      out += *arg++;
      ++i;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

}  // namespace ttx::io
