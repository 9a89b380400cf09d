// Values each within their accepted range that cannot be true of the district are
// refused at their cell, and one mistake gives one message, not a cascade.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "district_copy.h"
#include "sim/io/district_loader.h"

namespace ttx::io {
namespace {

using testing_support::DistrictCopy;

/// Two villages per town, positioned at the town, with `population` people each.
std::string two_per_town(const world::World& w, long population) {
  std::string csv = "id,town,name,lat,lon,population,provenance\n";
  for (const auto& t : w.towns) {
    for (int k = 0; k < 2; ++k) {
      csv += t.id + "_" + std::to_string(k) + "," + t.id + ",村," + std::to_string(t.lat) + "," + std::to_string(t.lon) +
             "," + std::to_string(population) + ",\"bureau: register 2026\"\n";
    }
  }
  return csv;
}

class ImplausibleVillages : public ::testing::Test {
 protected:
  void SetUp() override {
    shipped_ = load_district(copy_.dir()).world;
    copy_.replace("district.yaml", "villages: {value: 294", "villages: {value: " + std::to_string(2 * shipped_.towns.size()));
  }
  DistrictLoad import(const std::string& csv) { return load_district(copy_.dir(), VillagesText{"register.csv", csv}); }

  DistrictCopy copy_;
  world::World shipped_;
};

TEST_F(ImplausibleVillages, APlausibleListIsAccepted) {
  const DistrictLoad load = import(two_per_town(shipped_, 1000));
  for (const auto& d : load.diagnostics.list()) ADD_FAILURE() << format(d);
}

TEST_F(ImplausibleVillages, AVillageInParisIsRefusedAtItsCell) {
  std::string csv = two_per_town(shipped_, 1000);
  const std::string row = "changle_1,changle,村,";
  const auto at = csv.find(row);
  csv.replace(at + row.size(), csv.find(",1000,", at) - at - row.size(), "48.8566,2.3522");
  const DistrictLoad load = import(csv);
  ASSERT_EQ(load.diagnostics.size(), 1u) << format(load.diagnostics.list()[0]);
  const Diagnostic& d = load.diagnostics.list()[0];
  EXPECT_EQ(d.file, "register.csv");
  EXPECT_EQ(d.line, 11);
  EXPECT_EQ(d.field, "villages[changle_1].lat");
  EXPECT_EQ(d.message,
            "position 48.8566 N, 2.3522 E lies outside the district's extent (31.77 to 32.15 N, 121.1 to 121.5 E) "
            "widened by 0.1°");
}

TEST_F(ImplausibleVillages, AVillageLargerThanItsTownIsRefusedOnce) {
  std::string csv = two_per_town(shipped_, 1000);
  const std::string row = "changle_1,changle,村,";
  const auto at = csv.find(",1000,", csv.find(row));
  csv.replace(at, 6, ",50000000,");
  const DistrictLoad load = import(csv);
  ASSERT_EQ(load.diagnostics.size(), 1u) << "the town's sum only repeats it";
  EXPECT_EQ(format(load.diagnostics.list()[0]),
            "register.csv:11:42: villages[changle_1].population: 50000000 people, more than its whole town changle "
            "(68101 in towns.yaml)");
}

TEST_F(ImplausibleVillages, VillagesAddingUpFarPastTheirTownAreRefused) {
  const DistrictLoad load = import(two_per_town(shipped_, 45000));  // 90,000 in each town
  bool changle = false;
  for (const auto& d : load.diagnostics.list()) {
    changle |= d.field == "villages[town changle].population" &&
               d.message == "the villages of changle add up to 90000 people, the town has 68101 (towns.yaml); at most "
                            "20 % more is accepted";
  }
  EXPECT_TRUE(changle) << (load.diagnostics.size() ? format(load.diagnostics.list()[0]) : "no problem found");
}

TEST(ImplausibleDistrict, ADeletedTownsFileIsReportedAloneNotWithEverythingThatNeedsIt) {
  DistrictCopy copy;
  std::filesystem::remove(copy.path("towns.yaml"));
  const DistrictLoad load = load_district(copy.dir());
  ASSERT_EQ(load.diagnostics.size(), 1u) << format(load.diagnostics.list()[1]);
  const Diagnostic& d = load.diagnostics.list()[0];
  EXPECT_EQ(d.field, "include[0]");
  EXPECT_NE(d.message.find("included file 'towns.yaml' not found in "), std::string::npos) << d.message;
  EXPECT_NE(d.message.find("the checks across files wait until it is there"), std::string::npos);
}

TEST(ImplausibleDistrict, ADistrictPathThatIsAFileSaysSo) {
  DistrictCopy copy;
  const DistrictLoad load = load_district(copy.path("towns.yaml"));
  ASSERT_EQ(load.diagnostics.size(), 1u);
  EXPECT_EQ(load.diagnostics.list()[0].message,
            "is a file, not a district: give the district's folder or its district.yaml");
}

TEST(ImplausibleDistrict, ALongIdIsEchoedCutToOneLine) {
  DistrictCopy copy;
  const std::string huge(1 << 20, 'x');
  copy.replace("teams.csv", ",changle,", "," + huge + ",");
  const DistrictLoad load = load_district(copy.dir());
  ASSERT_FALSE(load.ok());
  for (const auto& d : load.diagnostics.list()) {
    EXPECT_LT(format(d).size(), 400u) << format(d).substr(0, 400);
  }
  const std::string first = format(load.diagnostics.list()[0]);
  EXPECT_NE(first.find("unknown town '" + std::string(60, 'x') + "…'"), std::string::npos) << first;
  // A record's own id names the field of every problem in the record.
  copy.replace("teams.csv", "fire_10,", huge + ",");
  copy.replace("towns.yaml", "- id: changle", "- id: " + huge);
  const DistrictLoad ids = load_district(copy.dir());
  ASSERT_FALSE(ids.ok());
  for (const auto& d : ids.diagnostics.list()) EXPECT_LT(format(d).size(), 400u) << format(d).substr(0, 400);
}

TEST(ImplausibleDistrict, ARangeMessageShowsTheRealBounds) {
  DistrictCopy copy;
  copy.replace("district.yaml", "teams: {value: 72,", "teams: {value: 18446744073709551615,");
  const DistrictLoad load = load_district(copy.dir());
  ASSERT_FALSE(load.ok());
  EXPECT_EQ(load.diagnostics.list()[0].message,
            "expected a whole number from 0 to 1000000000, got 1.844674407e+19");
}

}  // namespace
}  // namespace ttx::io
