// The ground truth of every shipped scenario, pinned: a change shows up here and
// must be intended (then run scripts/update-goldens and review the diff).
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "../golden_file.h"
#include "shipped_world.h"
#include "sim/hazard/generate.h"

namespace ttx::hazard {
namespace {

TEST(GoldenFingerprints, ShippedScenariosGiveThePinnedGroundTruth) {
  const auto lines = testing_support::golden_lines("hazard_fingerprints.txt");
  ASSERT_GE(lines.size(), 8u) << "tests/golden/hazard_fingerprints.txt is missing or short: run scripts/update-goldens";
  for (const auto& g : lines) {
    const auto load = testing_support::shipped_scenario(g.scenario);
    char actual[32];
    std::snprintf(actual, sizeof actual, "%016llx",
                  static_cast<unsigned long long>(fingerprint(generate_impacts(load.district.world, load.scenario, g.replication))));
    EXPECT_EQ(actual, g.fingerprint) << g.scenario << " replication " << g.replication
                                     << ": the ground truth changed; if intended, run scripts/update-goldens";
  }
}

}  // namespace
}  // namespace ttx::hazard
