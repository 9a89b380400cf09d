// A scenario: which district, which hazard with which parameters, the plans in
// force, the injects of the exercise, how long it runs and its seed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sim/world/hazard_params.h"
#include "sim/world/hazard_spread.h"

namespace ttx::world {

/// One scripted event of the exercise (Master Scenario Events List).
struct Inject {
  std::int64_t at_s = 0;        ///< seconds after the scenario starts
  std::string to;               ///< who receives it (duty officer, town, ...)
  std::string message;
  std::string expected_action;  ///< what the plan expects in response
};

struct Scenario {
  std::string id, name_zh, name_en, description;
  std::string district;                 ///< folder, relative to the scenario file
  std::vector<std::string> plans;       ///< plan ids in force
  std::string hazard_type;              ///< flood, earthquake, freezing_rain, incidents
  HazardParams hazard;                  ///< nominal values (replication 0)
  std::vector<SpreadParam> hazard_spread;  ///< parameters drawn per replication from the hazard stream
  std::vector<Inject> injects;
  /// When T+0 is on the calendar, seconds since 1970-01-01 00:00 of the district's
  /// clock; none if the scenario is not tied to a date.
  std::optional<std::int64_t> start_s;
  double duration_h = 72;
  std::uint64_t seed = 1;
};

}  // namespace ttx::world
