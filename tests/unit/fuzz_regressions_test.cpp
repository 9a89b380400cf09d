// Every saved fuzz input (tests/fuzz/corpus/<target>/), and the shipped data as
// seeds, replayed through the fuzz entry points in the normal suite: a fixed
// crash stays fixed, and the sanitizer build checks each for memory errors.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "../fuzz/fuzz_entries.h"
#include "sim/io/clock_text.h"
#include "sim/io/district_loader.h"
#include "sim/io/scenario_loader.h"

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

TEST(FuzzRegressions, Xlsx) { EXPECT_GE(replay(kCorpus / "xlsx", ttx::fuzz::xlsx), 2); }

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

TEST(FuzzRegressions, SessionFile) { EXPECT_GT(replay(kCorpus / "session_file", ttx::fuzz::session_file), 2); }

TEST(FuzzRegressions, ClockText) { EXPECT_GT(replay(kCorpus / "clock_text", ttx::fuzz::clock_text), 0); }

const ttx::io::Diagnostics& diagnostics_of(const ttx::io::DistrictLoad& l) { return l.diagnostics; }
const ttx::io::Diagnostics& diagnostics_of(const ttx::io::ScenarioLoad& l) { return l.district.diagnostics; }

// The saved inputs once crashed or hung a loader. Beyond not crashing, each must now
// be refused with a diagnostic that names the file, so a user learns what is wrong.
template <class Load>
void expect_refused(const fs::path& dir, const std::string& name, Load load) {
  int n = 0;
  for (const auto& e : fs::directory_iterator(dir)) {
    const auto result = load(name, slurp(e.path()));
    EXPECT_FALSE(result.ok()) << e.path() << " was accepted";
    int own = 0;  // the rest are about the district the lone file does not make
    for (const auto& d : diagnostics_of(result).list()) {
      own += d.file == name;
      EXPECT_FALSE(d.message.empty()) << e.path();
    }
    EXPECT_GT(own, 0) << e.path() << ": no diagnostic names the file";
    ++n;
  }
  EXPECT_GT(n, 0) << dir;
}

TEST(FuzzRegressions, SavedLoaderInputsAreRefusedWithDiagnostics) {
  expect_refused(kCorpus / "district_yaml", "fuzz.yaml", [](const std::string& n, std::string t) {
    return ttx::io::load_district_text(n, std::move(t));
  });
  expect_refused(kCorpus / "district_csv", "teams.csv", [](const std::string& n, std::string t) {
    return ttx::io::load_district_text(n, std::move(t));
  });
  static const ttx::io::DistrictLoad district = ttx::io::load_district((kSource / "scenarios" / "haimen").string());
  ASSERT_TRUE(district.ok());
  expect_refused(kCorpus / "scenario_yaml", "fuzz_scenario.yaml", [](const std::string& n, std::string t) {
    return ttx::io::load_scenario_text(n, std::move(t), &district.world);
  });
}

TEST(FuzzRegressions, SavedClockTextsAreRefused) {
  for (const auto& e : fs::directory_iterator(kCorpus / "clock_text")) {
    std::string text = slurp(e.path());
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
    EXPECT_FALSE(ttx::io::parse_clock(text).has_value()) << e.path() << ": " << text;
  }
  EXPECT_EQ(ttx::io::parse_clock("T+02:30"), 2 * 3600 + 30 * 60) << "a good time still reads";
}

}  // namespace
