// The shipped district and scenarios, loaded once for the hazard tests.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "sim/io/district_loader.h"
#include "sim/io/scenario_loader.h"

namespace ttx::testing_support {

inline const world::World& shipped_world() {
  static const io::DistrictLoad load = io::load_district(std::string(TTX_SOURCE_DIR) + "/scenarios/haimen");
  return load.world;
}

inline io::ScenarioLoad shipped_scenario(const std::string& name) {
  io::ScenarioLoad load = io::load_scenario(std::string(TTX_SOURCE_DIR) + "/scenarios/" + name + ".yaml");
  for (const auto& d : load.district.diagnostics.list()) ADD_FAILURE() << io::format(d);
  return load;
}

}  // namespace ttx::testing_support
