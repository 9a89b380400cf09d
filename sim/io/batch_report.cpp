#include "sim/io/batch_report.h"

#include <cmath>

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

}  // namespace

std::string batch_report_html(const BatchAnswer& a, Lang lang) {
  const Words w{lang == Lang::zh};
  const BatchHeader& hd = a.header;
  const ConfigurationAnswer& base = a.configurations.front();
  const std::string name = w.zh ? hd.scenario_name_zh : hd.scenario_name_en;
  std::string h = "<!DOCTYPE html><html lang=\"" + w("zh-CN", "en") + "\"><head><meta charset=\"utf-8\"><title>" +
                  xml_escape(name) + "</title><style>"
                  "body{font-family:'WenQuanYi Micro Hei','Noto Sans CJK SC',sans-serif;margin:2em;color:#111;max-width:60em}"
                  "h1{font-size:1.5em;border-bottom:2px solid #1f5fa8}h2{font-size:1.15em;color:#1f5fa8;margin-top:1.6em}"
                  "table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #bbb;padding:2px 8px;text-align:right}"
                  "td:first-child,th:first-child{text-align:left}p.note{color:#444;font-size:.9em}"
                  "@page{size:A4;margin:15mm}</style></head><body>";
  h += "<h1>" + xml_escape(name) + w(" — 多次重复模拟评估", " — the answer over many runs") + "</h1>";
  h += "<p>" + xml_escape(w("重复次数：", "Replications: ")) + std::to_string(hd.plan.replications) + xml_escape(w("；主种子：", "; master seed: ")) +
       std::to_string(hd.plan.seed) + xml_escape(w("。每次重复按预案执行，随机数只取决于种子和重复序号。",
                                                    ". Each replication plays the plans by the book; its random numbers depend only on the seed and its index.")) + "</p>";
  if (!hd.plan.sets.empty()) {
    std::string sets;
    for (const auto& s : hd.plan.sets) sets += " " + s;
    h += "<p>" + xml_escape(w("假设：", "What-if:") + sets) + "</p>";
  }
  if (!a.sweep.empty()) {
    h += "<h2>" + w("参数扫描：目标时限内全部获基本生活救助的概率", "Sweep: probability that all the displaced are supplied within the target") + "</h2>";
    IntervalChart chart{{}, 0, 1, w("参数扫描", "sweep")};
    std::string table = "<table><tr>";
    for (const auto& s : hd.plan.sweeps) table += "<th>" + xml_escape(s.path) + "</th>";
    table += "<th>" + w("全部及时（95% 区间）", "all in time (95% interval)") + "</th><th>" + w("及时比例均值", "mean share in time") +
             "</th><th>" + w("相对第一行", "vs the first row") + "</th></tr>";
    for (const auto& r : a.sweep) {
      std::string label;
      table += "<tr>";
      for (const auto& v : r.values) table += cell(v), label += (label.empty() ? "" : ", ") + v;
      table += cell(proportion_text(r.relief_met)) + cell(batch_value_text("share", r.relief_share.mean)) +
               cell(difference_text("share", r.relief_share_vs_first)) + "</tr>";
      chart.bars.push_back({label, r.relief_share.mean, r.relief_share.mean, r.relief_share.mean, batch_value_text("share", r.relief_share.mean)});
    }
    h += table + "</table><p class=\"note\">" + w("条形：时限内获救助比例的均值。", "Bars: the mean share supplied within the target.") + "</p>" +
         interval_chart_svg(chart);
  }
  h += "<h2>" + w("得分与关键数字的分布", "Distributions of the scores and key figures") + "</h2>" + distribution_table(w, base, lang);
  h += "<h2>" + w("达到各项目标的概率（95% 置信区间）", "Probability of meeting each target (95% interval)") + "</h2>";
  IntervalChart targets{{}, 0, 1, w("达标概率", "probability of meeting each target")};
  for (const auto& t : base.targets) targets.bars.push_back(bar(batch_figure_name(t.id, lang), t.p));
  h += interval_chart_svg(targets);
  h += "<h2>" + w("各区镇：目标时限内全部获基本生活救助的概率", "Per town: probability that all its displaced are supplied within the target") + "</h2>";
  IntervalChart towns{{}, 0, 1, w("各区镇达标概率", "probability per town")};
  for (const auto& t : base.towns) towns.bars.push_back(bar(w.zh ? t.town.name_zh : t.town.name_en, t.relief_met));
  h += interval_chart_svg(towns);
  h += "<h2>" + w("最先告罄的物资", "What runs out first") + "</h2>";
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
    h += "<h2>" + xml_escape(w("对比：", "What-if:") + (vs.empty() ? w("（无变化）", " (no change)") : vs)) + "</h2><p>" +
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
  return h + "</body></html>\n";
}

}  // namespace ttx::io
