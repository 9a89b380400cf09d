#include "sim/io/scenario_loader.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

#include "sim/io/clock_text.h"
#include "sim/io/did_you_mean.h"
#include "sim/io/input_limits.h"
#include "sim/io/message_text.h"
#include "sim/io/read_hazard_params.h"
#include "sim/io/read_msel.h"
#include "sim/io/text_file.h"
#include "sim/io/yaml_reader.h"
#include "sim/world/road_network.h"

namespace ttx::io {

namespace fs = std::filesystem;

bool is_scenario_file(const fs::path& path) {
  std::error_code ec;
  const auto ext = path.extension().string();
  // A YAML file beside a district.yaml is one of that district's files (towns.yaml, ...).
  return fs::is_regular_file(path, ec) && (ext == ".yaml" || ext == ".yml") && path.filename() != "district.yaml" &&
         !fs::exists(path.parent_path() / "district.yaml", ec);
}

namespace {

struct PlanRef {
  std::string id;
  int line, column;
};

/// What the scenario names or places in its district, checked once it is loaded.
struct DistrictRefs {
  std::vector<PlanRef> plans;
  std::optional<HazardPlace> place;
  int district_line = 0, district_column = 0;
  int duration_line = 0, duration_column = 0;
  std::vector<MselName> names;  ///< what the MSEL and the drill name in the district
};

/// Reads the scenario file's own content into `s` (the district is not loaded).
void read_scenario(const std::string& shown, const std::string& text, world::Scenario& s, Diagnostics& diags,
                   world::ProvenanceLog& prov, DistrictRefs& refs) {
  FileContext file(shown, diags, prov);
  auto root = parse_yaml(text, file);
  if (!root) return;
  YamlMap top(file, *root, "");
  YamlMap m(file, top.child("scenario"), "scenario");
  std::optional<double> duration;
  if (m.ok()) {
    s.id = m.id();
    s.name_zh = m.text("name_zh");
    s.name_en = m.text("name_en");
    s.description = m.text("description", false);
    s.district = m.text("district");
    if (m.has("district") && s.district.empty()) m.error_at(m.child("district"), "district", "expected a district folder name");
    const YAML::Mark district_at = m.has("district") ? m.child("district").Mark() : m.mark();
    refs.district_line = district_at.line + 1;
    refs.district_column = file.column(district_at);
    const YAML::Node plans = m.child("plans", false);
    s.plans = m.id_list("plans");
    for (std::size_t i = 0; i < s.plans.size() && plans.IsSequence() && i < plans.size(); ++i) {
      refs.plans.push_back({s.plans[i], plans[i].Mark().line + 1, file.column(plans[i].Mark())});
    }
    // Unreadable, it is unknown: the checks against it are skipped, not run against a made-up value.
    const double duration_h = m.number("duration_h", Range{0.1, 24 * 366}, true, -1);
    const YAML::Mark duration_at = m.has("duration_h") ? m.child("duration_h").Mark() : m.mark();
    refs.duration_line = duration_at.line + 1;
    refs.duration_column = file.column(duration_at);
    if (duration_h > 0) s.duration_h = duration_h, duration = duration_h;
    s.seed = static_cast<std::uint64_t>(m.number("seed", Range{0, 9.0e15, true}));
    if (const std::string start = m.text("start", false); !start.empty()) {
      s.start_s = parse_date_time(start);
      if (!s.start_s) m.error_at(m.child("start"), "start", "expected a date and time like 2026-07-01 08:00, got " + echoed(start));
    }
    m.finish();
  }
  refs.place = read_hazard_params(top, s, duration);
  read_msel(top, duration, s, refs.names);
  if (top.has("drill")) {
    YamlMap d(file, top.child("drill"), "drill");
    if (d.ok()) {
      s.drill_town = d.id("town");
      s.drill_support_delay_h = d.quantity("support_delay_h", ranges::kHours);
      refs.names.push_back({MselName::town, s.drill_town, {}, d.mark().line + 1, file.column(d.mark()), d.field("town")});
      for (const auto& e : d.list("exercises")) {
        if (e.IsScalar()) s.exercises.push_back(e.Scalar());
        else file.error(e.Mark(), d.field("exercises"), "expected text");
      }
      d.finish();
    }
  }
  top.finish();
}

// An epicentre far from the district, or a flood reach outside it, is a typo
// (a flipped sign, swapped coordinates), not a scenario.
void check_place(const std::string& shown, const world::Scenario& s, const HazardPlace& p, const world::World& w,
                 Diagnostics& diags) {
  const world::DistrictInfo& d = w.district;
  if (!(d.lat_min < d.lat_max && d.lon_min < d.lon_max)) return;
  const std::string where = "the district (" + number_text(d.lat_min) + " to " + number_text(d.lat_max) + " N, " +
                            number_text(d.lon_min) + " to " + number_text(d.lon_max) + " E)";
  if (std::holds_alternative<world::EarthquakeParams>(s.hazard)) {
    const double km = world::distance_km(p.lat, p.lon, std::clamp(p.lat, d.lat_min, d.lat_max),
                                         std::clamp(p.lon, d.lon_min, d.lon_max));
    const double limit = w.hazard_models.earthquake.epicentre_within_km;
    if (km > limit) {
      diags.add(shown, p.line, p.column, p.field,
                "the epicentre " + number_text(p.lat) + " N, " + number_text(p.lon) + " E lies " +
                    number_text(std::round(km)) + " km from " + where + "; at most " + number_text(limit) +
                    " km is accepted (hazard_models.yaml: epicentre_within_km)");
    }
    return;
  }
  const double m = limits::kExtentMarginDeg;
  if (p.lat < d.lat_min - m || p.lat > d.lat_max + m || p.lon < d.lon_min - m || p.lon > d.lon_max + m) {
    diags.add(shown, p.line, p.column, p.field,
              "the reach " + number_text(p.lat) + " N, " + number_text(p.lon) + " E lies outside " + where +
                  " widened by " + number_text(m) + "°");
  }
}

// What the scenario names in its district: the plans in force and an earthquake's
// attenuation region.
void check_names(const std::string& shown, const world::Scenario& s, const DistrictRefs& refs,
                 const world::World& w, Diagnostics& diags) {
  for (const auto& ref : refs.plans) {
    if (std::none_of(w.plans.begin(), w.plans.end(), [&](const auto& p) { return p.id == ref.id; })) {
      std::vector<std::string> ids;
      for (const auto& p : w.plans) ids.push_back(p.id);
      diags.add(shown, ref.line, ref.column, "scenario.plans", "unknown plan " + echoed(ref.id) + did_you_mean(ref.id, ids));
    }
  }
  if (const auto* quake = std::get_if<world::EarthquakeParams>(&s.hazard); quake && !quake->region.empty()) {
    const auto& regions = w.hazard_models.earthquake.regions;
    if (std::none_of(regions.begin(), regions.end(), [&](const auto& r) { return r.id == quake->region; })) {
      std::vector<std::string> ids;
      for (const auto& r : regions) ids.push_back(r.id);
      diags.add(shown, 0, 0, "hazard.region", "no attenuation region " + echoed(quake->region) + " in hazard_models.yaml" +
                                                  did_you_mean(quake->region, ids));
    }
  }
  if (refs.place) check_place(shown, s, *refs.place, w, diags);
  check_msel_names(shown, s, refs.names, w, diags);
  const bool hourly = std::holds_alternative<world::FloodParams>(s.hazard) ||
                      std::holds_alternative<world::FreezingParams>(s.hazard);
  const double village_hours = static_cast<double>(w.villages.size()) * std::ceil(s.duration_h);
  if (hourly && village_hours > limits::kVillageHours) {
    diags.add(shown, refs.duration_line, refs.duration_column, "scenario.duration_h",
              number_text(std::ceil(s.duration_h)) + " h over " + std::to_string(w.villages.size()) + " villages is " +
                  number_text(village_hours) + " village-hours; an hourly hazard is limited to " +
                  number_text(limits::kVillageHours) + " (shorten the scenario)");
  }
}

}  // namespace

ScenarioLoad load_scenario_text(const std::string& name, std::string text, const world::World* district) {
  ScenarioLoad out;
  DistrictRefs refs;
  if (check_text(text, name, out.district.diagnostics)) {
    read_scenario(name, text, out.scenario, out.district.diagnostics, out.district.provenance, refs);
    if (district != nullptr) check_names(name, out.scenario, refs, *district, out.district.diagnostics);
  }
  return out;
}

namespace {

/// The district folder a scenario names: beside it, else in the first of `folders`
/// that has it; nullopt after saying everywhere it looked.
std::optional<fs::path> find_district(const fs::path& scenario, const std::string& shown, const std::string& name,
                                      const DistrictRefs& refs, const std::vector<fs::path>& folders,
                                      Diagnostics& diags) {
  std::vector<fs::path> looked{(scenario.parent_path() / name).lexically_normal()};
  if (fs::path(name).is_relative()) {
    for (const auto& f : folders) {
      const fs::path candidate = (f / name).lexically_normal();
      if (std::find(looked.begin(), looked.end(), candidate) == looked.end()) looked.push_back(candidate);
    }
  }
  for (const auto& candidate : looked) {
    std::error_code ec;
    if (fs::exists(candidate, ec)) return candidate;
  }
  std::string where;
  for (std::size_t i = 0; i < looked.size(); ++i) where += (i ? ", " : "") + looked[i].string();
  diags.add(shown, refs.district_line, refs.district_column, "scenario.district",
            "district " + echoed(name) + " not found; looked in " + where);
  return std::nullopt;
}

}  // namespace

ScenarioLoad load_scenario(const fs::path& path, const std::vector<fs::path>& district_folders) {
  ScenarioLoad out;
  Diagnostics diags;
  world::ProvenanceLog prov;
  world::Scenario& s = out.scenario;
  const std::string shown = path.lexically_normal().string();
  DistrictRefs refs;
  if (const auto text = read_text_file(path, shown, diags)) read_scenario(shown, *text, s, diags, prov, refs);
  if (!s.district.empty()) {
    const auto district = find_district(path, shown, s.district, refs, district_folders, diags);
    if (district) out.district = load_district(*district);
    // Its plans and regions are unknown while it does not load.
    if (district && out.district.ok()) check_names(shown, s, refs, out.district.world, diags);
  }
  // The scenario's own problems first, then the district's.
  Diagnostics merged = std::move(diags);
  merged.append(out.district.diagnostics);
  out.district.diagnostics = std::move(merged);
  out.district.provenance.insert(out.district.provenance.end(), prov.begin(), prov.end());
  return out;
}

}  // namespace ttx::io
