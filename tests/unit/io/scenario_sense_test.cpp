// A scenario that cannot be meant is refused at its field, and one mistake in it
// gives one message.
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "sim/io/scenario_loader.h"

namespace ttx::io {
namespace {

namespace fs = std::filesystem;

std::string shipped(const std::string& name) {
  std::ifstream in(std::string(TTX_SOURCE_DIR) + "/scenarios/" + name + ".yaml", std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

/// The shipped scenario `name` with `from` replaced by `to`, loaded beside the shipped district.
ScenarioLoad load_edited(const std::string& name, const std::string& from, const std::string& to) {
  std::string text = shipped(name);
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  const std::string rel = "district: haimen\n";
  text.replace(text.find(rel), rel.size(), "district: " + std::string(TTX_SOURCE_DIR) + "/scenarios/haimen\n");
  const fs::path path = fs::path(::testing::TempDir()) /
                        ("ttx_sense_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) +
                         "_" + std::to_string(::getpid()) + ".yaml");
  std::ofstream(path, std::ios::binary) << text;
  ScenarioLoad load = load_scenario(path);
  fs::remove(path);
  return load;
}

std::vector<std::string> problems(const ScenarioLoad& l) {
  std::vector<std::string> out;
  for (const auto& d : l.district.diagnostics.list()) out.push_back(format(d));
  return out;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string s;
  for (const auto& l : lines) s += l + "\n";
  return s;
}

TEST(ScenarioSense, AMisspeltDurationGivesOnlyTheDidYouMean) {
  const auto p = problems(load_edited("flood_typhoon_breach", "duration_h: 72", "durtion_h: 72"));
  ASSERT_EQ(p.size(), 1u) << joined(p);
  EXPECT_NE(p[0].find(":17:3: scenario.durtion_h: unknown key (did you mean 'duration_h'?)"), std::string::npos) << p[0];
}

TEST(ScenarioSense, AMissingKeyWithNoLookAlikeIsStillMissing) {
  const auto p = problems(load_edited("flood_typhoon_breach", "duration_h: 72", "colour: red"));
  EXPECT_NE(joined(p).find("scenario.duration_h: missing (required)"), std::string::npos) << joined(p);
  EXPECT_NE(joined(p).find("scenario.colour: unknown key"), std::string::npos) << joined(p);
}

TEST(ScenarioSense, AMissingKeyBesideARealLookAlikeIsStillMissing) {
  std::string text = shipped("earthquake_m6_onshore");
  const auto from = text.find("  epicentre_lat:");
  text.erase(from, text.find('\n', from) + 1 - from);
  const ScenarioLoad load = load_scenario_text("quake.yaml", text);
  ASSERT_EQ(load.district.diagnostics.size(), 1u);
  EXPECT_EQ(load.district.diagnostics.list()[0].field, "hazard.epicentre_lat");
  EXPECT_EQ(load.district.diagnostics.list()[0].message, "missing (required)");
}

TEST(ScenarioSense, AnEpicentreInTokyoOrWithFlippedSignsIsRefused) {
  auto p = problems(load_edited("earthquake_m6_onshore", "epicentre_lon: {dist: normal, mean: 121.28", "epicentre_lon: {dist: normal, mean: 139.69"));
  ASSERT_EQ(p.size(), 1u) << joined(p);
  EXPECT_NE(p[0].find("hazard.epicentre_lat: the epicentre 31.98 N, 139.69 E lies 17"), std::string::npos) << p[0];
  EXPECT_NE(p[0].find("km from the district (31.7667 to 32.15 N, 121.0667 to 121.5333 E); at most 500 km is accepted "
                      "(hazard_models.yaml: epicentre_within_km)"),
            std::string::npos)
      << p[0];
  p = problems(load_edited("earthquake_m6_onshore", "epicentre_lat: {dist: normal, mean: 31.98", "epicentre_lat: {dist: normal, mean: -31.98"));
  ASSERT_EQ(p.size(), 1u) << joined(p);
  EXPECT_NE(p[0].find("the epicentre -31.98 N, 121.28 E lies 7"), std::string::npos) << p[0];
}

TEST(ScenarioSense, AFloodReachOutsideTheDistrictIsRefused) {
  const auto p = problems(load_edited("flood_typhoon_breach", "reach_lat: {value: 31.815", "reach_lat: {value: 13.815"));
  ASSERT_EQ(p.size(), 1u) << joined(p);
  EXPECT_NE(p[0].find("hazard.reach_lat: the reach 13.815 N"), std::string::npos) << p[0];
  EXPECT_NE(p[0].find("lies outside the district (31.7667 to 32.15 N, 121.0667 to 121.5333 E) widened by 0.1°"),
            std::string::npos)
      << p[0];
}

TEST(ScenarioSense, AnEmptyListIsCalledSo) {
  auto p = problems(load_edited("flood_typhoon_breach", "rain_mm_h: {value: [0.5, 1,", "rain_mm_h: {value: [], x: [0.5, 1,"));
  EXPECT_NE(joined(p).find("hazard.rain_mm_h: expected a list of numbers like [1, 2, 3], got an empty list []"),
            std::string::npos)
      << joined(p);
  std::string text = shipped("flood_typhoon_breach");
  const auto from = text.find("rain_mm_h: {");
  text.replace(from, text.find('\n', from) - from, "rain_mm_h: []");
  const ScenarioLoad bare = load_scenario_text("bare.yaml", text);
  ASSERT_EQ(bare.district.diagnostics.size(), 1u);
  EXPECT_EQ(format(bare.district.diagnostics.list()[0]),
            "bare.yaml:22:14: hazard.rain_mm_h: expected a value with its provenance like {value: [1, 2, 3], "
            "assumed: \"why\"} (or source: seed, public:, standard:, bureau:), got an empty list []");
  p = problems(load_edited("flood_typhoon_breach", "warning_level_m: {value: ", "warning_level_m: {value: [1, 2], x: "));
  EXPECT_NE(joined(p).find("hazard.warning_level_m: expected a single value, got a list of 2 items"), std::string::npos)
      << joined(p);
}

TEST(ScenarioSense, OldMacLineEndsReadLikeAnyOther) {
  std::string text = shipped("drill_incidents");
  std::replace(text.begin(), text.end(), '\n', '\r');
  const ScenarioLoad good = load_scenario_text("cr.yaml", text);
  for (const auto& d : good.district.diagnostics.list()) ADD_FAILURE() << format(d);
  EXPECT_EQ(good.scenario.duration_h, 24);
  EXPECT_EQ(good.scenario.injects.size(), 2u);
  text.replace(text.find("seed: 20260701"), 14, "seed: [1]");
  const ScenarioLoad bad = load_scenario_text("cr.yaml", text);
  ASSERT_EQ(bad.district.diagnostics.size(), 1u);
  EXPECT_EQ(format(bad.district.diagnostics.list()[0]),
            "cr.yaml:15:9: scenario.seed: expected a whole number from 0 to 9000000000000000, got a list of 1 item");
}

}  // namespace
}  // namespace ttx::io
