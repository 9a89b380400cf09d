// A scenario: which district, which hazard with which parameters, the plans in
// force, the injects of the exercise, how long it runs and its seed.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace ttx::world {

/// One scripted event of the exercise (Master Scenario Events List).
struct Inject {
  std::int64_t at_s = 0;        ///< seconds after the scenario starts
  std::string to;               ///< who receives it (duty officer, town, ...)
  std::string message;
  std::string expected_action;  ///< what the plan expects in response
};

/// The hazard and its parameters. Each hazard model reads and checks its own keys;
/// here they are kept as tagged numbers and plain settings.
struct HazardSpec {
  std::string type;                               ///< flood, earthquake, freezing_rain, incidents
  std::map<std::string, double> quantities;       ///< tagged figures (magnitude, depth_km, ...)
  std::map<std::string, std::string> settings;    ///< choices (preset names, place ids, ...)
};

struct Scenario {
  std::string id, name_zh, name_en, description;
  std::string district;                 ///< folder, relative to the scenario file
  std::vector<std::string> plans;       ///< plan ids in force
  HazardSpec hazard;
  std::vector<Inject> injects;
  double duration_h = 72;
  std::uint64_t seed = 1;
};

}  // namespace ttx::world
