// scoring.yaml's improvement plan owners: read part by part, "中文 / English" split,
// defaults where a part has none, mistakes reported with the field.
#include <gtest/gtest.h>

#include <string>

#include "sim/io/district_loader.h"

namespace ttx::io {
namespace {

const std::string kWeights = R"(scoring:
  weight_life_safety: {value: 0.35, assumed: "x"}
  weight_timeliness: {value: 0.25, assumed: "x"}
  weight_sufficiency: {value: 0.2, assumed: "x"}
  weight_compliance: {value: 0.1, assumed: "x"}
  weight_efficiency: {value: 0.1, assumed: "x"}
  health_rescued: {value: 1.0, assumed: "x"}
  health_treated_in_time: {value: 1.0, assumed: "x"}
  health_treated_late: {value: 0.6, assumed: "x"}
  health_waiting: {value: 0.3, assumed: "x"}
  weight_relief_in_time: {value: 0.5, assumed: "x"}
  weight_first_unit: {value: 0.25, assumed: "x"}
  weight_delivery_p90: {value: 0.25, assumed: "x"}
  first_unit_target_h: {value: 2, assumed: "x"}
  weight_fill_rate: {value: 0.6, assumed: "x"}
  weight_no_stockout: {value: 0.4, assumed: "x"}
  utilisation_for_full_score: {value: 0.5, assumed: "x"}
  rating_p: {value: 90, assumed: "x"}
  rating_s: {value: 70, assumed: "x"}
  rating_m: {value: 40, assumed: "x"}
)";

bool mentions(const DistrictLoad& load, const std::string& field) {
  for (const auto& d : load.diagnostics.list()) {
    if (d.field.find(field) != std::string::npos) return true;
  }
  return false;
}

TEST(ImprovementOwners, AreReadPartByPartWithTheirTwoNames) {
  const DistrictLoad load = load_district_text("scoring.yaml", kWeights + R"(  improvement:
    sufficiency:
      lead: {value: "区发改委 / District Development and Reform Commission", assumed: "stock"}
      support: {value: "区应急管理局 / District Emergency Management Bureau", assumed: "needs"}
      deadline_days: {value: 90, assumed: "procurement"}
    compliance:
      lead: {value: "区应急管理局", assumed: "duty office"}
)");
  ASSERT_TRUE(load.world.scoring.loaded);
  EXPECT_FALSE(mentions(load, "improvement"));
  const auto& o = load.world.scoring.owners;
  EXPECT_EQ(o[2].lead_zh, "区发改委");
  EXPECT_EQ(o[2].lead_en, "District Development and Reform Commission");
  EXPECT_EQ(o[2].support_en, "District Emergency Management Bureau");
  EXPECT_EQ(o[2].deadline_days, 90);
  EXPECT_EQ(o[3].lead_en, "区应急管理局") << "one name serves both languages";
  EXPECT_TRUE(o[3].support_zh.empty());
  EXPECT_EQ(o[0].lead_zh, "区应急管理局") << "a part without an entry keeps the default";
  EXPECT_EQ(o[0].deadline_days, 30);
  // Each owner is a tagged figure: the report's notes list it with the other assumptions.
  int tagged = 0;
  for (const auto& e : load.provenance) tagged += e.field.find("scoring.improvement.") == 0;
  EXPECT_EQ(tagged, 4);
}

TEST(ImprovementOwners, ReportUnknownKeysUntaggedNamesAndDeadlinesOutOfRange) {
  const DistrictLoad typo = load_district_text("scoring.yaml", kWeights + R"(  improvement:
    timeliness:
      lead: {value: "区应急管理局", assumed: "x"}
      deadline_day: {value: 30, assumed: "x"}
)");
  EXPECT_TRUE(mentions(typo, "scoring.improvement.timeliness.deadline_day")) << "did you mean deadline_days";
  const DistrictLoad untagged = load_district_text("scoring.yaml", kWeights + R"(  improvement:
    timeliness:
      lead: 区应急管理局
)");
  EXPECT_TRUE(mentions(untagged, "scoring.improvement.timeliness.lead"));
  const DistrictLoad late = load_district_text("scoring.yaml", kWeights + R"(  improvement:
    efficiency:
      deadline_days: {value: 0, assumed: "x"}
)");
  EXPECT_TRUE(mentions(late, "scoring.improvement.efficiency.deadline_days"));
}

}  // namespace
}  // namespace ttx::io
