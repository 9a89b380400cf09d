// `ttx hazard` as a planner runs it.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "run_ttx.h"

namespace {

using ttx::testing_support::run_ttx;

const std::string kFlood = std::string(TTX_SOURCE_DIR) + "/scenarios/flood_typhoon_breach.yaml";

TEST(TtxHazard, SummaryShowsEveryTownAndTheTimelineOfIndicators) {
  const auto r = run_ttx("hazard " + kFlood + " --at T+30:00");
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("hazard at T+30:00"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("binjiang_jd"), std::string::npos);
  EXPECT_NE(r.out.find("haiyong"), std::string::npos);
  EXPECT_NE(r.out.find("T+22:00  levee_breach = true"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("T+46:00"), std::string::npos) << "nothing after --at";
  EXPECT_NE(r.out.find("flood_control            II -> I   yangtze_levee_breach true == true"), std::string::npos)
      << "the plans' levels with perfect information:\n" << r.out;
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
