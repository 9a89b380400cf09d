#include "sim/io/batch_report.h"

#include <cmath>
#include <cstdio>
#include <filesystem>

#include "sim/io/batch_text.h"
#include "sim/io/svg_chart.h"
#include "sim/io/svg_interval_chart.h"

namespace ttx::io {

namespace {

using namespace ttx::batch;

struct Words {
  bool zh;
  std::string operator()(const char* z, const char* e) const { return zh ? z : e; }
};

std::string cell(const std::string& s) { return "<td>" + xml_escape(s) + "</td>"; }

std::string distribution_table(const Words& w, const ConfigurationAnswer& c, Lang lang) {
  std::string h = "<table><tr><th>" + w("指标", "figure") + "</th><th>" + w("均值", "mean") +
                  "</th><th>p10</th><th>p50</th><th>p90</th></tr>";
  for (const auto* group : {&c.scores, &c.figures}) {
    for (const auto& f : *group) {
      if (f.d.n == 0) continue;
      h += "<tr>" + cell(batch_figure_name(f.id, lang)) + cell(batch_value_text(f.id, f.d.mean)) +
           cell(batch_value_text(f.id, f.d.p10)) + cell(batch_value_text(f.id, f.d.p50)) + cell(batch_value_text(f.id, f.d.p90)) + "</tr>";
    }
  }
  return h + "</table>";
}

IntervalBar bar(const std::string& label, const Proportion& p) { return {label, p.p, p.lo, p.hi, proportion_text(p)}; }


constexpr const char* kStyle = R"CSS(
@page { size: A4; margin: 16mm 15mm 18mm 15mm; }
:root { --ink: #1b1f24; --muted: #5b6470; --line: #cfd5dd; --accent: #1f4e8c; --miss: #b42318; }
body { margin: 0; color: var(--ink); background: #fff; font-size: 15px; line-height: 1.6;
       font-family: "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif; }
.doc { max-width: 1080px; margin: 0 auto; padding: 48px 64px 64px; }
.agency { color: var(--muted); font-size: 15px; letter-spacing: .08em; }
h1 { font-size: 34px; line-height: 1.25; margin: 6px 0 4px; letter-spacing: .03em; }
.subtitle { font-size: 21px; margin: 0 0 6px; }
.meta { color: var(--muted); font-size: 14px; margin-bottom: 22px; }
h2 { font-size: 22px; color: var(--accent); border-bottom: 2px solid var(--accent); padding-bottom: 4px; margin: 34px 0 14px; }
p { margin: 6px 0 10px; }
table { border-collapse: collapse; width: 100%; font-size: 13.5px; margin: 6px 0 14px; }
th, td { border-bottom: 1px solid var(--line); padding: 5px 8px; text-align: right; vertical-align: top;
         font-variant-numeric: tabular-nums; }
th { background: #eef2f7; font-weight: 600; }
td:first-child, th:first-child { text-align: left; }
.figs { display: grid; grid-template-columns: repeat(2, 1fr); gap: 12px 18px; margin: 8px 0 18px; }
.fig { border-left: 4px solid var(--accent); padding: 4px 12px; }
.fig .v { font-size: 26px; font-weight: 700; line-height: 1.3; }
.fig .k { font-size: 13.5px; color: var(--muted); }
.fig.bad { border-left-color: var(--miss); } .fig.bad .v { color: var(--miss); }
svg { max-width: 100%; height: auto; }
svg text { font-family: "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif; }
.note { color: var(--muted); font-size: 13px; }
footer { margin-top: 32px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); padding-top: 6px; }
@media print {
  body { font-size: 10.5pt; } .doc { max-width: none; padding: 0; }
  h2 { break-after: avoid; } tr, .fig, svg { break-inside: avoid; }
}
)CSS";

// A key figure as a tile: its value large, what it is below; `bad` marks a target missed.
std::string tile(const std::string& value, const std::string& what, bool bad) {
  return "<div class=\"fig" + std::string(bad ? " bad" : "") + "\"><div class=\"v\">" + xml_escape(value) + "</div><div class=\"k\">" +
         xml_escape(what) + "</div></div>";
}

// The headline figures a director reads first: how often relief is in time, how much of
// it is, what runs out first and how the response scores.
std::string key_findings(const Words& w, const BatchAnswer& a, Lang lang) {
  const BatchHeader& hd = a.header;
  const ConfigurationAnswer& base = a.configurations.front();
  std::string out = "<div class=\"figs\">";
  char target[32];
  std::snprintf(target, sizeof target, "%g", hd.relief_target_h);
  for (const auto& t : base.targets) {
    if (t.id != "relief_within_target_share") continue;
    out += tile(proportion_text(t.p),
                w.zh ? std::string("全部受灾群众在 ") + target + " 小时内获得基本生活救助的概率（95% 置信区间）"
                     : std::string("probability that every displaced person has basic relief within ") + target + " h (95% interval)",
                t.p.p < 0.9);
  }
  for (const auto& f : base.figures) {
    if (f.id != "relief_within_target_share" || f.d.n == 0) continue;
    out += tile(batch_value_text("share", f.d.mean) + "  (p10 " + batch_value_text("share", f.d.p10) + " – p90 " +
                    batch_value_text("share", f.d.p90) + ")",
                w.zh ? std::string(target) + " 小时内获救助的受灾群众比例：均值（p10–p90）"
                     : "share of the displaced with relief within " + std::string(target) + " h: mean (p10–p90)",
                f.d.mean < 0.9);
  }
  const CategoryAnswer* first = nullptr;
  for (const auto& k : base.categories) {
    if (k.ran_out_first.k > 0 && (first == nullptr || k.ran_out_first.k > first->ran_out_first.k)) first = &k;
  }
  if (first != nullptr) {
    out += tile((w.zh ? first->category.name_zh : first->category.name_en) + "  " + proportion_text(first->ran_out_first),
                w("最先告罄的物资，及其在各次模拟中最先告罄的概率", "what runs out first, and how often it is the first"), true);
  } else {
    out += tile(w("无", "nothing"), w("最先告罄的物资", "what runs out first"), false);
  }
  for (const auto& f : base.scores) {
    if (f.id != "overall" || f.d.n == 0) continue;
    out += tile(batch_value_text(f.id, f.d.mean) + "  (p10 " + batch_value_text(f.id, f.d.p10) + " – p90 " +
                    batch_value_text(f.id, f.d.p90) + ")",
                w("综合得分（0–100）：均值（p10–p90）", "overall score (0–100): mean (p10–p90)"), f.d.mean < 70);
  }
  (void)lang;
  return out + "</div>";
}

}  // namespace

std::string batch_report_html(const BatchAnswer& a, Lang lang) {
  const Words w{lang == Lang::zh};
  const BatchHeader& hd = a.header;
  const ConfigurationAnswer& base = a.configurations.front();
  const std::string name = w.zh || hd.scenario_name_en.empty() ? hd.scenario_name_zh : hd.scenario_name_en;
  std::string h = "<!DOCTYPE html><html lang=\"" + w("zh-CN", "en") + "\"><head><meta charset=\"utf-8\"><title>" +
                  xml_escape(name) + "</title><style>" + kStyle + "</style></head><body><div class=\"doc\">";
  h += "<header><div class=\"agency\">" + w("海门区应急管理局", "Haimen District Emergency Management Bureau") + "</div>";
  h += "<h1>" + w("救灾物资保障能力评估报告", "Relief stockpile assessment") + "</h1>";
  h += "<div class=\"subtitle\">" + xml_escape(name) + "</div>";
  h += "<div class=\"meta\">" + xml_escape(w("计算机模拟 · 重复 ", "Computer simulation · ")) + std::to_string(hd.plan.replications) +
       xml_escape(w(" 次 · 主种子 ", " replications · master seed ")) + std::to_string(hd.plan.seed) +
       xml_escape(w(" · 每次按预案处置，随机数只取决于种子和重复序号", " · each plays the plans by the book; its random numbers depend only on the seed and its index")) +
       "</div></header>";
  if (!hd.plan.sets.empty()) {
    std::string sets;
    for (const auto& s : hd.plan.sets) sets += " " + s;
    h += "<p>" + xml_escape(w("假设：", "What-if:") + sets) + "</p>";
  }
  h += "<h2>" + w("一、主要结论", "1. Key findings") + "</h2>" + key_findings(w, a, lang);
  if (!a.sweep.empty()) {
    h += "<h2>" + w("二、参数扫描：目标时限内全部获基本生活救助的概率", "2. Sweep: probability that all the displaced are supplied within the target") + "</h2>";
    IntervalChart chart{{}, 0, 1, w("参数扫描", "sweep")};
    std::string table = "<table><tr>";
    for (const auto& s : hd.plan.sweeps) table += "<th>" + xml_escape(s.path == "depots+" ? w("增设储备点", "new depots") : s.path) + "</th>";
    table += "<th>" + w("全部及时（95% 区间）", "all in time (95% interval)") + "</th><th>" + w("及时比例均值", "mean share in time") +
             "</th><th>" + w("相对第一行", "vs the first row") + "</th></tr>";
    for (const auto& r : a.sweep) {
      std::string label;
      table += "<tr>";
      for (std::size_t k = 0; k < r.values.size(); ++k) {
        // A depot file by its name (the table is about the depot, not where the file lies).
        const std::string v = hd.plan.sweeps[k].path == "depots+"
                                  ? (r.values[k] == "none" ? w("不增设", "none") : std::filesystem::path(r.values[k]).filename().string())
                                  : r.values[k];
        table += cell(v), label += (label.empty() ? "" : ", ") + v;
      }
      table += cell(proportion_text(r.relief_met)) + cell(batch_value_text("share", r.relief_share.mean)) +
               cell(difference_text("share", r.relief_share_vs_first)) + "</tr>";
      chart.bars.push_back({label, r.relief_share.mean, r.relief_share.mean, r.relief_share.mean, batch_value_text("share", r.relief_share.mean)});
    }
    h += table + "</table><p class=\"note\">" + w("条形：时限内获救助比例的均值。", "Bars: the mean share supplied within the target.") + "</p>" +
         interval_chart_svg(chart);
  }
  const bool sweep = !a.sweep.empty();
  h += "<h2>" + (sweep ? w("三、", "3. ") : w("二、", "2. ")) +
       w("得分与关键数字的分布", "Distributions of the scores and key figures") + (sweep ? w("（第一组）", " (the first row)") : "") + "</h2>" +
       distribution_table(w, base, lang);
  h += "<h2>" + (sweep ? w("四、", "4. ") : w("三、", "3. ")) + w("达到各项目标的概率（95% 置信区间）", "Probability of meeting each target (95% interval)") + "</h2>";
  IntervalChart targets{{}, 0, 1, w("达标概率", "probability of meeting each target")};
  for (const auto& t : base.targets) targets.bars.push_back(bar(batch_figure_name(t.id, lang), t.p));
  h += interval_chart_svg(targets);
  h += "<h2>" + (sweep ? w("五、", "5. ") : w("四、", "4. ")) +
       w("各区镇：目标时限内全部获基本生活救助的概率", "Per town: probability that all its displaced are supplied within the target") + "</h2>";
  IntervalChart towns{{}, 0, 1, w("各区镇达标概率", "probability per town")};
  for (const auto& t : base.towns) towns.bars.push_back(bar(w.zh ? t.town.name_zh : t.town.name_en, t.relief_met));
  h += interval_chart_svg(towns);
  h += "<h2>" + (sweep ? w("六、", "6. ") : w("五、", "5. ")) + w("最先告罄的物资", "What runs out first") + "</h2>";
  IntervalChart first{{}, 0, 1, w("最先告罄", "run out first"), "#b8442c"};
  for (const auto& k : base.categories) {
    if (k.ran_out.k > 0) first.bars.push_back(bar(w.zh ? k.category.name_zh : k.category.name_en, k.ran_out_first));
  }
  first.bars.push_back(bar(w("（无物资告罄）", "(nothing runs out)"), base.no_stockout));
  h += interval_chart_svg(first) + "<p class=\"note\">" +
       w("同一时刻告罄的类别都算“最先”，故概率之和可超过 100%。", "Categories that run out at the same moment all count as first, so the shares can add up to over 100%.") + "</p>";
  if (a.comparison) {
    std::string vs;
    for (const auto& s : hd.plan.vs) vs += " " + s;
    h += "<h2>" + xml_escape(w("六、对比：", "6. What-if:") + (vs.empty() ? w("（无变化）", " (no change)") : vs)) + "</h2><p>" +
         w("对比减基准，逐次配对（同一随机数），均值及 95% 置信区间。", "What-if minus the base, paired replication by replication (same random numbers): mean and 95% interval.") + "</p>";
    IntervalChart diff{{}, 0, 0, w("达标概率变化", "change in the probability of meeting each target"), "#2c8a4b"};
    std::string table = "<table><tr><th>" + w("指标", "figure") + "</th><th>" + w("差值（95% 区间）", "difference (95% interval)") + "</th></tr>";
    for (const auto* group : {&a.comparison->scores, &a.comparison->figures}) {
      for (const auto& d : *group) {
        if (d.d.n > 0) table += "<tr>" + cell(batch_figure_name(d.id, lang)) + cell(difference_text(d.id, d.d)) + "</tr>";
      }
    }
    for (const auto& d : a.comparison->targets) {
      diff.bars.push_back({batch_figure_name(d.id, lang), d.d.mean, d.d.lo, d.d.hi, difference_text("met." + d.id, d.d)});
    }
    h += interval_chart_svg(diff) + table + "</table>";
  }
  h += "<footer>" +
       w("说明：概率的区间为 95% Wilson 区间，对比的区间为逐次配对的 95% t 区间。p10、p50、p90 在 2,048 次以内为精确值，"
         "超过时误差不超过该值的 0.8%（docs/batch-json.md）。所有标注为“假设”的数据有待区应急管理局核实替换（ttx validate --provenance）。",
         "Notes: probabilities carry 95% Wilson intervals, what-if differences paired 95% t intervals. p10, p50 and p90 are exact up to "
         "2,048 replications and within 0.8% of the value beyond (docs/batch-json.md). Every figure tagged 'assumed' awaits the "
         "bureau's own (ttx validate --provenance).") +
       "</footer>";
  return h + "</div></body></html>\n";
}

}  // namespace ttx::io
