// The shipped district and scenarios, loaded once for the hazard tests.
#pragma once

#include <gtest/gtest.h>

#include <cmath>
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

/// A typhoon-like flood on the Binjiang reach: `hours` long, rain peaking at
/// `peak_rain` mm/h at `peak_h` − 2, a surge of `surge_m` on a 4 m tide peaking at
/// `peak_h`, and a breach at `peak_h` if asked.
inline world::Scenario test_flood(int hours, double peak_h, double surge_m, double peak_rain, bool breach,
                                  std::uint64_t seed) {
  world::Scenario s;
  s.duration_h = hours;
  s.seed = seed;
  world::FloodParams p;
  for (int h = 0; h < hours; ++h) {
    p.rain_mm_h.push_back(peak_rain * std::exp(-std::pow((h - peak_h + 2) / 4.0, 2)));
    p.outside_level_m.push_back(4.0 + surge_m * std::exp(-std::pow((h - peak_h) / 6.0, 2)));
  }
  p.warning_level_m = 5.2;
  p.guaranteed_level_m = 5.9;
  p.levee_watch_level_m = 5.0;
  p.levee_crest_m = 6.5;
  p.reach_lat = 31.815;
  p.reach_lon = 121.165;
  p.reach_length_m = 3000;
  p.refuse_to_leave_share = 0.05;
  p.breach = breach;
  p.breach_at_h = breach ? peak_h : -1;
  s.hazard = p;
  return s;
}

}  // namespace ttx::testing_support
