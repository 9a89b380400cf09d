// The freezing-rain model against scenarios/haimen/hazard_models.yaml and its behaviour.
#include "sim/hazard/freezing_rain.h"

#include <gtest/gtest.h>

#include "shipped_world.h"
#include "sim/hazard/generate.h"

namespace ttx::hazard {
namespace {

using testing_support::shipped_scenario;
using testing_support::shipped_world;

TEST(FreezingRain, IceIsAboutAQuarterOfTheFreezingRain) {
  const auto& m = shipped_world().hazard_models.freezing;
  EXPECT_NEAR(ice_accretion_mm(m, 10.0, 2.0, -1.0), 2.8, 1e-12);   // 0.28 × 10 mm
  EXPECT_NEAR(ice_accretion_mm(m, 10.0, 8.0, -3.0), 4.0, 1e-12);   // windy and cold: 0.40
  EXPECT_NEAR(ice_accretion_mm(m, 10.0, 8.0, -1.0), 2.8, 1e-12);   // windy but not cold enough
}

world::Scenario freeze(double rain_mm_h, double snow_mm_h, std::uint64_t seed = 5) {
  world::Scenario s;
  s.duration_h = 48;
  s.seed = seed;
  world::FreezingParams p;
  for (int h = 0; h < 48; ++h) {
    p.freezing_rain_mm_h.push_back(h >= 4 && h < 36 ? rain_mm_h : 0.0);
    p.snow_mm_h.push_back(h >= 20 && h < 40 ? snow_mm_h : 0.0);
    p.temp_c.push_back(h < 44 ? -2.0 : 3.0);
    p.wind_m_s.push_back(4.0);
  }
  s.hazard = p;
  return s;
}

TEST(FreezingRain, NoPrecipitationNoImpacts) {
  EXPECT_TRUE(generate_impacts(shipped_world(), freeze(0, 0)).impacts.empty());
}

TEST(FreezingRain, MoreFreezingRainBringsDownMoreLines) {
  double last_lines = -1, last_structures = -1;
  for (double rain : {0.5, 1.5, 3.0}) {
    const ImpactTotals t = totals(generate_impacts(shipped_world(), freeze(rain, rain)));
    EXPECT_GT(t.lines_down, last_lines) << rain;
    EXPECT_GE(t.structures, last_structures) << rain;
    last_lines = t.lines_down;
    last_structures = t.structures;
  }
}

TEST(FreezingRain, GlazeClosesBridgesAndReopensRoadsOnTheThaw) {
  const HazardResult r = generate_impacts(shipped_world(), freeze(2.0, 0));
  const auto& edges = shipped_world().roads.edges();
  bool bridge_closed = false, reopened_after_thaw = false;
  for (const auto& i : r.impacts) {
    if (i.kind == ImpactKind::road_closed && edges[i.where].bridge) bridge_closed = true;
    if (i.kind == ImpactKind::road_reopened && i.at_s >= 44 * 3600) reopened_after_thaw = true;
  }
  EXPECT_TRUE(bridge_closed);
  EXPECT_TRUE(reopened_after_thaw);
}

TEST(FreezingRain, Shipped2008PatternCutsPowerAndStrandsTravellers) {
  const auto load = shipped_scenario("freezing_rain_2008");
  const ImpactTotals t = totals(generate_impacts(load.district.world, load.scenario));
  EXPECT_GT(t.lines_down, 10);
  EXPECT_GT(t.stranded, 1000);
  EXPECT_GT(t.structures, 0);
}

}  // namespace
}  // namespace ttx::hazard
