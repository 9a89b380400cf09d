// The shipped district loads cleanly and carries the source document's figures.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "sim/io/district_loader.h"
#include "sim/io/district_summary.h"

namespace ttx::io {
namespace {

const DistrictLoad& shipped() {
  static const DistrictLoad load = load_district(std::string(TTX_SOURCE_DIR) + "/scenarios/haimen");
  return load;
}

TEST(ShippedDistrict, LoadsWithoutAProblem) {
  const DistrictLoad& load = shipped();
  for (const auto& d : load.diagnostics.list()) ADD_FAILURE() << format(d);
  EXPECT_TRUE(load.ok());
  EXPECT_GE(load.files.size(), 14u);
}

TEST(ShippedDistrict, SummaryEqualsTheSeedFigures) {
  const DistrictSummary s = summarise(shipped().world, shipped().provenance);
  EXPECT_EQ(s.teams, 72);
  EXPECT_EQ(s.people, 3421);
  const std::map<std::string, std::pair<int, int>> seed = {{"fire_rescue", {17, 285}},  {"militia", {12, 360}},
                                                           {"medical", {7, 149}},       {"flood_control", {14, 2168}},
                                                           {"specialised", {22, 459}}};
  ASSERT_EQ(s.types.size(), seed.size());
  for (const auto& t : s.types) {
    ASSERT_TRUE(seed.count(t.id)) << t.id;
    EXPECT_EQ(t.teams, seed.at(t.id).first) << t.id;
    EXPECT_EQ(t.people, seed.at(t.id).second) << t.id;
  }
  EXPECT_EQ(s.categories, 44);
  EXPECT_EQ(s.items, 47800);
  ASSERT_EQ(s.classes.size(), 3u);
  EXPECT_EQ(s.classes[0].cls, "relief");
  EXPECT_EQ(s.classes[0].categories, 14);
  EXPECT_EQ(s.classes[0].items, 4760);
  EXPECT_EQ(s.classes[1].cls, "agreement");
  EXPECT_EQ(s.classes[1].categories, 3);
  EXPECT_EQ(s.classes[1].items, 40000);
  EXPECT_EQ(s.classes[2].cls, "equipment");
  EXPECT_EQ(s.classes[2].categories, 27);
  EXPECT_EQ(s.classes[2].items, 3040);
  EXPECT_DOUBLE_EQ(s.warehouse_area_m2, 672.57);
  EXPECT_EQ(s.villages, 294);
  EXPECT_EQ(s.towns, 12);
  EXPECT_EQ(s.towns_with_own_plan, 11) << "the source counts 11 towns with their own plans";
  EXPECT_DOUBLE_EQ(s.population, 906000.0);
  EXPECT_EQ(s.plans.size(), 5u);
}

TEST(ShippedDistrict, HasTheTwelveUnitsOfThePublicList) {
  const auto& towns = shipped().world.towns;
  std::set<std::string> zh;
  for (const auto& t : towns) zh.insert(t.name_zh);
  EXPECT_EQ(zh, (std::set<std::string>{"海门街道", "三厂街道", "滨江街道", "三星镇", "常乐镇", "悦来镇", "四甲镇",
                                       "余东镇", "正余镇", "包场镇", "临江镇", "海永镇"}));
  const int subdistricts = static_cast<int>(std::count_if(
      towns.begin(), towns.end(), [](const auto& t) { return t.kind == world::TownKind::subdistrict; }));
  EXPECT_EQ(subdistricts, 3);
  const auto haiyong = std::find_if(towns.begin(), towns.end(), [](const auto& t) { return t.id == "haiyong"; });
  ASSERT_NE(haiyong, towns.end());
  EXPECT_FALSE(haiyong->has_own_plan);
}

TEST(ShippedDistrict, SeedFiguresAreTaggedSeedAndNothingElseIs) {
  int seed = 0;
  for (const auto& e : shipped().provenance) {
    if (e.kind != world::ProvenanceKind::seed) continue;
    ++seed;
    // Only the declared totals, team-type totals, warehouse area, reserve totals and context figures.
    const bool allowed = e.field.rfind("declared.", 0) == 0 || e.field.find(".declared.") != std::string::npos ||
                         e.field == "depots[district_warehouse].area_m2" || e.field.rfind("agreement_reserve.", 0) == 0 ||
                         e.field.rfind("context.", 0) == 0;
    EXPECT_TRUE(allowed) << e.field << " is tagged seed";
  }
  EXPECT_GE(seed, 13 + 10 + 1);
}

TEST(ShippedDistrict, PlansHaveFourLevelsWithTriggersAndTheTenHourReliefTarget) {
  const auto& plans = shipped().world.plans;
  bool relief_target = false;
  for (const auto& p : plans) {
    ASSERT_EQ(p.levels.size(), 4u) << p.id;
    EXPECT_EQ(p.levels.front().level, 4);
    EXPECT_EQ(p.levels.back().level, 1);
    for (const auto& l : p.levels) EXPECT_FALSE(l.triggers.empty()) << p.id;
    for (const auto& t : p.time_targets) relief_target |= t.id == "basic_living_relief" && t.hours == 10;
  }
  EXPECT_TRUE(relief_target);
}

}  // namespace
}  // namespace ttx::io
