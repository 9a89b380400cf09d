#include "sim/io/read_hazard_params.h"

#include <algorithm>
#include <cmath>

#include "sim/io/clock_text.h"
#include "sim/io/did_you_mean.h"
#include "sim/io/input_limits.h"
#include "sim/io/message_text.h"
#include "sim/io/read_distribution.h"

namespace ttx::io {

namespace {

const std::vector<std::string> kHazards = {"flood", "earthquake", "freezing_rain", "incidents"};
const std::vector<std::string> kWarningKinds = {"typhoon", "rainstorm", "road_icing", "blizzard", "cold_wave"};
const std::vector<std::string> kColours = {"blue", "yellow", "orange", "red"};

using Duration = std::optional<double>;
using Spread = std::vector<world::SpreadParam>;

std::vector<world::WarningEvent> read_warnings(YamlMap& m, Duration duration_h) {
  std::vector<world::WarningEvent> out;
  const auto items = m.list("warnings", false, limits::kWarnings);
  for (std::size_t i = 0; i < items.size(); ++i) {
    YamlMap w(m.file(), items[i], m.field("warnings[" + std::to_string(i) + "]"));
    if (!w.ok()) continue;
    world::WarningEvent e;
    const std::string at = w.text("at");
    if (auto s = parse_clock(at)) {
      e.at_s = *s;
      if (duration_h && e.at_s > *duration_h * 3600) w.error_at(w.child("at"), "at", "after the end of the scenario (duration_h)");
    } else if (!at.empty()) {
      w.error_at(w.child("at"), "at", "expected a time like T+02:30, got " + echoed(at));
    }
    e.kind = w.text("kind");
    if (!e.kind.empty() && std::find(kWarningKinds.begin(), kWarningKinds.end(), e.kind) == kWarningKinds.end()) {
      w.error_at(w.child("kind"), "kind", "unknown warning " + echoed(e.kind) + did_you_mean(e.kind, kWarningKinds));
    }
    const std::string colour = w.text("colour");
    const auto c = std::find(kColours.begin(), kColours.end(), colour);
    if (c != kColours.end()) e.colour = static_cast<int>(c - kColours.begin()) + 1;
    else if (!colour.empty()) w.error_at(w.child("colour"), "colour", "expected blue, yellow, orange or red, got " + echoed(colour));
    w.finish();
    out.push_back(e);
  }
  return out;
}

/// An hourly series must cover the scenario: at least duration_h values.
std::vector<double> hourly(YamlMap& m, std::string_view key, Range range, Duration duration_h, bool required = true) {
  std::vector<double> v = m.quantity_list(key, range, 0, required);
  if (duration_h && !v.empty() && static_cast<double>(v.size()) < std::ceil(*duration_h)) {
    m.error_at(m.child(key), key,
               "hourly series has " + std::to_string(v.size()) + " values; the scenario lasts " +
                   std::to_string(static_cast<int>(std::ceil(*duration_h))) + " h (the last value is not repeated)");
  }
  return v;
}

world::EarthquakeParams read_earthquake(YamlMap& m, Duration duration_h, Spread& spread) {
  world::EarthquakeParams p;
  p.magnitude = spread_quantity(m, "magnitude", Range{0, 9.5}, spread, "magnitude");
  p.lat = spread_quantity(m, "epicentre_lat", ranges::kLat, spread, "epicentre_lat");
  p.lon = spread_quantity(m, "epicentre_lon", ranges::kLon, spread, "epicentre_lon");
  if (m.has("strike_deg")) p.strike_deg = m.quantity("strike_deg", Range{0, 360});
  p.region = m.text("region", false);
  p.hour_of_day = spread_quantity(m, "hour_of_day", ranges::kHourOfDay, spread, "hour_of_day");
  p.sigma_draw = m.flag("sigma_draw", false);
  const auto items = m.list("aftershocks", false, limits::kAftershocks);
  for (std::size_t i = 0; i < items.size(); ++i) {
    YamlMap a(m.file(), items[i], m.field("aftershocks[" + std::to_string(i) + "]"));
    if (!a.ok()) continue;
    world::Aftershock s;
    s.at_h = a.quantity("at_h", Range{0, duration_h.value_or(ranges::kHours.max)});
    s.magnitude = a.quantity("magnitude", Range{0, 9.5});
    a.finish();
    p.aftershocks.push_back(s);
  }
  return p;
}

world::FloodParams read_flood(YamlMap& m, Duration duration_h, Spread& spread) {
  world::FloodParams p;
  p.rain_mm_h = hourly(m, "rain_mm_h", Range{0, 500}, duration_h);
  p.outside_level_m = hourly(m, "outside_level_m", Range{-20, 30}, duration_h);
  p.warning_level_m = m.quantity("warning_level_m", Range{-20, 30});
  p.guaranteed_level_m = m.quantity("guaranteed_level_m", Range{-20, 30});
  if (p.guaranteed_level_m < p.warning_level_m) m.error_at(m.child("guaranteed_level_m"), "guaranteed_level_m", "must not be below warning_level_m");
  p.reach_lat = spread_quantity(m, "reach_lat", ranges::kLat, spread, "reach_lat");
  p.reach_lon = spread_quantity(m, "reach_lon", ranges::kLon, spread, "reach_lon");
  p.reach_length_m = m.quantity("reach_length_m", Range{0, 1e5});
  p.levee_watch_level_m = m.quantity("levee_watch_level_m", Range{-20, 30});
  p.levee_crest_m = spread_quantity(m, "levee_crest_m", Range{-20, 40}, spread, "levee_crest_m");
  p.refuse_to_leave_share = m.quantity("refuse_to_leave_share", ranges::kShare);
  p.rain_factor = spread_quantity(m, "rain_factor", Range{0, 10}, spread, "rain_factor", false, 1);
  p.surge_offset_m = spread_quantity(m, "surge_offset_m", Range{-10, 10}, spread, "surge_offset_m", false, 0);
  if (m.has("breach")) {
    YamlMap b(m.file(), m.child("breach"), m.field("breach"));
    p.breach = b.ok();
    const double last_hour = duration_h ? std::max(0.0, std::ceil(*duration_h) - 1) : ranges::kHours.max;
    if (b.has("at_h")) p.breach_at_h = spread_quantity(b, "at_h", Range{0, last_hour}, spread, "breach.at_h");
    p.breach_median_level_m = spread_quantity(b, "median_level_m", Range{-20, 30}, spread, "breach.median_level_m", p.breach_at_h < 0);
    p.breach_beta = b.quantity("beta", Range{0.001, 2}, p.breach_at_h < 0, 0.1);
    const std::string river = b.text("river");
    if (river != "yangtze" && river != "inland" && !river.empty()) {
      b.error_at(b.child("river"), "river", "expected yangtze or inland, got " + echoed(river));
    }
    p.breach_on_yangtze = river == "yangtze";
    b.finish();
  }
  p.warnings = read_warnings(m, duration_h);
  return p;
}

world::FreezingParams read_freezing(YamlMap& m, Duration duration_h, Spread& spread) {
  world::FreezingParams p;
  p.freezing_rain_mm_h = hourly(m, "freezing_rain_mm_h", Range{0, 200}, duration_h);
  p.snow_mm_h = hourly(m, "snow_mm_h", Range{0, 200}, duration_h);
  p.temp_c = hourly(m, "temp_c", Range{-50, 40}, duration_h);
  p.wind_m_s = hourly(m, "wind_m_s", Range{0, 100}, duration_h);
  p.freezing_rain_factor = spread_quantity(m, "freezing_rain_factor", Range{0, 10}, spread, "freezing_rain_factor", false, 1);
  p.warnings = read_warnings(m, duration_h);
  return p;
}

world::IncidentParams read_incidents(YamlMap& m, Duration duration_h) {
  world::IncidentParams p;
  p.incidents_per_h = m.quantity("incidents_per_h", Range{0, 1000});
  if (duration_h && p.incidents_per_h * *duration_h > limits::kIncidentsPerRun) {
    m.error_at(m.child("incidents_per_h"), "incidents_per_h",
               number_text(p.incidents_per_h) + " an hour for " + number_text(*duration_h) + " h is " +
                   number_text(p.incidents_per_h * *duration_h) + " incidents; a run may expect at most " +
                   number_text(limits::kIncidentsPerRun) + " (lower the rate or shorten duration_h)");
  }
  p.share_trapped = m.quantity("share_trapped", ranges::kShare);
  p.share_injured = m.quantity("share_injured", ranges::kShare);
  p.share_relief = m.quantity("share_relief", ranges::kShare);
  p.max_people = m.quantity("max_people", Range{1, 1000, true}, false, 5);
  if (std::abs(p.share_trapped + p.share_injured + p.share_relief - 1.0) > 1e-6) {
    m.error("share_relief", "share_trapped + share_injured + share_relief must be 1");
  }
  return p;
}

/// The hazard's position, unless reading the hazard found a problem (a value that
/// failed to read is not a position).
std::optional<HazardPlace> place_of(YamlMap& m, std::string_view lat_key, double lat, double lon,
                                    std::size_t problems_before) {
  const YAML::Node node = m.child(lat_key, false);
  if (m.file().diags().size() != problems_before || !node.IsDefined()) return std::nullopt;
  const YAML::Mark at = node.Mark();
  return HazardPlace{lat, lon, at.line + 1, m.file().column(at), m.field(lat_key)};
}

}  // namespace

std::optional<HazardPlace> read_hazard_params(YamlMap& top, world::Scenario& s, Duration duration_h) {
  YamlMap m(top.file(), top.child("hazard"), "hazard");
  if (!m.ok()) return std::nullopt;
  s.hazard_type = m.text("type");
  if (s.hazard_type.empty()) return std::nullopt;  // reported; the other keys mean nothing without a type
  const std::size_t problems = m.file().diags().size();
  std::optional<world::EarthquakeParams> quake;
  std::optional<world::FloodParams> flood;
  if (s.hazard_type == "earthquake") s.hazard = *(quake = read_earthquake(m, duration_h, s.hazard_spread));
  else if (s.hazard_type == "flood") s.hazard = *(flood = read_flood(m, duration_h, s.hazard_spread));
  else if (s.hazard_type == "freezing_rain") s.hazard = read_freezing(m, duration_h, s.hazard_spread);
  else if (s.hazard_type == "incidents") s.hazard = read_incidents(m, duration_h);
  else {
    m.error_at(m.child("type"), "type", "unknown hazard " + echoed(s.hazard_type) + did_you_mean(s.hazard_type, kHazards));
    return std::nullopt;  // its other keys mean nothing without a known type
  }
  m.finish();  // first: a missing key held back for its look-alike is reported here
  if (quake) return place_of(m, "epicentre_lat", quake->lat, quake->lon, problems);
  if (flood) return place_of(m, "reach_lat", flood->reach_lat, flood->reach_lon, problems);
  return std::nullopt;
}

}  // namespace ttx::io
