#include "sim/io/scenario_loader.h"

#include <algorithm>
#include <cstdio>

#include "sim/io/did_you_mean.h"
#include "sim/io/text_file.h"
#include "sim/io/yaml_reader.h"

namespace ttx::io {

namespace fs = std::filesystem;

namespace {

const std::vector<std::string> kHazards = {"flood", "earthquake", "freezing_rain", "incidents"};

/// "T+02:30", "02:30" or "150m"/"2.5h" -> seconds; nullopt if malformed.
std::optional<std::int64_t> parse_clock(const std::string& s) {
  std::string t = s;
  if (t.rfind("T+", 0) == 0) t = t.substr(2);
  int h = 0, m = 0;
  char extra;
  if (std::sscanf(t.c_str(), "%d:%d%c", &h, &m, &extra) == 2 && h >= 0 && m >= 0 && m < 60) {
    return static_cast<std::int64_t>(h) * 3600 + m * 60;
  }
  return std::nullopt;
}

void read_hazard(YamlMap& top, world::HazardSpec& h) {
  YamlMap m(top.file(), top.child("hazard"), "hazard");
  if (!m.ok()) return;
  h.type = m.text("type");
  if (!h.type.empty() && std::find(kHazards.begin(), kHazards.end(), h.type) == kHazards.end()) {
    m.error_at(m.child("type"), "type", "unknown hazard '" + h.type + "'" + did_you_mean(h.type, kHazards));
  }
  const YAML::Node& node = top.child("hazard");
  for (const auto& kv : node) {
    const std::string key = kv.first.Scalar();
    if (key == "type") continue;
    if (kv.second.IsMap()) {
      h.quantities[key] = m.quantity(key, Range{-1e12, 1e12});
    } else if (kv.second.IsScalar()) {
      if (parse_number(kv.second)) {
        m.tagged(key);  // reports the missing provenance of a bare number
      } else {
        h.settings[key] = m.text(key);
      }
    } else {
      m.error_at(kv.second, key, "expected a tagged figure {value: ..., assumed: ...} or a setting");
    }
  }
}

}  // namespace

bool is_scenario_file(const fs::path& path) {
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) return false;
  const auto ext = path.extension().string();
  if (ext != ".yaml" && ext != ".yml") return false;
  Diagnostics ignore;
  const auto text = read_text_file(path, path.string(), ignore);
  if (!text) return false;
  try {
    const YAML::Node root = YAML::Load(*text);
    return root.IsMap() && root["scenario"].IsDefined();
  } catch (const YAML::Exception&) {
    return false;
  }
}

ScenarioLoad load_scenario(const fs::path& path) {
  ScenarioLoad out;
  Diagnostics diags;
  world::ProvenanceLog prov;
  world::Scenario& s = out.scenario;
  const std::string shown = path.lexically_normal().string();
  const auto text = read_text_file(path, shown, diags);
  std::vector<std::pair<std::string, YAML::Mark>> plan_refs;
  if (text) {
    FileContext file(shown, diags, prov);
    if (auto root = parse_yaml(*text, file)) {
      YamlMap top(file, *root, "");
      YamlMap m(file, top.child("scenario"), "scenario");
      if (m.ok()) {
        s.id = m.id();
        s.name_zh = m.text("name_zh");
        s.name_en = m.text("name_en");
        s.description = m.text("description", false);
        s.district = m.text("district");
        const YAML::Node plans = m.child("plans", false);
        s.plans = m.id_list("plans");
        for (std::size_t i = 0; i < s.plans.size() && plans.IsSequence() && i < plans.size(); ++i) {
          plan_refs.emplace_back(s.plans[i], plans[i].Mark());
        }
        s.duration_h = m.number("duration_h", Range{0.1, 24 * 366});
        s.seed = static_cast<std::uint64_t>(m.number("seed", Range{0, 9.0e15, true}));
        m.finish();
      }
      read_hazard(top, s.hazard);
      const auto injects = top.list("injects", false);
      for (std::size_t i = 0; i < injects.size(); ++i) {
        YamlMap im(file, injects[i], "injects[" + std::to_string(i) + "]");
        if (!im.ok()) continue;
        world::Inject inj;
        const std::string at = im.text("at");
        if (auto secs = parse_clock(at)) {
          inj.at_s = *secs;
          if (inj.at_s > s.duration_h * 3600) im.error_at(im.child("at"), "at", "after the end of the scenario (duration_h)");
        } else if (!at.empty()) {
          im.error_at(im.child("at"), "at", "expected a time like T+02:30, got '" + at + "'");
        }
        inj.to = im.text("to");
        inj.message = im.text("message");
        inj.expected_action = im.text("expected_action", false);
        im.finish();
        s.injects.push_back(std::move(inj));
      }
      top.finish();
    }
  }
  if (!s.district.empty()) {
    const fs::path district = path.parent_path() / s.district;
    out.district = load_district(district);
    for (const auto& [id, mark] : plan_refs) {
      const auto& plans = out.district.world.plans;
      if (std::none_of(plans.begin(), plans.end(), [&](const auto& p) { return p.id == id; })) {
        std::vector<std::string> ids;
        for (const auto& p : plans) ids.push_back(p.id);
        diags.add(shown, mark.line + 1, mark.column + 1, "scenario.plans",
                  "unknown plan '" + id + "'" + did_you_mean(id, ids));
      }
    }
  }
  // The scenario's own problems first, then the district's.
  Diagnostics merged = std::move(diags);
  for (const auto& d : out.district.diagnostics.list()) merged.add(d);
  out.district.diagnostics = std::move(merged);
  out.district.provenance.insert(out.district.provenance.end(), prov.begin(), prov.end());
  return out;
}

}  // namespace ttx::io
