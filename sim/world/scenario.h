// A scenario: which district, which hazard with which parameters, the plans in
// force, the injects of the exercise, how long it runs and its seed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sim/world/hazard_params.h"
#include "sim/world/msel.h"
#include "sim/world/hazard_spread.h"

namespace ttx::world {

struct Scenario {
  std::string id, name_zh, name_en, description;
  std::string district;                 ///< folder, relative to the scenario file
  std::vector<std::string> plans;       ///< plan ids in force
  std::string hazard_type;              ///< flood, earthquake, freezing_rain, incidents
  HazardParams hazard;                     ///< nominal values (replication 0)
  std::vector<SpreadParam> hazard_spread;  ///< parameters drawn per replication from the hazard stream
  std::vector<Inject> injects;  ///< the MSEL, in sequence order
  /// A drill: the town it is scoped to (empty: the whole district), and what it exercises.
  std::string drill_town;
  double drill_support_delay_h = 0;  ///< a drill: forces of other towns come this much later (district support)
  std::vector<std::string> exercises;
  /// When T+0 is on the calendar, seconds since 1970-01-01 00:00 of the district's
  /// clock; none if the scenario is not tied to a date.
  std::optional<std::int64_t> start_s;
  double duration_h = 72;
  std::uint64_t seed = 1;
};

}  // namespace ttx::world
