// The run of every shipped scenario played by the book, pinned: a change to the
// response shows up here and must be intended (then run scripts/update-goldens and
// review the diff).
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "../golden_file.h"
#include "../hazard/shipped_world.h"
#include "sim/score/run_summary.h"

namespace ttx::score {
namespace {

TEST(GoldenRunFingerprints, ShippedScenariosGiveThePinnedRun) {
  const auto lines = testing_support::golden_lines("run_fingerprints.txt");
  ASSERT_GE(lines.size(), 8u) << "tests/golden/run_fingerprints.txt is missing or short: run scripts/update-goldens";
  for (const auto& g : lines) {
    const auto load = testing_support::shipped_scenario(g.scenario);
    response::ResponseModel m(load.district.world, load.scenario, g.replication);
    char actual[32];
    std::snprintf(actual, sizeof actual, "%016llx",
                  static_cast<unsigned long long>(run_and_summarise(m, m.end_s()).fingerprint));
    EXPECT_EQ(actual, g.fingerprint) << g.scenario << " replication " << g.replication
                                     << ": the run changed; if intended, run scripts/update-goldens";
  }
}

}  // namespace
}  // namespace ttx::score
