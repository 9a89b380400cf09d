#include "sim/io/hazard_report.h"

#include <cmath>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "sim/io/clock_text.h"
#include "sim/io/drawn_text.h"
#include "sim/io/log_text.h"
#include "sim/io/text_width.h"

namespace ttx::io {

namespace {

using Json = nlohmann::ordered_json;

bool zh(Lang l) { return l == Lang::zh; }
const char* say(Lang l, const char* z, const char* e) { return zh(l) ? z : e; }

// Positions to 1e-6 degree (about 0.1 m), hazard fields to 4 significant digits, counts whole.
std::string degrees(double v) { return fmt::format("{:.6f}", v); }
std::string value(double v) { return fmt::format("{:.4g}", v); }
std::string count(double v) { return fmt::format("{:.0f}", v); }

/// A CSV cell: quoted when it holds a comma, quote or line break.
std::string csv_text(const std::string& text) {
  if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string town_name(const world::World& w, std::int64_t t, Lang l) {
  const auto& town = w.towns[static_cast<std::size_t>(t)];
  return zh(l) || town.name_en.empty() ? town.name_zh : town.name_en;
}

// The hazard's field as a planner names it.
std::string field_text(const std::string& field, Lang l) {
  static const struct { const char *id, *zh, *en; } kFields[] = {{"depth_m", "水深（米）", "water depth (m)"},
                                                                  {"intensity", "烈度", "intensity"},
                                                                  {"ice_mm", "覆冰厚度（毫米）", "ice (mm)"},
                                                                  {"population", "人口", "population"}};
  for (const auto& f : kFields) {
    if (field == f.id) return zh(l) ? f.zh : f.en;
  }
  return field;
}

// A level change as the timeline says it ("《…防汛防台风应急预案》IV级响应启动：台风蓝色预警").
std::string level_line(const world::World& w, const response::LevelChange& c, Lang l) {
  response::LogEntry e;
  e.kind = response::LogKind::level_change;
  e.plan = c.plan;
  e.from = c.from;
  e.to = c.to;
  e.reason = c.reason;
  return log_text(e, w, {}, l);
}

Json levels_json(const std::vector<response::LevelChange>& changes, std::optional<std::int64_t> start_s) {
  Json out = Json::array();
  for (const auto& c : changes) {
    out.push_back({{"at_h", c.at_s / 3600.0},
                   {"at", start_s ? Json(format_date_time(*start_s + c.at_s)) : Json(nullptr)},
                   {"plan", c.plan},
                   {"from", c.from},
                   {"to", c.to},
                   {"reason", c.reason}});
  }
  return out;
}

Json row_json(const score::HazardTownRow& r) {
  return {{"max_field", r.max_field}, {"displaced", r.displaced}, {"trapped", r.trapped}, {"injured", r.injured},
          {"killed", r.killed},       {"houses_damaged", r.houses}, {"population", r.population}};
}

}  // namespace

std::string hazard_text(const world::World& w, const world::Scenario& sc, const score::HazardSummary& h, Lang l) {
  const score::HazardSnapshot& s = h.snapshot;
  const auto when = [&](std::int64_t at_s) { return moment_text(at_s, sc.start_s, l); };
  std::string out = fmt::format(fmt::runtime(say(l, "{} 时的灾情（最大值 = 该镇各村{}的最高值）；至此 {} 条影响\n",
                                                     "hazard at {} (max = highest {} of the town's villages); {} impacts so far\n")),
                                when(h.at_s), field_text(h.field_name, l), s.impacts);
  out += drawn_text(h.result.drawn, h.replication, l);
  const auto cells = [](const std::vector<std::string>& v, const std::vector<int>& widths) {
    std::string line;
    for (std::size_t i = 0; i < v.size(); ++i) line += pad(v[i], widths[i], i > 0);
    return line;
  };
  const std::vector<int> widths = {24, 9, 10, 9, 9, 9, 8, 9};
  out += "  " + cells({say(l, "镇（街道）", "town"), say(l, "最大值", "max"), say(l, "转移", "displaced"), say(l, "被困", "trapped"),
                       say(l, "受伤", "injured"), say(l, "死亡", "killed"), say(l, "房屋", "houses"), say(l, "人口", "people")},
                      widths) + "\n";
  for (const auto& r : h.towns) {
    out += "  " + cells({town_name(w, r.town, l), fmt::format("{:.2f}", r.max_field), count(r.displaced), count(r.trapped),
                         count(r.injured), count(r.killed), count(r.houses), count(r.population)},
                        widths) + "\n";
  }
  const auto& d = h.district;
  out += "  " + cells({say(l, "全区", "district"), "", count(d.displaced), count(d.trapped), count(d.injured), count(d.killed),
                       count(d.houses), count(d.population)},
                      widths) + "\n";
  const hazard::ImpactTotals& t = h.totals;
  out += fmt::format(fmt::runtime(say(l, "  当前封闭道路：{} 段（共 {} 段）\n", "  roads closed now: {} of {}\n")),
                     s.closed_edges.size(), h.roads);
  out += fmt::format(fmt::runtime(say(l,
                                      "  累计：待抢修桥梁 {:.0f} 座、燃气泄漏 {:.0f} 处，需垒沙袋 {:.0f} 袋、排水 {:.0f} m³，\n"
                                      "        线路断档 {:.0f} 档，倒塌构筑物 {:.0f} 处，滞留旅客 {:.0f} 人\n"
                                      "  当前：停电 {:.0f} 户，无供暖 {:.0f} 人\n",
                                      "  so far: {:.0f} bridges and {:.0f} gas leaks to repair, {:.0f} sandbags to place, {:.0f} m³ to pump,\n"
                                      "          {:.0f} line spans down, {:.0f} structures collapsed, {:.0f} travellers stranded\n"
                                      "  now:    {:.0f} households without power, {:.0f} people without heating\n")),
                     t.bridges, t.gas_leaks, t.levee_bags, t.pumping_m3, t.lines_down, t.structures, t.stranded,
                     s.users_without_power, s.people_cold);
  if (!h.indicators.empty()) out += say(l, "  预案关注的指标：\n", "  indicators the plans watch:\n");
  for (const auto& i : h.indicators) out += "    " + when(i.at_s) + "  " + indicator_value_text(i.indicator, i.value, l) + "\n";
  const auto levels = [&](const std::vector<response::LevelChange>& changes, const char* label) {
    out += std::string("  ") + label + "\n";
    if (changes.empty()) out += say(l, "    未启动响应\n", "    none started\n");
    for (const auto& c : changes) out += "    " + when(c.at_s) + "  " + level_line(w, c, l) + "\n";
  };
  levels(h.levels_perfect, say(l, "预案响应级别（信息完全时）：", "plan levels with perfect information:"));
  levels(h.levels_reported, say(l, "预案响应级别（按报告链传到值班室的信息）：", "plan levels as the reporting chain tells the duty office:"));
  return out;
}

std::string hazard_json(const world::World& w, const world::Scenario& sc, const score::HazardSummary& h) {
  Json j;
  j["scenario"] = {{"id", sc.id}, {"start", sc.start_s ? Json(format_date_time(*sc.start_s)) : Json(nullptr)}};
  j["at_h"] = h.at_s / 3600.0;
  j["at"] = sc.start_s ? Json(format_date_time(*sc.start_s + h.at_s)) : Json(nullptr);
  j["replication"] = h.replication;
  j["drawn"] = drawn_json(h.result.drawn);
  j["field"] = h.field_name;
  j["impacts"] = h.snapshot.impacts;
  Json towns = Json::array();
  for (const auto& r : h.towns) {
    Json t = {{"id", w.towns[static_cast<std::size_t>(r.town)].id}, {"name_zh", w.towns[static_cast<std::size_t>(r.town)].name_zh}};
    t.update(row_json(r));
    towns.push_back(std::move(t));
  }
  j["towns"] = towns;
  j["district"] = row_json(h.district);
  const hazard::ImpactTotals& t = h.totals;
  j["roads"] = {{"edges", h.roads}, {"closed", h.snapshot.closed_edges.size()}};
  j["totals"] = {{"bridges", t.bridges},       {"gas_leaks", t.gas_leaks},   {"levee_bags", t.levee_bags},
                 {"pumping_m3", t.pumping_m3}, {"lines_down", t.lines_down}, {"structures", t.structures},
                 {"stranded", t.stranded}};
  j["now"] = {{"users_without_power", h.snapshot.users_without_power}, {"people_cold", h.snapshot.people_cold}};
  Json indicators = Json::array();
  for (const auto& i : h.indicators) {
    indicators.push_back({{"at_h", i.at_s / 3600.0}, {"indicator", std::string(world::to_string(i.indicator))},
                          {"value", world::indicator_text(i.indicator, i.value)}});
  }
  j["indicators"] = indicators;
  j["levels_perfect_information"] = levels_json(h.levels_perfect, sc.start_s);
  j["levels_as_reported"] = levels_json(h.levels_reported, sc.start_s);
  return j.dump(2) + "\n";
}

std::string hazard_csv(const world::World& w, const score::HazardSummary& h) {
  const score::HazardSnapshot& s = h.snapshot;
  std::string out = "village,town,name,lat,lon,population," + h.field_name + ",displaced,trapped,injured,killed,houses_damaged\n";
  for (std::size_t v = 0; v < w.villages.size(); ++v) {
    const auto& x = w.villages[v];
    out += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{}\n", x.id, w.towns[x.town].id, csv_text(x.name), degrees(x.lat),
                       degrees(x.lon), count(x.population), value(s.field[v]), count(s.displaced[v]), count(s.trapped[v]),
                       count(s.injured[v]), count(s.killed[v]), count(s.houses[v]));
  }
  return out;
}

std::string hazard_geojson(const world::World& w, const score::HazardSummary& h) {
  const score::HazardSnapshot& s = h.snapshot;
  // Numbers keep the text's precision: a round trip through double would print 31.815000000000001.
  const auto raw = [](const std::string& number) { return Json::parse(number); };
  const auto whole = [](double v) { return static_cast<std::int64_t>(std::llround(v)); };
  Json features = Json::array();
  for (std::size_t v = 0; v < w.villages.size(); ++v) {
    const auto& x = w.villages[v];
    features.push_back({{"type", "Feature"},
                        {"geometry", {{"type", "Point"}, {"coordinates", {raw(degrees(x.lon)), raw(degrees(x.lat))}}}},
                        {"properties",
                         {{"village", x.id},
                          {"name", x.name},
                          {"town", w.towns[x.town].id},
                          {h.field_name, raw(value(s.field[v]))},
                          {"population", whole(x.population)},
                          {"displaced", whole(s.displaced[v])},
                          {"trapped", whole(s.trapped[v])},
                          {"injured", whole(s.injured[v])},
                          {"killed", whole(s.killed[v])},
                          {"houses_damaged", whole(s.houses[v])}}}});
  }
  const auto& nodes = w.roads.nodes();
  for (std::uint32_t e : s.closed_edges) {
    const auto& edge = w.roads.edges()[e];
    const auto point = [&](std::size_t n) { return Json{raw(degrees(nodes[n].lon)), raw(degrees(nodes[n].lat))}; };
    features.push_back({{"type", "Feature"},
                        {"geometry", {{"type", "LineString"}, {"coordinates", {point(edge.a), point(edge.b)}}}},
                        {"properties", {{"road", "closed"}, {"from", nodes[edge.a].id}, {"to", nodes[edge.b].id}}}});
  }
  return Json{{"type", "FeatureCollection"}, {"features", features}}.dump() + "\n";
}

}  // namespace ttx::io
