// Hazard parameters given as distributions: drawn per replication from the hazard
// stream, nominal in replication 0, and nothing drawn for a scenario without any.
#include <gtest/gtest.h>

#include <set>

#include "shipped_world.h"
#include "sim/core/random_streams.h"
#include "sim/core/stream_names.h"
#include "sim/hazard/draw_spread.h"
#include "sim/hazard/flood.h"
#include "sim/hazard/generate.h"

namespace ttx::hazard {
namespace {

using testing_support::shipped_scenario;

TEST(HazardSpread, ReplicationsDrawDifferentValuesInsideTheirBounds) {
  const auto load = shipped_scenario("flood_typhoon_breach");
  ASSERT_FALSE(load.scenario.hazard_spread.empty()) << "the shipped flood declares its spread";
  std::set<std::uint64_t> prints;
  std::map<std::string, std::set<double>> seen;
  for (std::uint64_t r = 1; r <= 6; ++r) {
    const HazardResult h = generate_impacts(load.district.world, load.scenario, r);
    ASSERT_EQ(h.drawn.size(), load.scenario.hazard_spread.size());
    for (const auto& d : h.drawn) {
      EXPECT_GE(d.value, d.lo) << d.field;
      EXPECT_LE(d.value, d.hi) << d.field;
      seen[d.field].insert(d.value);
    }
    prints.insert(fingerprint(h));
  }
  for (const auto& [field, values] : seen) EXPECT_GT(values.size(), 1u) << field << " never varies";
  EXPECT_GT(prints.size(), 1u) << "the disasters of the replications differ";
}

TEST(HazardSpread, ReplicationZeroKeepsTheNominalValues) {
  const auto load = shipped_scenario("earthquake_m6_onshore");
  const HazardResult h = generate_impacts(load.district.world, load.scenario, 0);
  ASSERT_FALSE(h.drawn.empty());
  for (const auto& d : h.drawn) EXPECT_EQ(d.value, d.nominal) << d.field;
  world::Scenario nominal = load.scenario;
  nominal.hazard_spread.clear();
  EXPECT_EQ(fingerprint(h), fingerprint(generate_impacts(load.district.world, nominal, 0)))
      << "replication 0 is the scenario with its nominal numbers";
}

TEST(HazardSpread, WithoutDistributionsNothingIsDrawnInAnyReplication) {
  auto load = shipped_scenario("flood_typhoon_breach");
  load.scenario.hazard_spread.clear();
  const auto& p = std::get<world::FloodParams>(load.scenario.hazard);
  for (std::uint64_t r : {0u, 1u, 7u}) {
    const HazardResult h = generate_impacts(load.district.world, load.scenario, r);
    EXPECT_TRUE(h.drawn.empty());
    core::Rng rng = core::StreamFactory(load.scenario.seed, r).stream(core::streams::kHazard);
    EXPECT_EQ(fingerprint(h), fingerprint(flood_impacts(load.district.world, p, load.scenario.duration_h, rng)))
        << "the hazard stream reaches the model untouched in replication " << r;
  }
}

TEST(HazardSpread, SameSeedAndReplicationSameDraw) {
  const auto load = shipped_scenario("earthquake_m6_onshore");
  world::HazardParams a = load.scenario.hazard, b = load.scenario.hazard, c = load.scenario.hazard;
  core::Rng ra = core::StreamFactory(load.scenario.seed, 5).stream(core::streams::kHazard);
  core::Rng rb = core::StreamFactory(load.scenario.seed, 5).stream(core::streams::kHazard);
  core::Rng rc = core::StreamFactory(load.scenario.seed + 1, 5).stream(core::streams::kHazard);
  const auto da = apply_spread(a, load.scenario.hazard_spread, ra, 5);
  const auto db = apply_spread(b, load.scenario.hazard_spread, rb, 5);
  const auto dc = apply_spread(c, load.scenario.hazard_spread, rc, 5);
  ASSERT_EQ(da.size(), db.size());
  for (std::size_t i = 0; i < da.size(); ++i) {
    EXPECT_EQ(da[i].value, db[i].value) << da[i].field;
    EXPECT_NE(da[i].value, dc[i].value) << da[i].field << ": another seed, another draw";
  }
  EXPECT_EQ(std::get<world::EarthquakeParams>(a).magnitude, da[0].value) << "the drawn value is the one used";
}

TEST(HazardSpread, KeyedByNameAddingAParameterChangesNoOtherDraw) {
  const auto load = shipped_scenario("earthquake_m6_onshore");
  std::vector<world::SpreadParam> one(load.scenario.hazard_spread.begin(), load.scenario.hazard_spread.begin() + 1);
  world::HazardParams a = load.scenario.hazard, b = load.scenario.hazard;
  core::Rng ra = core::StreamFactory(load.scenario.seed, 3).stream(core::streams::kHazard);
  core::Rng rb = core::StreamFactory(load.scenario.seed, 3).stream(core::streams::kHazard);
  EXPECT_EQ(apply_spread(a, one, ra, 3)[0].value, apply_spread(b, load.scenario.hazard_spread, rb, 3)[0].value);
}

TEST(HazardSpread, NormalIsTruncatedToThePhysicalRange) {
  world::Distribution d;
  d.mean = 0.2;
  d.sd = 5;
  d.lo = 0;
  d.hi = 1;
  EXPECT_NEAR(value_at(d, 0.0), 0.0, 1e-12) << "the lowest draw is the bottom of the range";
  for (double u : {1e-9, 0.01, 0.3, 0.5, 0.9, 0.999999}) {
    EXPECT_GE(value_at(d, u), 0.0);
    EXPECT_LE(value_at(d, u), 1.0);
  }
  EXPECT_LT(value_at(d, 0.1), value_at(d, 0.9)) << "monotone in u";
}

TEST(HazardSpread, FormsGiveTheirValues) {
  world::Distribution t;
  t.kind = world::Distribution::Kind::triangular;
  t.min = 18, t.mode = 22, t.max = 30;
  EXPECT_NEAR(value_at(t, (22.0 - 18) / 12), 22, 1e-9) << "the mode at F(mode)";
  EXPECT_EQ(nominal_value(t), 22);
  world::Distribution c;
  c.kind = world::Distribution::Kind::choice;
  c.values = {2, 14};
  c.weights = {0.25, 0.75};
  EXPECT_EQ(value_at(c, 0.2), 2);
  EXPECT_EQ(value_at(c, 0.3), 14);
  EXPECT_EQ(nominal_value(c), 14) << "the most likely value";
}

}  // namespace
}  // namespace ttx::hazard
