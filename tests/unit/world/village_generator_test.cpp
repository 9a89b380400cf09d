#include "sim/world/village_generator.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <set>

#include "sim/io/district_loader.h"
#include "sim/world/road_network.h"

namespace ttx::world {
namespace {

const World& shipped() {
  static const io::DistrictLoad load = io::load_district(std::string(TTX_SOURCE_DIR) + "/scenarios/haimen");
  return load.world;
}

TEST(VillageGenerator, MakesEachTownsCountWithItsWholePopulation) {
  const World& w = shipped();
  const std::vector<Village> villages = generate_villages(w);
  ASSERT_EQ(villages.size(), 294u);
  std::map<std::uint32_t, std::pair<int, double>> per_town;
  for (const auto& v : villages) {
    per_town[v.town].first += 1;
    per_town[v.town].second += v.population;
    EXPECT_TRUE(v.generated);
    EXPECT_GT(v.population, 0) << v.id;
    EXPECT_EQ(v.population, std::round(v.population)) << "whole people";
  }
  for (std::size_t t = 0; t < w.towns.size(); ++t) {
    EXPECT_EQ(per_town[static_cast<std::uint32_t>(t)].first, w.towns[t].villages) << w.towns[t].id;
    EXPECT_DOUBLE_EQ(per_town[static_cast<std::uint32_t>(t)].second, w.towns[t].population) << w.towns[t].id;
  }
}

TEST(VillageGenerator, SpreadsVillagesOverTheTownsArea) {
  const World& w = shipped();
  std::set<std::string> ids;
  for (const auto& v : generate_villages(w)) {
    const Town& t = w.towns[v.town];
    const double radius_km = std::sqrt(t.area_km2 / 3.14159265358979);
    EXPECT_LE(distance_km(v.lat, v.lon, t.lat, t.lon), radius_km * 1.01) << v.id;
    EXPECT_TRUE(ids.insert(v.id).second) << "duplicate id " << v.id;
    EXPECT_NE(v.name.find(t.name_zh), std::string::npos) << v.name;
  }
}

TEST(VillageGenerator, IsDeterministic) {
  const auto a = generate_villages(shipped());
  const auto b = generate_villages(shipped());
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].id, b[i].id);
    EXPECT_EQ(a[i].lat, b[i].lat);
    EXPECT_EQ(a[i].population, b[i].population);
  }
}

TEST(VillageGenerator, GroundFallsFromWestToEast) {
  const World& w = shipped();
  double west = 0, east = 0;
  int nw = 0, ne = 0;
  for (const auto& v : generate_villages(w)) {
    if (v.lon < 121.2) west += v.ground_level_m, ++nw;
    if (v.lon > 121.4) east += v.ground_level_m, ++ne;
  }
  ASSERT_GT(nw, 0);
  ASSERT_GT(ne, 0);
  EXPECT_GT(west / nw, east / ne);
}

}  // namespace
}  // namespace ttx::world
