#include "sim/io/aar_format.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include <fmt/format.h>

#include "sim/io/clock_text.h"
#include "sim/io/svg_chart.h"

namespace ttx::io::aar {

namespace {

bool starts(const std::string& s, std::string_view head) { return s.rfind(head, 0) == 0; }
bool ends(const std::string& s, std::string_view tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

const score::CategoryFigures* category(const Ctx& c, const std::string& id) {
  for (const auto& k : c.in.summary->categories) {
    if (k.id == id) return &k;
  }
  return nullptr;
}

// A value of a trigger's indicator as people say it: colours, levels, yes, or a number.
std::string indicator_value(const Ctx& c, const std::string& v) {
  const std::string key = "val." + v;
  if (has_text(key)) return std::string(c.t(key));
  char* end = nullptr;
  const double d = std::strtod(v.c_str(), &end);
  if (end != v.c_str() && *end == '\0') return std::fabs(d - std::round(d)) < 1e-9 ? count(d) : number1(d);
  return v;
}

}  // namespace

std::string esc(const std::string& text) { return xml_escape(text); }

std::string clock(const Ctx& c, double h) { return moment_text_h(h, c.in.summary->start_s, c.lang, "—"); }

std::string count(double n) {
  const std::string digits = fmt::format("{:.0f}", std::fabs(std::round(n)));
  std::string out = n <= -0.5 ? "-" : "";
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string people(double n) { return count(n); }

std::string number1(double v) { return fmt::format("{:.1f}", v); }

std::string compact(double v) { return std::fabs(v - std::round(v)) < 1e-9 ? count(v) : number1(v); }

std::string hours(const Ctx& c, double h) {
  if (h < 0) return "—";
  return fill(c.t("lbl.hours"), {number1(h)});
}

std::string percent(double share) {
  const double pct = 100.0 * share;
  return std::fabs(pct - std::round(pct)) < 0.05 ? fmt::format("{:.0f}%", pct) : fmt::format("{:.1f}%", pct);
}

std::string level(int l) { return world::level_name(l); }

std::string town_name(const Ctx& c, std::ptrdiff_t t) {
  const auto& towns = c.in.world->towns;
  if (t < 0 || static_cast<std::size_t>(t) >= towns.size()) return "";
  return c.zh() ? towns[t].name_zh : towns[t].name_en;
}

std::string item_name(const Ctx& c, std::ptrdiff_t i) {
  const auto& items = c.in.world->items;
  if (i < 0 || static_cast<std::size_t>(i) >= items.size()) return "";
  return c.zh() ? items[i].name_zh : items[i].name_en;
}

std::string quantity_unit(const Ctx& c, const score::CategoryFigures& k) {
  if (c.zh() && !k.unit_zh.empty()) return k.unit_zh;  // the category's own measure word (顶, 床, 箱)
  const std::string key = "qty." + k.unit;
  return has_text(key) ? std::string(c.t(key)) : k.unit;
}

std::string item_name(const Ctx& c, const score::CategoryFigures& k) { return c.zh() ? k.name_zh : k.name_en; }

std::string plan_name(const Ctx& c, const std::string& id) {
  for (const auto& p : c.in.world->plans) {
    if (p.id == id) return c.zh() ? p.title_zh : p.title_en;
  }
  return id;
}

std::string part_name(const Ctx& c, const score::Part& p) { return std::string(c.t("part." + p.id)); }

std::string rating_text(const Ctx& c, score::Rating r) {
  return std::string(c.t(std::string("rating.") + static_cast<char>(r)));
}

std::string trigger_text(const Ctx& c, const score::KeyEvent& e) {
  if (e.conditions.empty()) return e.text;
  std::string out;
  for (const auto& k : e.conditions) {
    if (!out.empty()) out += c.zh() ? "，" : "; ";
    const std::string label(c.t("ind." + k.indicator));
    if (starts(k.indicator, "warning_")) {
      out += c.zh() ? label + indicator_value(c, k.value) + "预警" : indicator_value(c, k.value) + " " + label + " warning";
    } else if (k.value == "true") {
      out += label;
    } else {
      out += label + " " + indicator_value(c, k.value) + (c.zh() ? "（启动条件" : " (trigger ") + (k.op == ">=" ? "≥" : "=") +
             indicator_value(c, k.threshold) + (c.zh() ? "）" : ")");
    }
  }
  return out;
}

std::string event_text(const Ctx& c, const score::KeyEvent& e) {
  using K = score::KeyEventKind;
  const auto& w = *c.in.world;
  const std::string town = town_name(c, e.town);
  const auto aid_from = [&] {
    if (e.aid < 0 || static_cast<std::size_t>(e.aid) >= w.mutual_aid.size()) return std::string();
    return c.zh() ? w.mutual_aid[e.aid].from_zh : w.mutual_aid[e.aid].from_en;
  };
  switch (e.kind) {
    case K::level_raised:
      if (e.level_from == 0) return fill(c.t("ev.level"), {plan_name(c, e.plan), level(e.level_to), trigger_text(c, e)});
      return fill(c.t("ev.level_from"), {plan_name(c, e.plan), level(e.level_from), level(e.level_to), trigger_text(c, e)});
    case K::inject: {
      // Injects are written "中文 / English".
      const auto slash = e.text.find(" / ");
      const std::string text = slash == std::string::npos ? e.text : c.zh() ? e.text.substr(0, slash) : e.text.substr(slash + 3);
      return fill(c.t("ev.inject"), {text});
    }
    case K::shelters_open: return fill(c.t("ev.shelters_open"), {town, people(e.amount)});
    case K::first_unit: return fill(c.t("ev.first_unit"), {town, c.zh() ? e.unit_zh : e.unit_en});
    case K::first_relief: return fill(c.t("ev.first_relief"), {town, item_name(c, e.item), number1(e.amount)});
    case K::stockout: return fill(c.t("ev.stockout"), {item_name(c, e.item)});
    case K::reserve: return fill(c.t("ev.reserve"), {count(e.amount)});
    case K::aid_requested: return fill(c.t("ev.aid_requested"), {aid_from(), count(e.amount)});
    case K::aid_arrived: return fill(c.t("ev.aid_arrived"), {aid_from(), count(e.amount)});
    case K::aid_teams_arrived: return fill(c.t("ev.aid_teams_arrived"), {aid_from(), count(e.amount)});
    case K::report_city: return std::string(c.t("ev.report_city"));
    case K::report_province: return std::string(c.t("ev.report_province"));
  }
  return "";
}

std::string figure_label(const Ctx& c, const std::string& id) {
  if (starts(id, "ran_out_h:")) {
    const auto* k = category(c, id.substr(10));
    return fill(c.t("fig.ran_out_h"), {k ? item_name(c, *k) : id.substr(10)});
  }
  const std::string key = "fig." + id;
  return has_text(key) ? std::string(c.t(key)) : id;
}

std::string figure_value(const Ctx& c, const std::string& id, double v) {
  if (ends(id, "_share") || id == "mean_fill_rate" || id == "utilisation") return percent(v);
  if (starts(id, "ran_out_h:") || id == "reserve_activated_h") return clock(c, v);
  if (starts(id, "deadline:")) return v < 0 ? std::string(c.t("lbl.not_done")) : hours(c, v);
  if (ends(id, "_h") || starts(id, "unit_hours")) return hours(c, v);
  return count(v);
}

std::string shortfall_text(const Ctx& c, const score::Finding& f) {
  if (starts(f.figure, "ran_out_h:")) return clock(c, f.value);
  if (starts(f.figure, "deadline:")) return fill(c.t("lbl.shortfall_h"), {number1(f.shortfall)});
  if (f.figure == "orders_short_of_stock") return fill(c.t("lbl.shortfall_count"), {count(f.value)});
  return fill(c.t("lbl.shortfall_pp"), {number1(100.0 * f.shortfall)});
}

std::vector<std::string> evidence_text(const Ctx& c, const score::Finding& f) {
  using E = score::EvidenceKind;
  const auto& s = *c.in.summary;
  std::vector<std::string> out;
  const std::string sep = c.zh() ? "：" : ": ";
  for (const auto& e : f.evidence) {
    const auto town = [&] { return c.zh() ? s.towns[e.town].name_zh : s.towns[e.town].name_en; };
    const auto cat = [&] { return item_name(c, s.categories[e.category]); };
    switch (e.kind) {
      case E::town_relief:
        out.push_back(town() + sep + percent(e.value) + (c.zh() ? "，首批物资于" : ", first relief at ") + clock(c, e.at_h));
        break;
      case E::town_first_unit:
        out.push_back(town() + sep + (e.hours < 0 ? std::string(c.t("lbl.not_done")) : hours(c, e.hours)) +
                      (c.zh() ? "（目标" : " (target ") + hours(c, e.target) + (c.zh() ? "）" : ")"));
        break;
      case E::category_p90:
        out.push_back(cat() + sep + (e.hours < 0 ? std::string(c.t("lbl.not_done")) : hours(c, e.hours)));
        break;
      case E::category_fill: out.push_back(cat() + sep + percent(e.value)); break;
      case E::category_ran_out: out.push_back(cat() + sep + clock(c, e.at_h)); break;
      case E::deadline:
        out.push_back(fill(c.t("lbl.due_at"), {clock(c, e.due_h)}) + (c.zh() ? "，" : ", ") +
                      (e.at_h < 0 ? std::string(c.t("lbl.not_done")) : fill(c.t("lbl.done_at"), {clock(c, e.at_h)})));
        break;
      case E::utilisation:
        out.push_back(figure_label(c, "unit_hours_worked") + " " + hours(c, e.value) + (c.zh() ? "，" : ", ") +
                      figure_label(c, "unit_hours_on_duty") + " " + hours(c, e.target));
        break;
    }
  }
  return out;
}

std::string fix_text(const Ctx& c, const score::Finding& f) {
  const auto& s = *c.in.summary;
  if (starts(f.figure, "ran_out_h:")) {
    const auto* k = category(c, f.figure.substr(10));
    return fill(c.t("fix.ran_out_h"), {k ? item_name(c, *k) : f.figure.substr(10)});
  }
  if (starts(f.figure, "deadline:")) return std::string(c.t("fix.deadline"));
  if (f.figure == "relief_within_target_share") return fill(c.t("fix.relief_within_target_share"), {compact(s.relief_target_h)});
  if (f.figure == "towns_first_unit_within_target_share") {
    return fill(c.t("fix.towns_first_unit_within_target_share"), {compact(c.in.world->scoring.first_unit_target_h)});
  }
  const std::string key = "fix." + f.figure;
  return has_text(key) ? std::string(c.t(key)) : figure_label(c, f.figure);
}

std::string owner_text(const Ctx& c, const world::ImprovementOwner& o) {
  std::string out = (c.zh() ? o.lead_zh : o.lead_en) + (c.zh() ? "（" : " (") + std::string(c.t("lbl.lead")) + (c.zh() ? "）" : ")");
  const std::string& support = c.zh() ? o.support_zh : o.support_en;
  if (!support.empty()) out += (c.zh() ? "；" : "; ") + support + (c.zh() ? "（" : " (") + std::string(c.t("lbl.support")) + (c.zh() ? "）" : ")");
  return out;
}

}  // namespace ttx::io::aar
