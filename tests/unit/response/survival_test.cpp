// The golden 72 hours, by hand from scenarios/haimen/hazard_models.yaml
#include "sim/response/survival.h"

#include <gtest/gtest.h>

#include <cmath>

#include "../hazard/shipped_world.h"

namespace ttx::response {
namespace {

const world::EarthquakeModel& model() { return testing_support::shipped_world().hazard_models.earthquake; }

TEST(TrappedSurvival, FollowsTheCurveAtItsPoints) {
  EXPECT_DOUBLE_EQ(trapped_survival(model(), 0, false), 0.95);
  EXPECT_DOUBLE_EQ(trapped_survival(model(), 24, false), 0.81);
  EXPECT_DOUBLE_EQ(trapped_survival(model(), 48, false), 0.34);
  EXPECT_DOUBLE_EQ(trapped_survival(model(), 120, false), 0.07);
}

TEST(TrappedSurvival, IsLogLinearBetweenPointsAndFlatBeyond) {
  EXPECT_NEAR(trapped_survival(model(), 36, false), std::sqrt(0.81 * 0.34), 1e-12);  // geometric mean half way
  EXPECT_DOUBLE_EQ(trapped_survival(model(), 500, false), 0.02);
  double last = 1.0;
  for (double h = 0; h <= 200; h += 0.5) {
    const double s = trapped_survival(model(), h, false);
    EXPECT_LE(s, last) << h;
    last = s;
  }
}

TEST(TrappedSurvival, HeavyEntrapmentOrAWinterNightHalvesIt) {
  EXPECT_DOUBLE_EQ(trapped_survival(model(), 24, true), 0.405);
}

}  // namespace
}  // namespace ttx::response
