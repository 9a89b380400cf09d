#include "sim/io/hazard_report.h"

#include <algorithm>
#include <cstdio>

#include "sim/core/sim_time.h"
#include "sim/core/trace.h"  // JSON string escaping
#include "sim/hazard/generate.h"

namespace ttx::io {

using hazard::ImpactKind;

namespace {

// Positions to 1e-6 degree (about 0.1 m), hazard fields to 4 significant digits, counts whole.
std::string fmt(const char* f, double v) {
  char buf[48];
  std::snprintf(buf, sizeof buf, f, v);
  return buf;
}
std::string degrees(double v) { return fmt("%.6f", v); }
std::string value(double v) { return fmt("%.4g", v); }
std::string count(double v) { return fmt("%.0f", v); }

/// `text` padded with spaces to `width` terminal columns (CJK characters take two).
std::string pad(const std::string& text, int width) {
  int used = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    const int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    used += len >= 3 ? 2 : 1;
    i += static_cast<std::size_t>(len);
  }
  return text + std::string(static_cast<std::size_t>(std::max(0, width - used)), ' ');
}

/// A CSV cell: quoted when it holds a comma, quote or line break.
std::string csv_text(const std::string& text) {
  if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

}  // namespace

HazardSnapshot snapshot(const world::World& w, const hazard::HazardResult& r, std::int64_t at_s) {
  HazardSnapshot s;
  const std::size_t n = w.villages.size();
  s.at_s = at_s;
  s.field = r.field_at(at_s);
  s.field.resize(n, 0.0);
  s.displaced.assign(n, 0);
  s.trapped.assign(n, 0);
  s.injured.assign(n, 0);
  s.killed.assign(n, 0);
  s.houses.assign(n, 0);
  std::vector<char> closed(w.roads.edges().size(), 0);
  std::vector<double> power(w.towns.size(), 0.0), cold(w.towns.size(), 0.0);
  for (const auto& i : r.impacts) {
    if (i.at_s > at_s) break;
    ++s.impacts;
    switch (i.kind) {
      case ImpactKind::power_cut: power[i.where] = i.amount; break;
      case ImpactKind::cold_exposure: cold[i.where] = i.amount; break;
      case ImpactKind::displaced: s.displaced[i.where] += i.amount; break;
      case ImpactKind::trapped: s.trapped[i.where] += i.amount; break;
      case ImpactKind::injured: s.injured[i.where] += i.amount; break;
      case ImpactKind::killed: s.killed[i.where] += i.amount; break;
      case ImpactKind::houses_damaged: s.houses[i.where] += i.amount; break;
      case ImpactKind::road_closed: closed[i.where] = 1; break;
      case ImpactKind::road_reopened:
      case ImpactKind::road_slowed: closed[i.where] = 0; break;
      case ImpactKind::indicator: {
        const auto ind = static_cast<world::Indicator>(i.where);
        s.indicators.emplace_back(i.at_s, std::string(world::to_string(ind)) + " = " + world::indicator_text(ind, i.amount));
        break;
      }
      default: break;
    }
  }
  for (std::size_t e = 0; e < closed.size(); ++e) {
    if (closed[e]) s.closed_edges.push_back(static_cast<std::uint32_t>(e));
  }
  for (double x : power) s.users_without_power += x;
  for (double x : cold) s.people_cold += x;
  return s;
}

std::string hazard_summary(const world::World& w, const hazard::HazardResult& r, const HazardSnapshot& s) {
  std::string out;
  char buf[512];
  std::snprintf(buf, sizeof buf, "hazard at %s (max = highest %s of the town's villages); %zu impacts so far\n",
                core::format_clock(core::SimTime::at_seconds(s.at_s)).c_str(), r.field_name.c_str(), s.impacts);
  out += buf;
  std::snprintf(buf, sizeof buf, "%9s %9s %9s %8s %8s %7s %8s\n", "max", "displaced", "trapped", "injured", "killed",
                "houses", "people");
  out += "  " + pad("town", 23) + buf;
  double sum[5] = {}, people = 0;
  for (std::size_t t = 0; t < w.towns.size(); ++t) {
    double max_field = 0, d = 0, tr = 0, in = 0, k = 0, h = 0, pop = 0;
    for (std::size_t v = 0; v < w.villages.size(); ++v) {
      if (w.villages[v].town != t) continue;
      max_field = std::max(max_field, s.field[v]);
      d += s.displaced[v], tr += s.trapped[v], in += s.injured[v], k += s.killed[v], h += s.houses[v];
      pop += w.villages[v].population;
    }
    people += pop;
    sum[0] += d, sum[1] += tr, sum[2] += in, sum[3] += k, sum[4] += h;
    std::snprintf(buf, sizeof buf, "%9.2f %9.0f %9.0f %8.0f %8.0f %7.0f %8.0f\n", max_field, d, tr, in, k, h, pop);
    out += "  " + pad(w.towns[t].id, 13) + pad(w.towns[t].name_zh, 10) + buf;
  }
  std::snprintf(buf, sizeof buf, "%9s %9.0f %9.0f %8.0f %8.0f %7.0f %8.0f\n", "", sum[0], sum[1], sum[2], sum[3], sum[4],
                people);
  out += "  " + pad("district", 23) + buf;
  std::snprintf(buf, sizeof buf, "  roads closed now: %zu of %zu\n", s.closed_edges.size(), w.roads.edges().size());
  out += buf;
  const hazard::ImpactTotals t = hazard::totals(r, s.at_s);
  std::snprintf(buf, sizeof buf,
                "  so far: %.0f bridges and %.0f gas leaks to repair, %.0f sandbags to place, %.0f m³ to pump,\n"
                "          %.0f line spans down, %.0f structures collapsed, %.0f travellers stranded\n"
                "  now:    %.0f households without power, %.0f people without heating\n",
                t.bridges, t.gas_leaks, t.levee_bags, t.pumping_m3, t.lines_down, t.structures, t.stranded,
                s.users_without_power, s.people_cold);
  out += buf;
  for (const auto& [t, text] : s.indicators) {
    out += "  " + core::format_clock(core::SimTime::at_seconds(t)) + "  " + text + "\n";
  }
  return out;
}

std::string hazard_csv(const world::World& w, const hazard::HazardResult& r, const HazardSnapshot& s) {
  std::string out = "village,town,name,lat,lon,population," + r.field_name + ",displaced,trapped,injured,killed,houses_damaged\n";
  for (std::size_t v = 0; v < w.villages.size(); ++v) {
    const auto& x = w.villages[v];
    out += x.id + "," + w.towns[x.town].id + "," + csv_text(x.name) + "," + degrees(x.lat) + "," + degrees(x.lon) + "," +
           count(x.population) + "," + value(s.field[v]) + "," + count(s.displaced[v]) + "," + count(s.trapped[v]) + "," +
           count(s.injured[v]) + "," + count(s.killed[v]) + "," + count(s.houses[v]) + "\n";
  }
  return out;
}

std::string hazard_geojson(const world::World& w, const hazard::HazardResult& r, const HazardSnapshot& s) {
  std::string out = "{\"type\":\"FeatureCollection\",\"features\":[";
  bool first = true;
  auto begin = [&] {
    if (!first) out += ",";
    first = false;
  };
  for (std::size_t v = 0; v < w.villages.size(); ++v) {
    const auto& x = w.villages[v];
    begin();
    out += "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[" + degrees(x.lon) + "," + degrees(x.lat) +
           "]},\"properties\":{\"village\":";
    core::append_json_string(out, x.id);
    out += ",\"name\":";
    core::append_json_string(out, x.name);
    out += ",\"town\":";
    core::append_json_string(out, w.towns[x.town].id);
    out += ",\"" + r.field_name + "\":" + value(s.field[v]) + ",\"population\":" + count(x.population) +
           ",\"displaced\":" + count(s.displaced[v]) + ",\"trapped\":" + count(s.trapped[v]) + ",\"injured\":" +
           count(s.injured[v]) + ",\"killed\":" + count(s.killed[v]) + ",\"houses_damaged\":" + count(s.houses[v]) + "}}";
  }
  const auto& nodes = w.roads.nodes();
  for (std::uint32_t e : s.closed_edges) {
    const auto& edge = w.roads.edges()[e];
    begin();
    out += "{\"type\":\"Feature\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[" + degrees(nodes[edge.a].lon) +
           "," + degrees(nodes[edge.a].lat) + "],[" + degrees(nodes[edge.b].lon) + "," + degrees(nodes[edge.b].lat) +
           "]]},\"properties\":{\"road\":\"closed\",\"from\":";
    core::append_json_string(out, nodes[edge.a].id);
    out += ",\"to\":";
    core::append_json_string(out, nodes[edge.b].id);
    out += "}}";
  }
  out += "]}\n";
  return out;
}

}  // namespace ttx::io
