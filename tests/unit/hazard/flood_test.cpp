// The flood model against scenarios/haimen/hazard_models.yaml and its behaviour.
#include "sim/hazard/flood.h"

#include <gtest/gtest.h>

#include <cmath>

#include "shipped_world.h"
#include "sim/hazard/generate.h"

namespace ttx::hazard {
namespace {

using testing_support::shipped_scenario;
using testing_support::shipped_world;

const world::FloodModel& model() { return shipped_world().hazard_models.flood; }

TEST(Flood, MortalityFollowsJonkman2008) {
  // Elsewhere: Φ((ln h − 7.60)/2.75); 1 m gives about 0.29 %.
  EXPECT_NEAR(flood_mortality(model(), 1.0, 0.1), 0.5 * std::erfc((7.60 / 2.75) / std::sqrt(2.0)), 1e-12);
  EXPECT_NEAR(flood_mortality(model(), 1.0, 0.1), 0.0029, 0.0001);
  // Rapidly rising and deep: Φ((ln 3 − 1.46)/0.28) = Φ(−1.2907) = 0.0984.
  EXPECT_NEAR(flood_mortality(model(), 3.0, 1.0), 0.0984, 0.0005);
  // Deep but slow: the general relation.
  EXPECT_LT(flood_mortality(model(), 3.0, 0.1), 0.01);
  EXPECT_EQ(flood_mortality(model(), 0.0, 2.0), 0.0);
}

TEST(Flood, RainstormWarningsFollowTheCriteria) {
  std::vector<double> rain(12, 0.0);
  rain[9] = rain[10] = rain[11] = 17.0;  // 51 mm in 3 h: orange
  EXPECT_EQ(rainstorm_colour(model(), rain, 11), 3);
  rain[9] = rain[10] = rain[11] = 34.0;  // 102 mm in 3 h: red
  EXPECT_EQ(rainstorm_colour(model(), rain, 11), 4);
  std::vector<double> steady(12, 4.5);  // 54 mm in 12 h: blue
  EXPECT_EQ(rainstorm_colour(model(), steady, 11), 1);
  EXPECT_EQ(rainstorm_colour(model(), steady, 5), 0);
}

world::Scenario flood(double surge_m, double peak_rain, bool breach, std::uint64_t seed = 3) {
  return testing_support::test_flood(48, 22, surge_m, peak_rain, breach, seed);
}

TEST(Flood, NoRainNoSurgeNoBreachGivesNothing) {
  const HazardResult r = generate_impacts(shipped_world(), flood(0.0, 0.0, false));
  EXPECT_TRUE(r.impacts.empty());
  for (const auto& row : r.field) {
    for (double d : row) EXPECT_EQ(d, 0.0);
  }
}

TEST(Flood, ABiggerFloodDoesMoreHarm) {
  const ImpactTotals small = totals(generate_impacts(shipped_world(), flood(1.0, 35, true)));
  const ImpactTotals big = totals(generate_impacts(shipped_world(), flood(2.5, 70, true)));
  EXPECT_GT(big.displaced, small.displaced);
  EXPECT_GE(big.trapped_by_water, small.trapped_by_water);
  EXPECT_GE(big.houses_damaged, small.houses_damaged);
  EXPECT_GT(big.pumping_m3, small.pumping_m3);
  EXPECT_GT(big.levee_bags, small.levee_bags);
  const ImpactTotals none = totals(generate_impacts(shipped_world(), flood(2.5, 70, false)));
  EXPECT_GT(big.displaced, none.displaced) << "the breach adds to the rain";
}

TEST(Flood, BreachWaterSpreadsFromTheReachOverTime) {
  const HazardResult r = generate_impacts(shipped_world(), flood(2.5, 0, true));
  const auto& w = shipped_world();
  // Villages flooded by the breach, and when the water first reached each.
  std::int64_t first = INT64_MAX, last = 0;
  for (const auto& i : r.impacts) {
    if (i.kind != ImpactKind::water_depth || i.amount <= 0) continue;
    first = std::min(first, i.at_s);
    last = std::max(last, i.at_s);
    EXPECT_EQ(w.towns[w.villages[i.where].town].id, "binjiang_jd") << "water stays near the reach";
  }
  EXPECT_EQ(first, 23 * 3600) << "nothing before the end of the breach hour";
  EXPECT_GT(last, first) << "the front takes time to travel";
}

TEST(Flood, BreachDrawnFromTheFragilityIsReproducible) {
  world::Scenario s = flood(2.5, 0, true, 11);
  auto& p = std::get<world::FloodParams>(s.hazard);
  p.breach_at_h = -1;
  p.breach_median_level_m = 6.0;
  p.breach_beta = 0.05;
  auto breach_time = [&](const HazardResult& r) {
    for (const auto& i : r.impacts) {
      if (i.kind == ImpactKind::indicator && i.where == static_cast<std::uint32_t>(world::Indicator::levee_breach)) return i.at_s;
    }
    return std::int64_t{-1};
  };
  const auto a = breach_time(generate_impacts(shipped_world(), s));
  const auto b = breach_time(generate_impacts(shipped_world(), s));
  EXPECT_EQ(a, b);
  EXPECT_GE(a, 15 * 3600) << "the levee holds until the water approaches its critical level";
  p.breach_median_level_m = 9.0;  // far above the highest water: no breach
  EXPECT_EQ(breach_time(generate_impacts(shipped_world(), s)), -1);
}

TEST(Flood, ShippedTyphoonScenarioBreachesTheNorthBranchLevee) {
  const auto load = shipped_scenario("flood_typhoon_breach");
  const HazardResult r = generate_impacts(load.district.world, load.scenario);
  const ImpactTotals t = totals(r);
  EXPECT_GT(t.displaced, 1000);
  EXPECT_GT(t.trapped_by_water, 0);
  EXPECT_GT(t.roads_closed, 0);
  EXPECT_GT(t.levee_bags, 0);
  bool yangtze = false, red_rain = false;
  for (const auto& i : r.impacts) {
    if (i.kind != ImpactKind::indicator) continue;
    yangtze |= i.where == static_cast<std::uint32_t>(world::Indicator::yangtze_levee_breach) && i.at_s == 22 * 3600;
    red_rain |= i.where == static_cast<std::uint32_t>(world::Indicator::warning_rainstorm) && i.amount == 4;
  }
  EXPECT_TRUE(yangtze);
  EXPECT_TRUE(red_rain);
}

TEST(Flood, CollapseIsFarBelowTheFloodedHouseholdsAndPeopleAreHurt) {
  const auto load = shipped_scenario("flood_typhoon_breach");
  const world::World& w = load.district.world;
  const HazardResult r = generate_impacts(w, load.scenario);
  const ImpactTotals t = totals(r);
  const double flooded_households = t.displaced / w.hazard_models.persons_per_household;
  ASSERT_GT(flooded_households, 1000);
  EXPECT_GT(t.houses_damaged, 0) << "the breach and deep water bring some houses down";
  EXPECT_LT(t.houses_damaged, 0.1 * flooded_households) << "a flooded house is damaged, not collapsed";
  EXPECT_GT(t.injured, 0);
  EXPECT_LT(t.injured, t.displaced);
}

TEST(Flood, FastBreachFlowSweepsHousesAwayWhereStillWaterOfTheSameDepthDoesNot) {
  world::World w = shipped_world();
  const world::Scenario s = testing_support::test_flood(48, 20, 2.5, 20, true, 11);
  w.hazard_models.flood.breach_velocity_m_s = 0;  // still water only
  const double still = totals(generate_impacts(w, s)).houses_damaged;
  w.hazard_models.flood.breach_velocity_m_s = 4;  // h·v >= 7 m²/s from 1.75 m
  const double fast = totals(generate_impacts(w, s)).houses_damaged;
  EXPECT_GT(fast, still);
}

}  // namespace
}  // namespace ttx::hazard
