// `ttx hazard` as a planner runs it.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include <nlohmann/json.hpp>

#include "run_ttx.h"

namespace {

using ttx::testing_support::run_ttx;

const std::string kFlood = std::string(TTX_SOURCE_DIR) + "/scenarios/flood_typhoon_breach.yaml";

nlohmann::json hazard_json(const std::string& args) {
  const auto r = run_ttx("hazard " + args + " --json");
  EXPECT_EQ(r.status, 0) << r.out;
  return nlohmann::json::parse(r.out, nullptr, false);
}

TEST(TtxHazard, SummaryHasEveryTownIndicatorsUpToTheMomentAndThePlansLevels) {
  const nlohmann::json j = hazard_json(kFlood + " --at T+30:00");
  ASSERT_FALSE(j.is_discarded());
  EXPECT_EQ(j["at_h"], 30.0);
  EXPECT_EQ(j["at"], "2026-07-26 02:00") << "the scenario's start plus 30 h";
  EXPECT_EQ(j["towns"].size(), 12u);
  double displaced = 0;
  for (const auto& t : j["towns"]) displaced += t["displaced"].get<double>();
  EXPECT_DOUBLE_EQ(displaced, j["district"]["displaced"].get<double>()) << "the district is the sum of its towns";
  EXPECT_GT(displaced, 0) << "the breach displaces people by T+30";
  bool breach = false;
  for (const auto& i : j["indicators"]) {
    EXPECT_LE(i["at_h"].get<double>(), 30.0) << "nothing after --at";
    breach |= i["indicator"] == "yangtze_levee_breach" && i["at_h"] == 22.0 && i["value"] == "true";
  }
  EXPECT_TRUE(breach) << j["indicators"].dump();
  bool level_i = false;
  for (const auto& c : j["levels_perfect_information"]) {
    level_i |= c["plan"] == "flood_control" && c["from"] == 2 && c["to"] == 1 && c["at_h"] == 22.0;
  }
  EXPECT_TRUE(level_i) << "the breach raises the flood plan to I at once with perfect information";
  for (const auto& c : j["levels_as_reported"]) EXPECT_GT(c["at_h"].get<double>(), 0.0) << "reports take time";
}

TEST(TtxHazard, SummaryTextIsInTheLanguageAskedForWithTheDate) {
  const auto zh = run_ttx("hazard " + kFlood + " --at T+30:00 --lang zh");
  ASSERT_EQ(zh.status, 0) << zh.out;
  EXPECT_NE(zh.out.find("滨江街道"), std::string::npos) << "towns by name, not id";
  EXPECT_EQ(zh.out.find("binjiang_jd"), std::string::npos);
  EXPECT_NE(zh.out.find("7月26日 02:00"), std::string::npos) << "the date and clock beside T+";
}

TEST(TtxHazard, CsvHasOneRowPerVillage) {
  const auto r = run_ttx("hazard " + kFlood + " --at T+30:00 --csv");
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 295) << "header + 294 villages";
  EXPECT_EQ(r.out.rfind("village,town,name,lat,lon,population,depth_m,", 0), 0u) << r.out.substr(0, 200);
}

TEST(TtxHazard, GeoJsonHasVillagesAndClosedRoads) {
  const auto r = run_ttx("hazard " + kFlood + " --at T+30:00 --geojson");
  ASSERT_EQ(r.status, 0) << r.out.substr(0, 300);
  EXPECT_EQ(r.out.rfind("{\"type\":\"FeatureCollection\",\"features\":[", 0), 0u);
  std::size_t points = 0, lines = 0;
  for (std::size_t at = 0; (at = r.out.find("\"type\":\"Point\"", at)) != std::string::npos; ++at) ++points;
  for (std::size_t at = 0; (at = r.out.find("\"type\":\"LineString\"", at)) != std::string::npos; ++at) ++lines;
  EXPECT_EQ(points, 294u);
  EXPECT_GT(lines, 0u) << "the flood closes roads by T+30";
  const auto j = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << "valid JSON";
  EXPECT_EQ(j["features"].size(), points + lines);
}

TEST(TtxHazard, BadTimeOrFileIsAClearError) {
  auto r = run_ttx("hazard " + kFlood + " --at noon");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.out.find("--at"), std::string::npos) << r.out;
  r = run_ttx("hazard /nonexistent.yaml");
  EXPECT_NE(r.status, 0);
  EXPECT_NE(r.out.find("/nonexistent.yaml"), std::string::npos) << r.out;
}

}  // namespace
