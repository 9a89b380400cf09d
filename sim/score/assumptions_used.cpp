#include "sim/score/assumptions_used.h"

#include <algorithm>
#include <string_view>

namespace ttx::score {

namespace {

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// plans/<id>.yaml of a plan not in force.
bool other_plan(const world::ProvenanceEntry& e, const world::Scenario& s) {
  const auto slash = e.file.rfind("/plans/");
  if (slash == std::string::npos) return false;
  return std::none_of(s.plans.begin(), s.plans.end(),
                      [&](const std::string& id) { return ends_with(e.file, "/plans/" + id + ".yaml"); });
}

// hazard_models.<type>.… of another hazard type (figures common to all stay).
bool other_hazard(const world::ProvenanceEntry& e, const world::Scenario& s) {
  if (!ends_with(e.file, "hazard_models.yaml")) return false;
  static constexpr std::string_view kTypes[] = {"earthquake", "flood", "freezing_rain", "incidents"};
  for (std::string_view type : kTypes) {
    const std::string prefix = "hazard_models." + std::string(type) + ".";
    if (e.field.rfind(prefix, 0) == 0) return type != s.hazard_type;
  }
  return false;
}

}  // namespace

std::vector<world::ProvenanceEntry> assumptions_used(const world::ProvenanceLog& provenance,
                                                     const world::Scenario& scenario) {
  std::vector<world::ProvenanceEntry> out;
  for (const auto& e : provenance) {
    if (e.kind != world::ProvenanceKind::assumed || other_plan(e, scenario) || other_hazard(e, scenario)) continue;
    out.push_back(e);
  }
  return out;
}

}  // namespace ttx::score
