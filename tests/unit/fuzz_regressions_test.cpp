// Every saved fuzz input (tests/fuzz/corpus/<target>/), and the shipped data as
// seeds, replayed through the fuzz entry points in the normal suite: a fixed
// crash stays fixed, and the sanitizer build checks each for memory errors.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "../fuzz/fuzz_entries.h"

namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

template <class Entry>
int replay(const fs::path& dir, Entry entry, const std::string& extension = "") {
  int n = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (!e.is_regular_file() || (!extension.empty() && e.path().extension() != extension)) continue;
    const std::string bytes = slurp(e.path());
    EXPECT_NO_THROW(entry(bytes)) << e.path();
    ++n;
  }
  return n;
}

const fs::path kSource = TTX_SOURCE_DIR;
const fs::path kCorpus = kSource / "tests" / "fuzz" / "corpus";

TEST(FuzzRegressions, DistrictYaml) {
  EXPECT_GT(replay(kCorpus / "district_yaml", ttx::fuzz::district_yaml), 0);
  EXPECT_GT(replay(kSource / "scenarios" / "haimen", ttx::fuzz::district_yaml, ".yaml"), 10);
}

TEST(FuzzRegressions, DistrictCsv) {
  EXPECT_GT(replay(kCorpus / "district_csv", ttx::fuzz::district_csv), 0);
  EXPECT_EQ(replay(kSource / "scenarios" / "haimen", ttx::fuzz::district_csv, ".csv"), 2);
}

TEST(FuzzRegressions, ScenarioYaml) {
  EXPECT_GT(replay(kCorpus / "scenario_yaml", ttx::fuzz::scenario_yaml), 0);
  int shipped = 0;
  for (const auto& e : fs::directory_iterator(kSource / "scenarios")) {
    if (e.path().extension() != ".yaml") continue;
    EXPECT_NO_THROW(ttx::fuzz::scenario_yaml(slurp(e.path()))) << e.path();
    ++shipped;
  }
  EXPECT_GE(shipped, 4);
}

TEST(FuzzRegressions, SessionCommands) {
  EXPECT_GT(replay(kCorpus / "session_commands", ttx::fuzz::session_commands), 0);
}

TEST(FuzzRegressions, ClockText) { EXPECT_GT(replay(kCorpus / "clock_text", ttx::fuzz::clock_text), 0); }

}  // namespace
