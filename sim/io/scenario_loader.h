// Loading a scenario file and the district it names.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "sim/io/district_loader.h"
#include "sim/world/scenario.h"

namespace ttx::io {

struct ScenarioLoad {
  world::Scenario scenario;
  DistrictLoad district;  ///< its diagnostics include the scenario file's own
  bool ok() const { return district.ok(); }
};

/// True if `path` is a YAML file that is not one of a district's files (it is not
/// district.yaml and has none beside it): the file `ttx validate` reads as a scenario.
bool is_scenario_file(const std::filesystem::path& path);

/// Reads the scenario, then its district; checks the plans it names exist, the
/// injects fall within its duration. The district is looked for beside the
/// scenario, then in each of `district_folders` in turn (a scenario copied out of
/// scenarios/ still finds the shipped district). Never throws for bad input.
ScenarioLoad load_scenario(const std::filesystem::path& path,
                           const std::vector<std::filesystem::path>& district_folders = {});

/// The scenario file's own content from text, its district not loaded: the entry
/// point of the scenario fuzzer. With `district`, the plans and earthquake region
/// it names are checked against that district as load_scenario does.
ScenarioLoad load_scenario_text(const std::string& name, std::string text, const world::World* district = nullptr);

}  // namespace ttx::io
