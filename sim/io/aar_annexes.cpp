// The after-action report's appendices: results by town, stock and deliveries,
// units, and the notes and assumptions.
#include <algorithm>
#include <map>
#include <utility>
#include <vector>

#include "sim/io/aar_format.h"
#include "sim/io/log_text.h"
#include "sim/io/svg_chart.h"

namespace ttx::io::aar {

namespace {

std::string th(const Ctx& c, std::string_view key, bool numeric = false) {
  return std::string(numeric ? "<th class=\"n\">" : "<th>") + esc(std::string(c.t(key))) + "</th>";
}
std::string td(const std::string& text, bool numeric = false) {
  return std::string(numeric ? "<td class=\"n\">" : "<td>") + text + "</td>";
}
std::string open_section(const Ctx& c, const char* id, std::string_view title_key) {
  return std::string("<section class=\"page\" id=\"") + id + "\"><h2>" + esc(std::string(c.t(title_key))) + "</h2>";
}

// Per town, the hours its relief waited and what held it up.
std::string waiting_table(const Ctx& c) {
  using response::WaitReason;
  std::string rows;
  for (const auto& t : c.in.summary->towns) {
    double sum = 0;
    for (std::size_t r = 1; r < response::kWaitReasons; ++r) sum += t.waiting_h[r];
    if (!(sum > 0.05)) continue;
    rows += "<tr>" + td(esc(c.zh() ? t.name_zh : t.name_en));
    for (std::size_t r = 1; r < response::kWaitReasons; ++r) rows += td(t.waiting_h[r] > 0.05 ? hours(c, t.waiting_h[r]) : "—", true);
    rows += "</tr>";
  }
  if (rows.empty()) return "<p>" + esc(std::string(c.t("txt.no_waiting"))) + "</p>";
  std::string out = "<p>" + esc(std::string(c.t("txt.waiting_intro"))) + "</p><table><thead><tr>" + th(c, "lbl.town");
  for (std::size_t r = 1; r < response::kWaitReasons; ++r) {
    out += "<th class=\"n\">" + esc(std::string(wait_reason_text(static_cast<WaitReason>(r), c.lang))) + "</th>";
  }
  return out + "</tr></thead><tbody>" + rows + "</tbody></table>";
}

constexpr const char* kColours[] = {"#1f4e8c", "#b42318", "#1a7f37", "#8a5a00", "#6941c6", "#0e7490"};

}  // namespace

std::string annex_towns(const Ctx& c) {
  const auto& s = *c.in.summary;
  std::string out = open_section(c, "annex-towns", "sec.annex_towns") + "<p>" + esc(std::string(c.t("txt.towns_intro"))) + "</p>";
  out += "<table><thead><tr>" + th(c, "lbl.town") + th(c, "lbl.displaced", true) + th(c, "lbl.sheltered", true) +
         th(c, "lbl.supplied", true) + th(c, "lbl.relief_share", true) + th(c, "lbl.first_unit", true) +
         th(c, "lbl.first_relief", true) + "</tr></thead><tbody>";
  double displaced = 0, sheltered = 0, places = 0, supplied = 0;
  for (const auto& t : s.towns) {
    displaced += t.displaced, sheltered += t.sheltered, places += t.shelter_places, supplied += t.supplied;
    const bool short_of_target = t.relief_within_target_share >= 0 && t.relief_within_target_share < 1 - 1e-9;
    out += std::string(short_of_target ? "<tr class=\"missrow\">" : "<tr>") + td(esc(c.zh() ? t.name_zh : t.name_en)) +
           td(people(t.displaced), true) + td(people(t.sheltered) + " / " + people(t.shelter_places), true) +
           td(people(t.supplied), true) +
           td(t.relief_within_target_share < 0 ? "—" : percent(t.relief_within_target_share), true) +
           td(clock(c, t.first_unit_h), true) + td(clock(c, t.first_relief_h), true) + "</tr>";
  }
  out += "<tr><th>" + esc(std::string(c.t("lbl.total"))) + "</th>" + td("<b>" + people(displaced) + "</b>", true) +
         td("<b>" + people(sheltered) + " / " + people(places) + "</b>", true) + td("<b>" + people(supplied) + "</b>", true) +
         td(displaced > 0 ? "<b>" + percent(s.district.relief_within_target / displaced) + "</b>" : "—", true) + td("", true) +
         td("", true) + "</tr>";
  return out + "</tbody></table></section>";
}

std::string annex_stock(const Ctx& c) {
  const auto& s = *c.in.summary;
  const auto& w = *c.in.world;
  std::string out = open_section(c, "annex-stock", "sec.annex_stock");
  // The categories that ran out first, then the most asked for: eight charts at most.
  std::vector<std::size_t> order(s.categories.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const auto& x = s.categories[a];
    const auto& y = s.categories[b];
    if ((x.ran_out_h >= 0) != (y.ran_out_h >= 0)) return x.ran_out_h >= 0;
    if (x.ran_out_h >= 0) return x.ran_out_h < y.ran_out_h;
    return x.requested > y.requested;
  });
  constexpr std::size_t kCharts = 8;
  if (!s.series.empty() && !order.empty()) {
    out += "<h3>" + esc(std::string(c.t("txt.charts_stock"))) + "</h3><div class=\"charts\">";
    std::size_t drawn = 0;
    for (std::size_t k : order) {
      if (drawn == kCharts) break;
      const auto& cat = s.categories[k];
      const world::ItemCategory* item = w.item(cat.id);
      if (item == nullptr) continue;
      const auto index = static_cast<std::size_t>(item - w.items.data());
      LineChart chart;
      chart.title = item_name(c, cat);
      chart.y_unit = quantity_unit(c, cat);
      chart.width = 460, chart.height = 200;
      chart.step = true;
      ChartLine line{std::string(c.t("lbl.stock_at")), kColours[0], {}};
      for (const auto& p : s.series) {
        if (index >= p.stock.size()) continue;
        chart.x_h.push_back(p.at_h);
        line.y.push_back(static_cast<double>(p.stock[index]));
      }
      chart.lines = {line};
      if (cat.ran_out_h >= 0) {
        chart.marker_h = cat.ran_out_h;
        chart.marker_label = fill(c.t("lbl.ran_out_mark"), {clock(c, cat.ran_out_h)});
      }
      out += line_chart_svg(chart);
      ++drawn;
    }
    out += "</div>";
    if (order.size() > drawn) out += "<p class=\"note\">" + esc(fill(c.t("lbl.more_categories"), {std::to_string(order.size() - drawn)})) + "</p>";
  }
  out += "<p>" + esc(std::string(c.t("txt.stock_intro"))) + "</p><table><thead><tr>" + th(c, "lbl.category") + th(c, "lbl.unit") +
         th(c, "lbl.requested", true) + th(c, "lbl.delivered", true) + th(c, "lbl.fill_rate", true) + th(c, "lbl.load_p50", true) +
         th(c, "lbl.p50", true) + th(c, "lbl.p90", true) + th(c, "lbl.ran_out", true) + th(c, "lbl.in_stock", true) + "</tr></thead><tbody>";
  for (std::size_t k : order) {
    const auto& cat = s.categories[k];
    out += std::string(cat.ran_out_h >= 0 ? "<tr class=\"missrow\">" : "<tr>") + td(esc(item_name(c, cat))) +
           td(esc(quantity_unit(c, cat))) + td(count(static_cast<double>(cat.requested)), true) +
           td(count(static_cast<double>(cat.delivered)), true) + td(percent(cat.fill_rate), true) +
           td(hours(c, cat.request_to_load_p50_h), true) + td(hours(c, cat.request_to_delivery_p50_h), true) +
           td(hours(c, cat.request_to_delivery_p90_h), true) + td(clock(c, cat.ran_out_h), true) +
           td(count(static_cast<double>(cat.in_stock_at_end)), true) + "</tr>";
  }
  return out + "</tbody></table>" + waiting_table(c) + "</section>";
}

std::string annex_units(const Ctx& c) {
  const auto& s = *c.in.summary;
  const auto& d = s.district;
  std::string out = open_section(c, "annex-units", "sec.annex_units") + "<p>" + esc(std::string(c.t("txt.units_intro"))) + "</p>";
  out += "<table><tbody>";
  out += "<tr>" + td(esc(figure_label(c, "units_mobilised"))) + td(count(d.units_mobilised) + " / " + count(d.units), true) + "</tr>";
  out += "<tr>" + td(esc(figure_label(c, "unit_hours_on_duty"))) + td(hours(c, d.unit_hours_on_duty), true) + "</tr>";
  out += "<tr>" + td(esc(figure_label(c, "unit_hours_worked"))) + td(hours(c, d.unit_hours_worked), true) + "</tr>";
  out += "<tr>" + td(esc(std::string(c.t("lbl.unit_hours_travelling")))) + td(hours(c, d.unit_hours_travelling), true) + "</tr>";
  for (const auto& f : c.in.card->efficiency.figures) {
    if (f.id != "utilisation" && f.id != "travel_share") continue;
    out += "<tr>" + td(esc(figure_label(c, f.id))) + td(figure_value(c, f.id, f.value), true) + "</tr>";
  }
  out += "</tbody></table>";
  if (!s.series.empty()) {
    LineChart chart;
    chart.title = std::string(c.t("txt.charts_units"));
    chart.y_unit = std::string(c.t("unit.units"));
    chart.width = 950, chart.height = 240;
    chart.step = true;
    ChartLine line{std::string(c.t("lbl.units_on_task")), kColours[0], {}};
    for (const auto& p : s.series) {
      chart.x_h.push_back(p.at_h);
      line.y.push_back(p.units_on_task);
    }
    chart.lines = {line};
    out += line_chart_svg(chart);
  }
  return out + "</section>";
}

std::string annex_assumptions(const Ctx& c) {
  const auto& list = c.in.assumptions;
  std::string out = open_section(c, "annex-assumptions", "sec.annex_assumptions") + "<p>" +
                    esc(fill(c.t("lbl.assumptions_intro"), {std::to_string(list.size())})) + "</p>";
  std::map<std::string, int> by_file;
  for (const auto& e : list) ++by_file[e.file];
  out += "<h3>" + esc(std::string(c.t("lbl.assumed_by_file"))) + "</h3><table class=\"compact\"><thead><tr>" + th(c, "lbl.file") +
         th(c, "lbl.count", true) + "</tr></thead><tbody>";
  for (const auto& [file, n] : by_file) out += "<tr>" + td(esc(file)) + td(std::to_string(n), true) + "</tr>";
  // The full list, grouped by file and reason: many figures share one (a generated town
  // figure, a split of a seed total), and each keeps its line, field and value.
  out += "</tbody></table><table class=\"compact\"><thead><tr>" + th(c, "lbl.reason") + th(c, "lbl.entries") +
         "</tr></thead><tbody>";
  std::vector<std::pair<std::string, std::string>> groups;  // (file, reason), in order of first appearance
  std::map<std::pair<std::string, std::string>, std::string> entries;
  for (const auto& e : list) {
    const auto key = std::make_pair(e.file, e.note);
    std::string& cell = entries[key];
    if (cell.empty()) groups.push_back(key);
    std::string value = e.value;
    if (value.size() > 48) {
      std::size_t cut = 45;
      while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 character
      value = value.substr(0, cut) + "…";
    }
    cell += (cell.empty() ? "" : "; ") + std::string("<span class=\"at\">") + esc(e.file + ":" + std::to_string(e.line)) +
            "</span> " + esc(e.field) + " = " + esc(value);
  }
  for (const auto& key : groups) out += "<tr>" + td(esc(key.second)) + td(entries[key]) + "</tr>";
  return out + "</tbody></table></section>";
}

}  // namespace ttx::io::aar
