// Every shipped scenario: the same seed gives identical impacts, another
// replication different ones; incidents arrive at their rate.
#include <gtest/gtest.h>

#include <cmath>

#include "shipped_world.h"
#include "sim/hazard/generate.h"

namespace ttx::hazard {
namespace {

using testing_support::shipped_scenario;

bool same(const HazardResult& a, const HazardResult& b) {
  if (a.impacts.size() != b.impacts.size() || a.field != b.field) return false;
  for (std::size_t i = 0; i < a.impacts.size(); ++i) {
    const auto &x = a.impacts[i], &y = b.impacts[i];
    if (x.at_s != y.at_s || x.kind != y.kind || x.where != y.where || x.detail != y.detail || x.amount != y.amount) {
      return false;
    }
  }
  return true;
}

class ShippedScenario : public ::testing::TestWithParam<const char*> {};

TEST_P(ShippedScenario, SameSeedIdenticalOtherReplicationDifferent) {
  const auto load = shipped_scenario(GetParam());
  const HazardResult a = generate_impacts(load.district.world, load.scenario, 0);
  const HazardResult b = generate_impacts(load.district.world, load.scenario, 0);
  const HazardResult c = generate_impacts(load.district.world, load.scenario, 1);
  EXPECT_FALSE(a.impacts.empty());
  EXPECT_TRUE(same(a, b));
  EXPECT_FALSE(same(a, c));
  for (std::size_t i = 1; i < a.impacts.size(); ++i) ASSERT_LE(a.impacts[i - 1].at_s, a.impacts[i].at_s) << "ordered by time";
}

INSTANTIATE_TEST_SUITE_P(All, ShippedScenario,
                         ::testing::Values("flood_typhoon_breach", "earthquake_m6_onshore", "freezing_rain_2008",
                                           "drill_incidents"));

TEST(Incidents, ArriveAtTheirRate) {
  auto load = shipped_scenario("drill_incidents");
  auto& p = std::get<world::IncidentParams>(load.scenario.hazard);
  p.incidents_per_h = 10;
  load.scenario.duration_h = 100;
  const auto n = generate_impacts(load.district.world, load.scenario).impacts.size();
  EXPECT_NEAR(static_cast<double>(n), 1000.0, 4 * std::sqrt(1000.0)) << "Poisson: mean 1000, sd 32";
  p.incidents_per_h = 0;
  EXPECT_TRUE(generate_impacts(load.district.world, load.scenario).impacts.empty());
}

}  // namespace
}  // namespace ttx::hazard
