// Reading a scenario's `hazard:` block into the typed parameters of its model.
#pragma once

#include "sim/io/yaml_reader.h"
#include "sim/world/scenario.h"

namespace ttx::io {

/// Reads `hazard:` of `top` into `s.hazard_type` and `s.hazard`; every figure is a
/// tagged quantity, every problem a diagnostic.
void read_hazard_params(YamlMap& top, world::Scenario& s);

}  // namespace ttx::io
