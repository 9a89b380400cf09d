// Reading a scenario's or drill's MSEL (the `msel:` list, scenarios/FORMAT.md §5)
// and checking the names it uses against the district once that is loaded.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sim/io/diagnostic.h"
#include "sim/io/yaml_reader.h"
#include "sim/world/scenario.h"
#include "sim/world/world.h"

namespace ttx::io {

/// A name the MSEL uses, to be found in the district: where it is written and what it must be.
struct MselName {
  enum Kind { town, village, team, team_type, plan, item, aid, depot, road } kind = town;
  std::string value, other;  ///< road: its two end nodes
  int line = 0, column = 0;
  std::string field;
};

/// Reads `top`'s `msel:` (and refuses the old `injects:`) into `s.injects`, sorted by
/// sequence number; `duration_h`, when known, bounds the times.
void read_msel(YamlMap& top, std::optional<double> duration_h, world::Scenario& s, std::vector<MselName>& names);

/// Reports each name of `names` the district does not have (with a "did you mean").
void check_msel_names(const std::string& shown, const world::Scenario& s, const std::vector<MselName>& names,
                      const world::World& w, Diagnostics& diags);


}  // namespace ttx::io
