// Reading a scenario's `hazard:` block into the typed parameters of its model.
#pragma once

#include <optional>
#include <string>

#include "sim/io/yaml_reader.h"
#include "sim/world/scenario.h"

namespace ttx::io {

/// Where a hazard strikes, as written, for the checks against its district.
struct HazardPlace {
  double lat = 0, lon = 0;
  int line = 0, column = 0;
  std::string field;  ///< epicentre_lat or reach_lat
};

/// Reads `hazard:` of `top` into `s.hazard_type` and `s.hazard`; every figure is a
/// tagged quantity, every problem a diagnostic. What depends on the scenario's
/// length is checked only when `duration_h` is known (it read without error).
/// Returns the epicentre or flood reach when it read without error.
std::optional<HazardPlace> read_hazard_params(YamlMap& top, world::Scenario& s, std::optional<double> duration_h);

}  // namespace ttx::io
