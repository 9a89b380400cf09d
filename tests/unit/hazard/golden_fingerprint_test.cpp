// The ground truth of every shipped scenario, pinned: a change shows up here and
// must be intended (then run scripts/update-goldens and review the diff).
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "shipped_world.h"
#include "sim/hazard/generate.h"

namespace ttx::hazard {
namespace {

TEST(GoldenFingerprints, ShippedScenariosGiveThePinnedGroundTruth) {
  std::ifstream in(std::string(TTX_SOURCE_DIR) + "/tests/golden/hazard_fingerprints.txt");
  ASSERT_TRUE(in) << "tests/golden/hazard_fingerprints.txt is missing: run scripts/update-goldens";
  std::string line;
  int checked = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string name, expected;
    std::uint64_t replication = 0;
    fields >> name >> replication >> expected;
    const auto load = testing_support::shipped_scenario(name);
    char actual[32];
    std::snprintf(actual, sizeof actual, "%016llx",
                  static_cast<unsigned long long>(fingerprint(generate_impacts(load.district.world, load.scenario, replication))));
    EXPECT_EQ(actual, expected) << name << " replication " << replication
                                << ": the ground truth changed; if intended, run scripts/update-goldens";
    ++checked;
  }
  EXPECT_GE(checked, 8);
}

}  // namespace
}  // namespace ttx::hazard
