// `ttx validate` and `ttx import villages` as a user runs them.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "../unit/io/district_copy.h"
#include <nlohmann/json.hpp>

#include "run_ttx.h"
#include "sim/io/district_loader.h"

namespace {

using ttx::testing_support::DistrictCopy;
using ttx::testing_support::run_ttx;

TEST(TtxValidate, ShippedDistrictPrintsTheSummaryAndExitsZero) {
  const auto r = run_ttx(std::string("validate ") + TTX_SOURCE_DIR + "/scenarios/haimen");
  EXPECT_EQ(r.status, 0) << r.out;
  const auto j = run_ttx(std::string("validate --json ") + TTX_SOURCE_DIR + "/scenarios/haimen");
  ASSERT_EQ(j.status, 0) << j.out;
  const auto s = nlohmann::json::parse(j.out, nullptr, false);
  ASSERT_FALSE(s.is_discarded()) << j.out;
  // The seed's figures: 72 teams of 3421 people, 44 categories of 47,800 items, the 672.57 m² warehouse.
  EXPECT_EQ(s["teams"], 72);
  EXPECT_EQ(s["people"], 3421);
  EXPECT_EQ(s["categories"], 44);
  EXPECT_EQ(s["items"], 47800);
  EXPECT_DOUBLE_EQ(s["warehouse_area_m2"].get<double>(), 672.57);
  EXPECT_EQ(s["villages"], 294);
  EXPECT_EQ(s["towns"], 12);
  int people = 0;
  for (const auto& t : s["team_types"]) people += t["people"].get<int>();
  EXPECT_EQ(people, 3421) << "the types add up to the district";
}

TEST(TtxValidate, ProvenanceListsEveryAssumedFigureWithItsPlace) {
  const auto r = run_ttx(std::string("validate --provenance ") + TTX_SOURCE_DIR + "/scenarios/haimen");
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("teams.csv:2:"), std::string::npos) << "CSV figures are listed with their cell";
  EXPECT_NE(r.out.find("[assumed: "), std::string::npos);
  EXPECT_EQ(r.out.find("[seed]"), std::string::npos) << "only assumed figures by default";
  const auto seed = run_ttx(std::string("validate --provenance --only seed ") + TTX_SOURCE_DIR + "/scenarios/haimen");
  EXPECT_NE(seed.out.find("declared.people = 3421  [seed]"), std::string::npos) << seed.out;
}

TEST(TtxValidate, BrokenDistrictPrintsEveryProblemAndExitsOne) {
  DistrictCopy copy;
  copy.replace("towns.yaml", "population: {value: 68101", "population: {value: -1");
  copy.replace("vehicles.yaml", "count: {value: 12,", "count: {value: -1,");
  const auto r = run_ttx("validate " + copy.dir().string());
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find("towns.yaml:"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("vehicles.yaml:"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("problems found"), std::string::npos) << r.out;
}

TEST(TtxImport, InstallsAValidVillageListAndRefusesABrokenOne) {
  DistrictCopy copy;
  // Start from the district's own generated villages, exported as the bureau would.
  const auto ok_csv = copy.dir().parent_path() / "bureau_villages.csv";
  {
    std::ofstream out(ok_csv);
    out << "id,town,name,lat,lon,population,provenance\n";
    // 294 villages: 12 towns, the counts of towns.yaml, population split evenly.
    const auto load = ttx::io::load_district(copy.dir());
    for (const auto& v : load.world.villages) {
      out << "b_" << v.id << "," << load.world.towns[v.town].id << ",村" << v.id << "," << v.lat << "," << v.lon
          << "," << static_cast<long>(v.population) << ",\"bureau: register 2026\"\n";
    }
  }
  const auto bad_csv = copy.dir().parent_path() / "bad_villages.csv";
  std::ofstream(bad_csv) << "id,town,name,lat,lon,population,provenance\nx1,nowhere,X,31.9,121.2,100,seed\n";
  auto r = run_ttx("import villages " + bad_csv.string() + " --district " + copy.dir().string());
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find("unknown town 'nowhere'"), std::string::npos) << r.out;
  EXPECT_FALSE(std::filesystem::exists(copy.path("villages.csv"))) << "nothing installed after a refusal";

  r = run_ttx("import villages " + ok_csv.string() + " --district " + copy.dir().string());
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_TRUE(std::filesystem::exists(copy.path("villages.csv")));
  r = run_ttx("validate --json " + copy.dir().string());
  EXPECT_EQ(r.status, 0) << r.out;
  const auto j = nlohmann::json::parse(r.out, nullptr, false);
  EXPECT_EQ(j["villages"], 294);
  EXPECT_EQ(j["villages_generated"], false) << "the bureau's list replaces the generated one";
  std::filesystem::remove(ok_csv);
  std::filesystem::remove(bad_csv);
}

}  // namespace
