// Reading a hazard parameter that may be written as a distribution:
//   magnitude: {dist: normal, mean: 6.2, sd: 0.2, source: "..."}
// or as the usual tagged number {value: 6.2, assumed: "..."}.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "sim/io/yaml_reader.h"
#include "sim/world/hazard_spread.h"

namespace ttx::io {

/// Whether the value of `key` is written as a distribution ({dist: ...}).
bool is_distribution(YamlMap& m, std::string_view key);

/// The parameter `key` of `m`: a tagged number, or a distribution whose values must
/// lie in `range` (a normal is truncated to it). A distribution is appended to
/// `spread` as `field` and its nominal value (mean, mode, midpoint, most likely
/// choice) returned; every problem is a diagnostic at its file, line and field.
double spread_quantity(YamlMap& m, std::string_view key, Range range, std::vector<world::SpreadParam>& spread,
                       std::string field, bool required = true, double fallback = 0);

}  // namespace ttx::io
