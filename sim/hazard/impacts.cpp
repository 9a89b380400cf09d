#include "sim/hazard/impacts.h"

#include <algorithm>

namespace ttx::hazard {

std::string_view to_string(ImpactKind k) {
  static constexpr std::string_view names[kImpactKinds] = {
      "water_depth", "displaced",  "trapped",   "injured",            "killed",        "houses_damaged",
      "road_closed", "road_reopened", "road_slowed", "levee_work",    "pumping_work",  "line_down",
      "power_cut",   "stranded",   "structure_collapse", "cold_exposure", "bridge_damaged", "gas_leak",
      "indicator"};
  return names[static_cast<int>(k)];
}

const std::vector<double>& HazardResult::field_at(std::int64_t t_s) const {
  static const std::vector<double> empty;
  if (field.empty()) return empty;
  if (field_step_s <= 0 || t_s <= 0) return field.front();
  const auto row = static_cast<std::size_t>(t_s / field_step_s);
  return field[std::min(row, field.size() - 1)];
}

}  // namespace ttx::hazard
