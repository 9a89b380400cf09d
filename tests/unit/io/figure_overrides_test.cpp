// What-ifs on any figure (--set): the district is read as if the file said so.
#include "sim/io/figure_overrides.h"

#include <gtest/gtest.h>

#include "district_copy.h"
#include "sim/io/scenario_loader.h"
#include "sim/score/run_summary.h"

namespace ttx::io {
namespace {

using testing_support::DistrictCopy;

const std::filesystem::path kShipped = std::filesystem::path(TTX_SOURCE_DIR) / "scenarios" / "haimen";

std::uint64_t fingerprint(const world::World& w) {
  const auto load = load_scenario(std::filesystem::path(TTX_SOURCE_DIR) / "scenarios" / "earthquake_m6_onshore.yaml");
  response::ResponseModel m(w, load.scenario);
  return score::run_and_summarise(m, m.end_s()).fingerprint;
}

TEST(FigureOverrides, ASetFigureRunsAsIfTheFileSaidSo) {
  const DistrictLoad shipped = load_district(kShipped);
  ASSERT_TRUE(shipped.ok());
  const OverrideResult set = figure_overrides(shipped, kShipped, {"stock.relief_quilt=+50%"});
  ASSERT_TRUE(set.errors.empty()) << set.errors[0];
  ASSERT_EQ(set.applied.size(), 1u);
  EXPECT_EQ(set.applied[0].field, "items[relief_quilt].quantity");
  EXPECT_EQ(set.applied[0].old_value, "1200");
  EXPECT_EQ(set.applied[0].new_value, "1800");
  const OverriddenDistrict patched = load_with_overrides(kShipped, set);
  ASSERT_TRUE(patched.load.ok());
  EXPECT_EQ(patched.load.world.item("relief_quilt")->quantity, 1800);
  EXPECT_EQ(patched.departures.size(), 2u) << "the relief and all-items totals of the source document";
  // The same district written by hand, the declared totals moved with it.
  DistrictCopy copy;
  copy.replace("items.csv", "relief_quilt,relief,棉被,Quilt,piece,床,1200,", "relief_quilt,relief,棉被,Quilt,piece,床,1800,");
  copy.replace("district.yaml", "relief_items: {value: 4760", "relief_items: {value: 5360");
  copy.replace("district.yaml", "all_items: {value: 47800", "all_items: {value: 48400");
  const DistrictLoad by_hand = load_district(copy.dir());
  ASSERT_TRUE(by_hand.ok());
  EXPECT_EQ(fingerprint(patched.load.world), fingerprint(by_hand.world)) << "the same run, event for event";
  EXPECT_NE(fingerprint(patched.load.world), fingerprint(shipped.world));
}

TEST(FigureOverrides, FactorsNumbersAndBothSpellingsOfAPath) {
  const DistrictLoad shipped = load_district(kShipped);
  const OverrideResult set =
      figure_overrides(shipped, kShipped, {"vehicles.medium_truck.count=x2", "depots[district_warehouse].handling.loading_bays=4",
                                           "depots.district_warehouse.acknowledge_h=-50%"});
  EXPECT_EQ(set.errors.size(), 1u) << "acknowledge_h lies under handling";
  const OverrideResult ok =
      figure_overrides(shipped, kShipped, {"vehicles.medium_truck.count=x2", "depots.district_warehouse.bays=4",
                                           "depots.district_warehouse.handling.acknowledge_h=-50%"});
  ASSERT_TRUE(ok.errors.empty()) << ok.errors[0];
  const OverriddenDistrict p = load_with_overrides(kShipped, ok);
  ASSERT_TRUE(p.load.ok());
  EXPECT_EQ(p.load.world.warehouse()->handling.loading_bays, 4);
  EXPECT_DOUBLE_EQ(p.load.world.warehouse()->handling.acknowledge_h, 0.25) << "0.5 h less 50 %";
  for (const auto& v : p.load.world.transport.vehicles) {
    if (v.id == "medium_truck") {
      EXPECT_EQ(v.count, 12) << "6 × 2";
    }
  }
  EXPECT_TRUE(p.departures.empty()) << "no figure the source document totals";
}

TEST(FigureOverrides, NonsenseIsRefusedWithWhatIsAllowedAndNothingIsApplied) {
  const DistrictLoad shipped = load_district(kShipped);
  const OverrideResult r = figure_overrides(shipped, kShipped,
                                            {"depots.district_warehouse.bay=4", "stock.relief_quilt=lots",
                                             "stock.relief_quilt=-150%", "novalue", "stock.relief_tent=x3"});
  ASSERT_EQ(r.errors.size(), 4u);
  EXPECT_NE(r.errors[0].find("did you mean"), std::string::npos) << r.errors[0];
  EXPECT_NE(r.errors[1].find("expected a number (4), a change in per cent (+50%) or a factor (x2)"), std::string::npos);
  EXPECT_NE(r.errors[2].find("negative"), std::string::npos);
  EXPECT_NE(r.errors[3].find("expected PATH=VALUE"), std::string::npos);
  EXPECT_TRUE(r.applied.empty() && r.texts.empty()) << "all or nothing";
  // A value the loader refuses is refused as in the file, with the file's line.
  const OverrideResult big = figure_overrides(shipped, kShipped, {"teams.fire_01.people=999999"});
  ASSERT_TRUE(big.errors.empty());
  const OverriddenDistrict p = load_with_overrides(kShipped, big);
  ASSERT_FALSE(p.load.ok());
  EXPECT_NE(format(p.load.diagnostics.list()[0]).find("teams.csv:2:"), std::string::npos) << format(p.load.diagnostics.list()[0]);
}

}  // namespace
}  // namespace ttx::io
