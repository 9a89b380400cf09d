// The earthquake model against its relations (scenarios/haimen/hazard_models.yaml), by hand.
#include "sim/hazard/earthquake.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "shipped_world.h"
#include "sim/hazard/generate.h"
#include "sim/hazard/pager_check.h"

namespace ttx::hazard {
namespace {

using testing_support::shipped_world;

const world::AttenuationRegion& eastern() { return shipped_world().hazard_models.earthquake.regions.at(0); }

TEST(Earthquake, IntensityMatchesTheReferencePointsOfTheEasternRegion) {
  // I = 5.7123 + 1.3626 Ms − 4.2903 log10(R + 25)
  EXPECT_NEAR(intensity_at(eastern(), 6.0, 0, 0, false), 7.89, 0.005);
  EXPECT_NEAR(intensity_at(eastern(), 6.0, 20, 0, false), 6.80, 0.005);
  EXPECT_NEAR(intensity_at(eastern(), 6.0, 0, 50, false), 5.84, 0.01);
  EXPECT_NEAR(intensity_at(eastern(), 5.0, 0, 0, false), 6.53, 0.005);
}

TEST(Earthquake, EllipticalFieldFollowsEachAxisRelation) {
  const auto& r = eastern();
  // Along the strike the long-axis relation holds, across it the short-axis one.
  const double along = r.long_axis.a + r.long_axis.b * 6.0 + r.long_axis.c * std::log10(30 + r.long_axis.r0_km);
  const double across = r.short_axis.a + r.short_axis.b * 6.0 + r.short_axis.c * std::log10(30 + r.short_axis.r0_km);
  EXPECT_NEAR(intensity_at(r, 6.0, 30, 0, true), along, 1e-6);
  EXPECT_NEAR(intensity_at(r, 6.0, 0, 30, true), across, 1e-6);
  EXPECT_GT(along, across) << "shaking reaches further along the fault";
  EXPECT_NEAR(intensity_at(r, 6.0, 0, 0, true), 7.89, 0.005);
}

TEST(Earthquake, DamageProbabilitiesInterpolateExceedanceLogLinearlyBetweenRows) {
  const auto& m = shipped_world().hazard_models.earthquake;
  const auto& vii_row = m.damage[0][1];
  const auto& viii_row = m.damage[0][2];
  const auto vii = damage_probabilities(m, 0, 7.0);
  for (int s = 0; s < 5; ++s) EXPECT_NEAR(vii[s], vii_row[s], 1e-12) << "on a row the row holds";
  const auto mid = damage_probabilities(m, 0, 7.5);  // halfway between VII and VIII (masonry)
  double sum = 0, lo_ge = 0, hi_ge = 0, mid_ge = 0;
  for (int s = 4; s >= 1; --s) {
    lo_ge += vii_row[s];
    hi_ge += viii_row[s];
    mid_ge += mid[s];
    EXPECT_NEAR(mid_ge, std::sqrt(lo_ge * hi_ge), 1e-12) << "P(>= state " << s << ") is the geometric mean";
  }
  for (double p : mid) sum += p;
  EXPECT_NEAR(sum, 1.0, 1e-12);
  EXPECT_LT(mid[4], 0.5 * (vii_row[4] + viii_row[4])) << "below the straight line: collapse rises geometrically";
  EXPECT_DOUBLE_EQ(damage_probabilities(m, 1, 5.0)[0], 1.0) << "intensity V leaves buildings intact";
  EXPECT_DOUBLE_EQ(damage_probabilities(m, 1, 11.5)[4], m.damage[1][4][4]) << "above X the X row holds";
  EXPECT_NEAR(damage_probabilities(m, 0, 5.5)[1], 0.5 * m.damage[0][0][1], 1e-12) << "half way from none at V to VI";
}

world::Scenario quake(double magnitude, std::uint64_t seed = 7) {
  world::Scenario s;
  s.duration_h = 72;
  s.seed = seed;
  world::EarthquakeParams p;
  p.magnitude = magnitude;
  p.lat = 31.98;
  p.lon = 121.28;
  s.hazard = p;
  return s;
}

TEST(Earthquake, LossesGrowWithMagnitude) {
  ImpactTotals last{};
  for (double m : {4.5, 5.5, 6.0, 6.5, 7.0}) {
    const ImpactTotals t = totals(generate_impacts(shipped_world(), quake(m)));
    EXPECT_GE(t.killed, last.killed) << m;
    EXPECT_GT(t.displaced, last.displaced) << m;
    EXPECT_GE(t.trapped, last.trapped) << m;
    EXPECT_GT(t.houses_damaged, last.houses_damaged) << m;
    last = t;
  }
  EXPECT_GT(last.killed, 0);
  EXPECT_GT(last.bridges, 0);
}

TEST(Earthquake, AZeroStrengthShockDoesNothing) {
  const HazardResult r = generate_impacts(shipped_world(), quake(0.0));
  for (const auto& i : r.impacts) EXPECT_EQ(i.kind, ImpactKind::indicator) << to_string(i.kind);
}

TEST(Earthquake, SameSeedSameLossesAnotherSeedOthers) {
  const HazardResult a = generate_impacts(shipped_world(), quake(6.2, 1));
  const HazardResult b = generate_impacts(shipped_world(), quake(6.2, 1));
  const HazardResult c = generate_impacts(shipped_world(), quake(6.2, 2));
  ASSERT_EQ(a.impacts.size(), b.impacts.size());
  for (std::size_t i = 0; i < a.impacts.size(); ++i) {
    EXPECT_EQ(a.impacts[i].amount, b.impacts[i].amount);
    EXPECT_EQ(a.impacts[i].where, b.impacts[i].where);
  }
  EXPECT_NE(totals(a).injured, totals(c).injured);
}

TEST(Earthquake, AnAftershockAddsDamageLater) {
  world::Scenario s = quake(6.0);
  const ImpactTotals alone = totals(generate_impacts(shipped_world(), s));
  std::get<world::EarthquakeParams>(s.hazard).aftershocks.push_back({6.0, 5.5});
  const HazardResult r = generate_impacts(shipped_world(), s);
  EXPECT_GT(totals(r).houses_damaged, alone.houses_damaged);
  EXPECT_TRUE(std::any_of(r.impacts.begin(), r.impacts.end(),
                          [](const Impact& i) { return i.at_s == 6 * 3600 && i.kind == ImpactKind::houses_damaged; }));
}

TEST(Earthquake, NightShockHurtsMoreThanDayShock) {
  world::Scenario night = quake(6.5), day = quake(6.5);
  std::get<world::EarthquakeParams>(night.hazard).hour_of_day = 2;
  std::get<world::EarthquakeParams>(day.hazard).hour_of_day = 14;
  EXPECT_GT(totals(generate_impacts(shipped_world(), night)).injured,
            totals(generate_impacts(shipped_world(), day)).injured);
}

}  // namespace
}  // namespace ttx::hazard

namespace ttx::hazard {
namespace {

TEST(EarthquakePager, DeathsPerIntensityBinStayWithinPagerChinaBand) {
  const io::ScenarioLoad load = testing_support::shipped_scenario("earthquake_m6_onshore");
  const world::World& w = load.district.world;
  for (std::uint64_t rep : {0u, 1u, 2u}) {
    const HazardResult r = generate_impacts(w, load.scenario, rep);
    const auto bins = pager_bins(w, r);
    ASSERT_FALSE(bins.empty());
    double exposed = 0;
    for (const PagerBin& b : bins) {
      exposed += b.exposed;
      // The rate is PAGER's: ν(VII) ≈ 5.1e-5, ν(VIII) ≈ 5.3e-3.
      if (b.intensity == 7) {
        EXPECT_NEAR(b.rate, 5.1e-5, 0.3e-5);
      } else if (b.intensity == 8) {
        EXPECT_NEAR(b.rate, 5.3e-3, 0.2e-3);
      }
      EXPECT_TRUE(b.within()) << "replication " << rep << ", intensity " << b.intensity << ": " << b.deaths
                              << " deaths among " << b.exposed << ", PAGER China " << b.expected << " (" << b.low
                              << " – " << b.high << ")";
    }
    EXPECT_GT(exposed, 0.5 * 906000) << "most of the district shaken at VI or more";
  }
}

TEST(EarthquakePager, ACheckThatCanFail) {
  // Ten times the deaths of a bin leave PAGER's one-σ band (a factor e^2.013 ≈ 7.5).
  PagerBin b;
  b.expected = 100;
  b.low = 100 / std::exp(2.013);
  b.high = 100 * std::exp(2.013);
  b.deaths = 1000;
  EXPECT_FALSE(b.within());
  b.deaths = 100;
  EXPECT_TRUE(b.within());
}

}  // namespace
}  // namespace ttx::hazard
