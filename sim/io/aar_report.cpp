#include "sim/io/aar_report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <fmt/format.h>

#include "sim/hazard/draw_spread.h"
#include "sim/io/aar_format.h"
#include "sim/io/msel_text.h"
#include "sim/io/svg_chart.h"
#include "sim/score/assumptions_used.h"

namespace ttx::io {

using namespace aar;

namespace {

constexpr const char* kStyle = R"CSS(
@page { size: A4; margin: 16mm 15mm 18mm 15mm; }
:root { --ink: #1b1f24; --muted: #5b6470; --line: #cfd5dd; --accent: #1f4e8c; --miss: #b42318; --met: #1a7f37; }
html { background: #fff; }
body { margin: 0; color: var(--ink); background: #fff; font-size: 15px; line-height: 1.6;
       font-family: "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif; }
.doc { max-width: 1080px; margin: 0 auto; padding: 48px 64px 64px; }
.agency { color: var(--muted); font-size: 15px; letter-spacing: .08em; }
h1 { font-size: 36px; line-height: 1.25; margin: 6px 0 4px; letter-spacing: .03em; }
.subtitle { font-size: 21px; margin: 0 0 6px; }
.meta { color: var(--muted); font-size: 14px; margin-bottom: 22px; }
h2 { font-size: 23px; color: var(--accent); border-bottom: 2px solid var(--accent); padding-bottom: 4px; margin: 34px 0 14px; }
h3 { font-size: 17px; margin: 22px 0 8px; }
p { margin: 6px 0 10px; }
table { border-collapse: collapse; width: 100%; font-size: 13.5px; margin: 6px 0 14px; }
th, td { border-bottom: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
th { background: #eef2f7; font-weight: 600; }
td.n, th.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.t { white-space: nowrap; font-variant-numeric: tabular-nums; }
table.compact { font-size: 11px; line-height: 1.35; }
table.compact td, table.compact th { padding: 2px 5px; }
table.compact td:first-child { width: 34%; } .at { color: var(--muted); white-space: nowrap; }
.tiles { display: grid; grid-template-columns: 1.3fr repeat(5, 1fr); gap: 10px; margin: 10px 0 16px; }
.tile { border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; }
.tile .k { font-size: 13px; color: var(--muted); }
.tile .v { font-size: 32px; font-weight: 700; line-height: 1.15; }
.tile.overall { background: #f2f6fb; border-color: var(--accent); }
.tile.overall .v { font-size: 44px; color: var(--accent); }
.figs { display: grid; grid-template-columns: repeat(3, 1fr); gap: 10px; margin: 8px 0 18px; }
.fig { border-left: 4px solid var(--accent); padding: 4px 12px; }
.fig .v { font-size: 25px; font-weight: 700; }
.fig .k { font-size: 13px; color: var(--muted); }
.fig.bad { border-left-color: var(--miss); }
.badge { display: inline-block; padding: 0 8px; border-radius: 10px; font-size: 12.5px; font-weight: 600; white-space: nowrap; }
.r-P { background: #dcfce7; color: #14532d; } .r-S { background: #fef3c7; color: #713f12; }
.r-M { background: #ffedd5; color: #9a3412; } .r-U { background: #fee2e2; color: #991b1b; }
.miss { color: var(--miss); font-weight: 600; } .met { color: var(--met); }
tr.missrow td { background: #fff6f5; }
ol.findings li { margin-bottom: 8px; }
table.plan td:first-child { width: 2.5em; } table.plan td:last-child { white-space: nowrap; }
.ev { color: var(--muted); font-size: 13.5px; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 6px 18px; }
svg.chart { width: 100%; height: auto; }
svg.chart text { font-family: "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif; font-size: 12px; fill: #3b434d; }
svg.chart .ct { font-size: 14px; font-weight: 600; fill: #1b1f24; }
svg.chart .yl, svg.chart .yu { text-anchor: end; } svg.chart .xl { text-anchor: middle; }
svg.chart .grid { stroke: #e4e8ee; } svg.chart .axis, svg.chart .tick { stroke: #8a939e; }
svg.chart .ln { fill: none; stroke-width: 2.2; }
svg.chart .mark { stroke: #b42318; stroke-dasharray: 4 3; }
svg.chart .ml { fill: #b42318; font-size: 11.5px; paint-order: stroke; stroke: #fff; stroke-width: 4px; }
.note { color: var(--muted); font-size: 13px; }
footer { margin-top: 32px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); padding-top: 6px; }
@media screen { section.page { margin-top: 56px; } }
@media print {
  body { font-size: 10.5pt; }
  .doc { max-width: none; padding: 0; }
  section.page { break-before: page; }
  h2, h3 { break-after: avoid; }
  table { font-size: 9pt; } table.compact { font-size: 7.5pt; }
  thead { display: table-header-group; }
  tr, .tile, .fig, svg.chart { break-inside: avoid; }
}
)CSS";

std::string badge(score::Rating r) {
  const char c = static_cast<char>(r);
  return std::string("<span class=\"badge r-") + c + "\">" + c + "</span>";
}

std::string row(std::initializer_list<std::string> cells, std::initializer_list<bool> numeric = {}) {
  std::string out = "<tr>";
  auto n = numeric.begin();
  for (const auto& cell : cells) {
    const bool num = n != numeric.end() && *n++;
    out += std::string(num ? "<td class=\"n\">" : "<td>") + cell + "</td>";
  }
  return out + "</tr>";
}

std::string heading_row(const Ctx& c, std::initializer_list<std::string_view> keys) {
  std::string out = "<thead><tr>";
  for (auto k : keys) out += "<th>" + esc(std::string(c.t(k))) + "</th>";
  return out + "</tr></thead>";
}

std::string cover(const Ctx& c) {
  const auto& s = *c.in.summary;
  const auto& card = *c.in.card;
  std::string out = "<header><div class=\"agency\">" + esc(std::string(c.t("agency.issued_by"))) + "</div>";
  out += "<h1>" + esc(std::string(c.t("doc.title"))) + "</h1>";
  out += "<div class=\"subtitle\">" + esc(c.zh() ? s.scenario_name_zh : s.scenario_name_en) + "</div>";
  out += "<div class=\"meta\">" + esc(std::string(c.t("doc.kind"))) + " · " + esc(std::string(c.t("doc.subtitle"))) + " · " +
         esc(std::string(c.t("lbl.duration"))) + " " + fill(c.t("lbl.hours"), {compact(s.duration_h)}) + " · " + esc(std::string(c.t("lbl.seed"))) + " " +
         std::to_string(s.seed) + " · " + esc(std::string(c.t("lbl.replication"))) + " " + std::to_string(s.replication) +
         "</div></header>";
  out += "<div class=\"tiles\"><div class=\"tile overall\"><div class=\"k\">" + esc(std::string(c.t("lbl.overall"))) +
         "</div><div class=\"v\">" + number1(card.overall) + "</div>" + badge(card.rating) + "</div>";
  for (const score::Part* p : card.parts()) {
    out += "<div class=\"tile\"><div class=\"k\">" + esc(part_name(c, *p)) + "</div><div class=\"v\">" + number1(p->score) +
           "</div>" + (p->applies ? badge(p->rating) : "<span class=\"note\">" + esc(std::string(c.t("lbl.applies_not"))) + "</span>") +
           "</div>";
  }
  out += "</div>";
  // The key results, large.
  const auto& d = s.district;
  int ran_out = 0;
  for (const auto& k : s.categories) ran_out += k.ran_out_h >= 0;
  const double relief_share = d.displaced > 0 ? d.relief_within_target / d.displaced : 1;
  const auto fig = [&](const std::string& value, const std::string& label, bool bad) {
    return "<div class=\"fig" + std::string(bad ? " bad" : "") + "\"><div class=\"v\">" + value + "</div><div class=\"k\">" +
           esc(label) + "</div></div>";
  };
  out += "<h3>" + esc(std::string(c.t("lbl.key_figures"))) + "</h3><div class=\"figs\">";
  out += fig(people(d.rescued_alive) + " / " + people(d.trapped), std::string(c.t("kf.rescued")), d.rescued_alive < d.trapped);
  out += fig(people(d.displaced), std::string(c.t("kf.displaced")), false);
  out += fig(people(d.supplied), std::string(c.t("kf.supplied")), d.supplied < d.displaced);
  out += fig(percent(relief_share), fill(c.t("kf.relief_in_target"), {compact(s.relief_target_h)}), relief_share < 1 - 1e-9);
  out += fig(std::to_string(ran_out) + " / " + std::to_string(s.categories.size()), std::string(c.t("kf.stockouts")), ran_out > 0);
  out += fig(count(d.units_mobilised) + " / " + count(d.units), std::string(c.t("kf.units")), false);
  return out + "</div>";
}

std::string hazard_value(const Ctx& c, const score::HazardFact& f) {
  const auto with = [&](double v, std::string_view unit) { return number1(v) + " " + std::string(c.t(unit)); };
  if (f.id == "rain_total_mm" || f.id == "freezing_rain_total_mm" || f.id == "snow_total_mm") return with(f.value, "unit.mm");
  if (f.id == "rain_peak_mm_h") return with(f.value, "unit.mm_h");
  if (f.id == "water_level_peak_m" || f.id == "guaranteed_level_m") return with(f.value, "unit.m");
  if (f.id == "wind_peak_m_s") return with(f.value, "unit.m_s");
  if (f.id == "temp_min_c") return number1(f.value) + " °C";
  if (f.id == "breach_at_h") return f.value < 0 ? std::string(c.t("haz.breach_drawn")) : clock(c, f.value);
  if (f.id == "water_level_peak_h") return clock(c, f.value);
  if (f.id == "hour_of_day") {
    const long h = std::lround(f.value);
    return (h < 10 ? "0" : "") + std::to_string(h) + ":00";
  }
  if (f.id == "magnitude") return number1(f.value);
  return count(f.value);
}

// The levels the duty officer (or the director) declared, each beside the plan's own
// level then: in trainee mode the declaration is what is judged.
std::string declared_levels(const Ctx& c) {
  const auto& d = c.in.summary->declared;
  std::string out = "<h3>" + esc(std::string(c.t("sec.declared"))) + "</h3>";
  if (d.empty()) return out + "<p>" + esc(std::string(c.t("txt.none_declared"))) + "</p>";
  out += "<table>" + heading_row(c, {"lbl.time", "lbl.plan", "lbl.declared", "lbl.plan_level", "lbl.by"}) + "<tbody>";
  for (const auto& l : d) {
    const auto level_cell = [&](int lvl) {
      return lvl >= 5 ? std::string(c.t("lbl.no_response")) : fill(c.t("lbl.level"), {level(lvl)});
    };
    const bool agrees = l.level == l.plan_level;
    out += "<tr><td class=\"t\">" + clock(c, l.at_h) + "</td><td>" + esc(plan_name(c, l.plan)) + "</td><td>" +
           esc(level_cell(l.level)) + "</td><td>" + esc(level_cell(l.plan_level)) + (agrees ? "" : " ⚠") + "</td><td>" +
           esc(std::string(c.t("by." + l.by))) + "</td></tr>";
  }
  return out + "</tbody></table>";
}

std::string overview(const Ctx& c) {
  const auto& s = *c.in.summary;
  const auto& sc = *c.in.scenario;
  std::string out = "<section id=\"overview\"><h2>" + esc(std::string(c.t("sec.overview"))) + "</h2><table>";
  std::string plans;
  for (const auto& p : sc.plans) plans += (plans.empty() ? "" : c.zh() ? "、" : "; ") + plan_name(c, p);
  out += row({esc(std::string(c.t("lbl.scenario"))), esc(c.zh() ? s.scenario_name_zh : s.scenario_name_en)});
  out += row({esc(std::string(c.t("lbl.hazard"))), esc(std::string(c.t("hazard." + sc.hazard_type)))});
  out += row({esc(std::string(c.t("lbl.plans"))), esc(plans)});
  out += row({esc(std::string(c.t("lbl.duration"))), fill(c.t("lbl.hours"), {compact(s.duration_h)}) + " (" + clock(c, 0) + " – " + clock(c, s.ended_h) + ")"});
  out += row({esc(std::string(c.t("lbl.seed"))) + " / " + esc(std::string(c.t("lbl.replication"))),
              std::to_string(s.seed) + " / " + std::to_string(s.replication)});
  out += "</table><h3>" + esc(std::string(c.t("lbl.hazard_params"))) + "</h3><table>";
  const auto& facts = c.in.hazard;
  for (std::size_t i = 0; i < facts.size(); ++i) {
    const auto& f = facts[i];
    if (f.id == "epicentre_lon" || f.id == "water_level_peak_h") continue;  // shown with their partner
    std::string label(c.t("haz." + f.id)), value = hazard_value(c, f);
    if (f.id == "epicentre_lat" && i + 1 < facts.size()) {
      label = std::string(c.t("haz.epicentre"));
      value = fmt::format("{:.3f}°N, {:.3f}°E", f.value, facts[i + 1].value);
    }
    if (f.id == "water_level_peak_m" && i + 1 < facts.size()) value += " (" + clock(c, facts[i + 1].value) + ")";
    out += row({esc(label), esc(value)});
  }
  out += "</table>";
  if (!s.series.empty() && s.district.displaced > 0) {
    LineChart chart;
    chart.title = std::string(c.t("txt.displaced_chart"));
    chart.y_unit = std::string(c.t("unit.people"));
    chart.width = 950, chart.height = 250;
    ChartLine displaced{std::string(c.t("kf.displaced")), "#b42318", {}}, supplied{std::string(c.t("kf.supplied")), "#1f4e8c", {}};
    for (const auto& p : s.series) {
      chart.x_h.push_back(p.at_h);
      displaced.y.push_back(p.displaced);
      supplied.y.push_back(p.supplied);
    }
    chart.lines = {displaced, supplied};
    chart.step = true;
    out += line_chart_svg(chart);
  }
  out += "<h3>" + esc(std::string(c.t("sec.timeline"))) + "</h3><table>" + heading_row(c, {"lbl.time", "lbl.event"}) + "<tbody>";
  for (const auto& e : c.in.events) {
    // Each row an anchor by its record number, which the findings and the run's JSON use.
    const std::string id = e.event >= 0 ? " id=\"ev-" + std::to_string(e.event) + "\"" : "";
    out += "<tr" + id + "><td class=\"t\">" + clock(c, e.at_h) + "</td><td>" + esc(event_text(c, e)) + "</td></tr>";
  }
  out += "</tbody></table>" + declared_levels(c);
  return out + "</section>";
}

std::string target_text(const Ctx& c, const score::Figure& f) {
  if (f.target < 0) return "—";
  return (f.id.rfind("deadline:", 0) == 0 ? "≤ " : f.id == "orders_short_of_stock" ? "" : "≥ ") + figure_value(c, f.id, f.target);
}

// The MSEL's expected actions, each done or not, how late and by whom, and each
// objective's rating (docs/scoring.md, "Exercise objectives").
std::string msel_checks(const Ctx& c) {
  const auto& s = *c.in.summary;
  if (s.expected_actions.empty()) return "";
  std::string out = "<h3>" + esc(std::string(c.t("sec.msel"))) + "</h3><p>" + esc(std::string(c.t("txt.msel_intro"))) + "</p><table>" +
                    heading_row(c, {"lbl.seq", "lbl.delivered_at", "lbl.expected", "lbl.done_at_heading", "lbl.result", "lbl.done_by"}) +
                    "<tbody>";
  for (const auto& x : s.expected_actions) {
    const bool bad = x.status == score::ActionStatus::missed || x.status == score::ActionStatus::late;
    out += std::string(bad ? "<tr class=\"missrow\">" : "<tr>") + "<td class=\"n\">" + std::to_string(x.seq) + "</td><td class=\"t\">" +
           clock(c, x.delivered_h) + "</td><td>" + esc(expected_action_sentence(x, c.lang)) + "<div class=\"ev\">" +
           esc(c.zh() ? x.message_zh : x.message_en) + "</div></td><td class=\"t\">" + clock(c, x.done_h) + "</td><td>" +
           (bad ? "<span class=\"miss\">" : "<span>") + esc(action_status_text(x, c.lang)) + "</span></td><td>" +
           esc(action_by_text(x, c.lang)) + "</td></tr>";
  }
  out += "</tbody></table><table>" + heading_row(c, {"lbl.objective", "lbl.rating", "lbl.counts"}) + "<tbody>";
  for (const auto& o : s.objectives) {
    const std::string counts = fill(c.t("lbl.objective_counts"), {std::to_string(o.in_time), std::to_string(o.late),
                                                                  std::to_string(o.missed), std::to_string(o.not_delivered)});
    out += "<tr><td>" + esc(o.objective) + "</td><td>" + (o.rated ? badge(o.rating) : std::string("—")) + "</td><td>" + esc(counts) +
           "</td></tr>";
  }
  return out + "</tbody></table>";
}

std::string goals(const Ctx& c) {
  std::string out = "<section class=\"page\" id=\"goals\"><h2>" + esc(std::string(c.t("sec.goals"))) + "</h2><p>" +
                    esc(std::string(c.t("txt.goals_intro"))) + "</p>";
  for (const score::Part* p : c.in.card->parts()) {
    out += "<h3>" + esc(part_name(c, *p)) + " — " + number1(p->score) + " " + badge(p->rating) + " <span class=\"note\">" +
           esc(p->applies ? rating_text(c, p->rating) : std::string(c.t("txt.not_applicable"))) + "</span></h3>";
    if (p->figures.empty()) continue;
    out += "<table>" + heading_row(c, {"lbl.figure", "lbl.actual", "lbl.target", "lbl.met_heading"}) + "<tbody>";
    for (const auto& f : p->figures) {
      const bool judged = f.target >= 0 || !f.met;
      const std::string mark = !judged ? "" : f.met ? "<span class=\"met\">" + esc(std::string(c.t("lbl.met"))) + "</span>"
                                                     : "<span class=\"miss\">✗ " + esc(std::string(c.t("lbl.missed"))) + "</span>";
      out += std::string(f.met ? "<tr>" : "<tr class=\"missrow\">") + "<td>" + esc(figure_label(c, f.id)) + "</td><td class=\"n\">" +
             esc(figure_value(c, f.id, f.value)) + "</td><td class=\"n\">" + esc(target_text(c, f)) + "</td><td>" + mark + "</td></tr>";
    }
    out += "</tbody></table>";
  }
  return out + msel_checks(c) + "</section>";
}

// "受灾群众…比例：37.3%，目标100.0%，差62.7个百分点。"
std::string finding_line(const Ctx& c, const score::Finding& f) {
  if (f.figure.rfind("ran_out_h:", 0) == 0) return figure_label(c, f.figure) + (c.zh() ? "：" : ": ") + clock(c, f.value);
  return fill(c.t("lbl.problem_line"), {figure_label(c, f.figure), figure_value(c, f.figure, f.value),
                                        figure_value(c, f.figure, f.target), shortfall_text(c, f)});
}

// `text` escaped, and a link to its row of the timeline when the record is there.
std::string linked(const Ctx& c, const std::string& text, std::int64_t event) {
  const bool there = event >= 0 && std::any_of(c.in.events.begin(), c.in.events.end(),
                                               [&](const score::KeyEvent& k) { return k.event == event; });
  return there ? "<a href=\"#ev-" + std::to_string(event) + "\">" + esc(text) + "</a>" : esc(text);
}

std::string joined(const Ctx& c, const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : c.zh() ? "；" : "; ") + p;
  return out;
}

std::string problems(const Ctx& c) {
  std::string out = "<section class=\"page\" id=\"problems\"><h2>" + esc(std::string(c.t("sec.problems"))) + "</h2>";
  const auto& fs = c.in.findings;
  if (fs.empty()) return out + "<p>" + esc(std::string(c.t("txt.no_problems"))) + "</p></section>";
  out += "<p>" + esc(fill(c.t("txt.problems_intro"), {std::to_string(fs.size())})) + "</p><ol class=\"findings\">";
  const auto parts = c.in.card->parts();
  for (const auto& f : fs) {
    // A stockout's own line already says which and when: it links to the stockout itself.
    const bool stockout = f.figure.rfind("ran_out_h:", 0) == 0;
    out += "<li><b>" + esc(part_name(c, *parts[f.part])) + "</b>" + (c.zh() ? "｜" : " | ") +
           linked(c, finding_line(c, f), stockout && !f.evidence.empty() ? f.evidence.front().event : -1);
    const auto ev = stockout ? std::vector<std::string>{} : evidence_text(c, f);
    if (!ev.empty()) {
      std::string items;
      for (std::size_t i = 0; i < ev.size(); ++i) {
        items += (i == 0 ? "" : c.zh() ? "；" : "; ") + linked(c, ev[i], i < f.evidence.size() ? f.evidence[i].event : -1);
      }
      out += "<div class=\"ev\">" + esc(std::string(c.t("lbl.evidence"))) + (c.zh() ? "：" : ": ") + items + "</div>";
    }
    out += "</li>";
  }
  return out + "</ol></section>";
}

std::string lessons(const Ctx& c) {
  std::string out = "<section class=\"page\" id=\"lessons\"><h2>" + esc(std::string(c.t("sec.lessons"))) + "</h2>";
  const auto parts = c.in.card->parts();
  std::string good, bad;
  std::vector<std::string> met;
  for (std::size_t k = 0; k < parts.size(); ++k) {
    const score::Part& p = *parts[k];
    std::vector<std::string> missed;
    int ran_out = 0;  // the categories that ran out, counted as one lesson
    for (const auto& f : c.in.findings) {
      if (f.part != k) continue;
      if (f.figure.rfind("ran_out_h:", 0) == 0) {
        ++ran_out;
      } else {
        missed.push_back(figure_label(c, f.figure));
      }
    }
    if (ran_out > 0) missed.push_back(fill(c.t("txt.categories_ran_out"), {std::to_string(ran_out)}));
    for (const auto& f : p.figures) {
      if (f.target >= 0 && f.met) met.push_back(figure_label(c, f.id) + " " + figure_value(c, f.id, f.value));
    }
    if (!p.applies) continue;
    if (missed.empty()) {
      good += "<li>" + esc(fill(c.t("txt.lessons_good"), {part_name(c, p), number1(p.score), rating_text(c, p.rating)})) + "</li>";
    } else {
      bad += "<li>" + esc(fill(c.t("txt.lessons_bad"), {part_name(c, p), number1(p.score), rating_text(c, p.rating), joined(c, missed)})) + "</li>";
    }
  }
  out += "<h3>" + esc(std::string(c.t("lbl.what_went_well"))) + "</h3><ul>" + good;
  if (!met.empty()) out += "<li>" + esc(fill(c.t("txt.met_targets"), {joined(c, met)})) + "</li>";
  out += "</ul>";
  if (!bad.empty()) out += "<h3>" + esc(std::string(c.t("lbl.what_to_learn"))) + "</h3><ul>" + bad + "</ul>";
  return out + "</section>";
}

std::string improvement(const Ctx& c) {
  std::string out = "<section class=\"page\" id=\"improvement\"><h2>" + esc(std::string(c.t("sec.improve"))) + "</h2>";
  if (c.in.findings.empty()) return out + "<p>" + esc(std::string(c.t("lbl.none_missed"))) + "</p></section>";
  out += "<table class=\"plan\">" +
         heading_row(c, {"lbl.no", "lbl.part", "lbl.issue", "lbl.recommendation", "lbl.owner", "lbl.deadline"}) + "<tbody>";
  const auto parts = c.in.card->parts();
  int n = 0;
  for (const auto& f : c.in.findings) {
    out += row({std::to_string(++n), esc(part_name(c, *parts[f.part])), esc(finding_line(c, f)), esc(fix_text(c, f)),
                esc(owner_text(c, f.owner)), esc(fill(c.t("lbl.days"), {count(f.owner.deadline_days)}))});
  }
  return out + "</tbody></table></section>";
}

}  // namespace

AarInput aar_input(const response::ResponseModel& model, const score::RunSummary& summary, const score::Scorecard& card,
                   const world::ProvenanceLog& provenance) {
  AarInput in;
  in.world = &model.world();
  in.scenario = &model.scenario();
  in.summary = &summary;
  in.card = &card;
  in.events = score::key_events(model);
  in.findings = score::improvement_plan(summary, card, model.world().scoring);
  world::Scenario played = model.scenario();  // the hazard as this replication drew it
  played.hazard = hazard::drawn_params(played.hazard, model.truth().drawn);
  in.hazard = score::hazard_facts(played);
  in.assumptions = score::assumptions_used(provenance, model.scenario());
  return in;
}

std::string aar_report_html(const AarInput& in, Lang lang) {
  const Ctx c{in, lang};
  const auto& s = *in.summary;
  std::string out = std::string("<!DOCTYPE html>\n<html lang=\"") + (c.zh() ? "zh-CN" : "en") + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
                    esc(std::string(c.t("doc.title"))) + " — " + esc(c.zh() ? s.scenario_name_zh : s.scenario_name_en) +
                    "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n<div class=\"doc\">\n";
  out += cover(c) + "\n" + overview(c) + "\n" + goals(c) + "\n" + side_by_side_section(c) + "\n" + problems(c) + "\n" + lessons(c) + "\n" + improvement(c) + "\n";
  out += annex_towns(c) + "\n" + annex_stock(c) + "\n" + annex_units(c) + "\n" + annex_assumptions(c) + "\n";
  out += "<footer>" + esc(std::string(c.t("txt.footer"))) + "</footer>\n</div>\n</body>\n</html>\n";
  return out;
}

}  // namespace ttx::io
