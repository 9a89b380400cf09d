// The run of every shipped scenario played by the book, pinned: a change to the
// response shows up here and must be intended (then run scripts/update-goldens and
// review the diff).
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "../hazard/shipped_world.h"
#include "sim/score/run_summary.h"

namespace ttx::score {
namespace {

TEST(GoldenRunFingerprints, ShippedScenariosGiveThePinnedRun) {
  std::ifstream in(std::string(TTX_SOURCE_DIR) + "/tests/golden/run_fingerprints.txt");
  ASSERT_TRUE(in) << "tests/golden/run_fingerprints.txt is missing: run scripts/update-goldens";
  std::string line;
  int checked = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string name, expected;
    std::uint64_t replication = 0;
    fields >> name >> replication >> expected;
    const auto load = testing_support::shipped_scenario(name);
    response::ResponseModel m(load.district.world, load.scenario, replication);
    char actual[32];
    std::snprintf(actual, sizeof actual, "%016llx",
                  static_cast<unsigned long long>(run_and_summarise(m, m.end_s()).fingerprint));
    EXPECT_EQ(actual, expected) << name << " replication " << replication
                                << ": the run changed; if intended, run scripts/update-goldens";
    ++checked;
  }
  EXPECT_GE(checked, 8);
}

}  // namespace
}  // namespace ttx::score
