// Impacts never fall as the hazard grows, step by small step, under one seed: the
// hazard's random decisions are keyed by what they decide, not drawn in sequence.
#include <gtest/gtest.h>

#include <cmath>

#include "shipped_world.h"
#include "sim/hazard/generate.h"

namespace ttx::hazard {
namespace {

using testing_support::shipped_world;

void expect_no_fall(const ImpactTotals& before, const ImpactTotals& now, const std::string& at) {
  EXPECT_GE(now.killed, before.killed) << at;
  // Deeper water or harder shaking kills some who would otherwise be trapped, so
  // it is the people caught — trapped alive plus killed — that never fall.
  EXPECT_GE(now.trapped + now.killed, before.trapped + before.killed) << at;
  EXPECT_GE(now.injured, before.injured) << at;
  EXPECT_GE(now.displaced, before.displaced) << at;
  EXPECT_GE(now.houses_damaged, before.houses_damaged) << at;
  EXPECT_GE(now.roads_closed, before.roads_closed) << at;
  EXPECT_GE(now.bridges, before.bridges) << at;
  EXPECT_GE(now.gas_leaks, before.gas_leaks) << at;
  EXPECT_GE(now.pumping_m3, before.pumping_m3 - 1e-6) << at;
  EXPECT_GE(now.lines_down, before.lines_down) << at;
  EXPECT_GE(now.structures, before.structures) << at;
  EXPECT_GE(now.stranded, before.stranded) << at;
}

TEST(Monotonicity, EarthquakeInStepsOfOneHundredthOfAMagnitude) {
  world::Scenario s;
  s.seed = 99;
  world::EarthquakeParams p;
  p.lat = 31.98;
  p.lon = 121.28;
  ImpactTotals last{};
  for (int k = 0; k <= 60; ++k) {
    p.magnitude = 4.8 + 0.01 * k;
    s.hazard = p;
    const ImpactTotals t = totals(generate_impacts(shipped_world(), s));
    expect_no_fall(last, t, "Ms " + std::to_string(p.magnitude));
    last = t;
  }
  EXPECT_GT(last.injured, 0);
}

TEST(Monotonicity, FloodInStepsOfFiveCentimetresOfSurge) {
  ImpactTotals last{};
  for (int k = 0; k <= 30; ++k) {
    const double surge = 0.8 + 0.05 * k;
    const ImpactTotals t = totals(generate_impacts(shipped_world(), testing_support::test_flood(36, 14, surge, 40, true, 5)));
    expect_no_fall(last, t, "surge " + std::to_string(surge));
    last = t;
  }
  EXPECT_GT(last.trapped_by_water, 0);
}

TEST(Monotonicity, FreezingRainInStepsOfATenthOfAMillimetre) {
  world::Scenario s;
  s.seed = 8;
  s.duration_h = 48;
  ImpactTotals last{};
  for (int k = 0; k <= 25; ++k) {
    world::FreezingParams p;
    const double rain = 0.5 + 0.1 * k;
    for (int h = 0; h < 48; ++h) {
      p.freezing_rain_mm_h.push_back(h >= 4 && h < 36 ? rain : 0.0);
      p.snow_mm_h.push_back(h >= 20 && h < 40 ? rain : 0.0);
      p.temp_c.push_back(-2.0);
      p.wind_m_s.push_back(4.0);
    }
    s.hazard = p;
    const ImpactTotals t = totals(generate_impacts(shipped_world(), s));
    expect_no_fall(last, t, "freezing rain " + std::to_string(rain) + " mm/h");
    last = t;
  }
  EXPECT_GT(last.lines_down, 0);
}

}  // namespace
}  // namespace ttx::hazard
