// What a careless or hurried user types is refused where it is parsed, with a
// message naming the option and what it allows; what it allows runs.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>

#include "../unit/io/district_copy.h"
#include "run_ttx.h"

namespace {

namespace fs = std::filesystem;
using ttx::testing_support::CommandResult;
using ttx::testing_support::DistrictCopy;
using ttx::testing_support::run_ttx;

const std::string kFlood = std::string(TTX_SOURCE_DIR) + "/scenarios/flood_typhoon_breach.yaml";

std::string shipped(const std::string& name) {
  std::ifstream in(std::string(TTX_SOURCE_DIR) + "/scenarios/" + name + ".yaml", std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

/// A file of this test's own in the temporary folder.
fs::path temp_file(const std::string& suffix) {
  return fs::path(::testing::TempDir()) /
         ("ttx_inputs_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) + "_" +
          std::to_string(::getpid()) + suffix);
}

void expect_refused(const std::string& args, const std::string& message) {
  const CommandResult r = run_ttx(args);
  EXPECT_EQ(r.status, 2) << args << "\n" << r.out;
  EXPECT_NE(r.out.find(message), std::string::npos) << args << "\n" << r.out;
  EXPECT_EQ(r.out.find("timeline"), std::string::npos) << "nothing ran: " << args;
}

TEST(TtxInputs, AnUnknownCommandIsNamedWithTheValidOnes) {
  expect_refused("frobnicate",
                 "ttx: unknown command 'frobnicate'; the commands are bench, validate, import, export, hazard, run, batch, merge, play or drills");
  expect_refused("vaildate scenarios/haimen", "unknown command 'vaildate' (did you mean 'validate'?)");
  expect_refused("bench mcc", "ttx bench: unknown command 'mcc' (did you mean 'mmc'?); the commands are mmc or all");
  expect_refused("import vilages x.csv", "the commands are villages or worklist");
}

TEST(TtxInputs, WhatIfFactorsMustBeNumbersInRange) {
  expect_refused("run " + kFlood + " --trucks nan", "--trucks: expected a number from 0 to 100, got 'nan' (not a number)");
  expect_refused("run " + kFlood + " --trucks abc", "--trucks: expected a number from 0 to 100, got 'abc' (not a number)");
  expect_refused("run " + kFlood + " --trucks inf", "--trucks: expected a number from 0 to 100, got 'inf' (out of range)");
  expect_refused("run " + kFlood + " --trucks -1", "--trucks: expected a number from 0 to 100, got '-1'");
  expect_refused("run " + kFlood + " --stock nan", "--stock: expected a number from 0 to 1000, got 'nan' (not a number)");
  expect_refused("run " + kFlood + " --bays 2.5", "--bays: expected a whole number from 1 to 100, got '2.5' (not a whole number)");
}

TEST(TtxInputs, AWhatIfThatLeavesNoTruckSaysSoInTheHeader) {
  for (const char* factor : {"0", "0.01"}) {
    const CommandResult r = run_ttx("run " + kFlood + " --lang en --until T+06:00 --trucks " + factor);
    ASSERT_EQ(r.status, 0) << r.out;
    const std::string header = r.out.substr(0, r.out.find("timeline"));
    EXPECT_NE(header.find("WARNING: this what-if leaves no truck: no relief can leave the warehouse by road"),
              std::string::npos)
        << header;
  }
  const CommandResult zh = run_ttx("run " + kFlood + " --lang zh --until T+06:00 --trucks 0");
  EXPECT_NE(zh.out.substr(0, zh.out.find("时间线")).find("警告：此假设下没有卡车，救灾物资无法经公路运出仓库"),
            std::string::npos)
      << zh.out.substr(0, 400);
  const CommandResult two = run_ttx("run " + kFlood + " --lang en --until T+06:00 --trucks 0.1");
  EXPECT_EQ(two.out.find("WARNING"), std::string::npos) << "0.1 of 18 trucks still leaves two";
  const CommandResult empty = run_ttx("run " + kFlood + " --lang en --until T+06:00 --stock 1e-300");
  ASSERT_EQ(empty.status, 0) << empty.out;
  EXPECT_NE(empty.out.substr(0, empty.out.find("timeline"))
                .find("WARNING: this what-if leaves the warehouse empty: relief comes only from outside it"),
            std::string::npos)
      << empty.out.substr(0, 400);
}

TEST(TtxInputs, WholeNumberOptionsRefuseNegativesAndTheRhoItsRange) {
  expect_refused("run " + kFlood + " --replication -1",
                 "--replication: expected a whole number from 0 to 1000000000, got '-1'");
  expect_refused("hazard " + kFlood + " --replication 1.5", "--replication: expected a whole number");
  expect_refused("bench mmc --seed -1", "--seed: expected a whole number from 0 to 9000000000000000, got '-1'");
  expect_refused("bench mmc --rho 1e-300", "--rho: expected a number from 0.01 to below 1, got '1e-300'");
  expect_refused("bench mmc --rho 1", "--rho: expected a number from 0.01 to below 1, got '1'");
  expect_refused("bench mmc --incidents 0", "--incidents: expected a whole number from 1 to 1000000000000, got '0'");
}

TEST(TtxInputs, UntilRefusesTheEmptyAndTheBareTimeWithAHint) {
  expect_refused("run " + kFlood + " --until ''", "--until: empty; give a time after the start like T+24:00");
  expect_refused("run " + kFlood + " --until 25:00",
                 "--until: '25:00' is ambiguous: write T+25:00 for that long after the start");
  expect_refused("hazard " + kFlood + " --at 06:00", "--at: '06:00' is ambiguous: write T+06:00");
  std::string text = shipped("flood_typhoon_breach");
  const std::size_t start = text.find("  start: ");
  ASSERT_NE(start, std::string::npos);
  text.erase(start, text.find('\n', start) + 1 - start);
  const fs::path copy = temp_file(".yaml");
  std::ofstream(copy, std::ios::binary) << text;
  expect_refused("run " + copy.string() + " --until '2026-07-25 08:00'",
                 "--until: the scenario has no start date (scenario.start), so a date and time cannot be placed");
  fs::remove(copy);
}

TEST(TtxInputs, UntilTakesACalendarTimeFromTheScenariosStart) {
  const std::string json = temp_file(".json").string();
  auto r = ttx::testing_support::run_ttx_json("run " + kFlood + " --until '2026-07-25 08:00'", json);
  ASSERT_EQ(r.result.status, 0) << r.result.out;
  EXPECT_EQ(r.j["scenario"]["start"], "2026-07-24 20:00");
  EXPECT_EQ(r.j["scenario"]["ended_h"], 12.0);
  EXPECT_EQ(r.j["scenario"]["ended_at"], "2026-07-25 08:00");
  r = ttx::testing_support::run_ttx_json("run " + kFlood + " --until 2026-07-25T08:00", json);
  EXPECT_EQ(r.j["scenario"]["ended_h"], 12.0);
  expect_refused("run " + kFlood + " --until '2026-07-24 19:59'",
                 "--until: '2026-07-24 19:59' is before the scenario starts (2026-07-24 20:00)");
  expect_refused("run " + kFlood + " --until 12:00",
                 "write T+12:00 for that long after the start, or a date and time like 2026-07-25 20:00");
  expect_refused("run " + kFlood + " --until '2026-02-30 08:00'", "--until: expected a time after the start");
}

TEST(TtxInputs, AScenarioCopiedElsewhereFindsTheProjectsDistrict) {
  const fs::path copy = temp_file(".yaml");
  std::ofstream(copy, std::ios::binary) << shipped("drill_incidents");
  CommandResult r = run_ttx("validate " + copy.string());
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("scenario drill_incidents"), std::string::npos) << r.out;
  std::string text = shipped("drill_incidents");
  text.replace(text.find("district: haimen"), 16, "district: haimenn");
  std::ofstream(copy, std::ios::binary | std::ios::trunc) << text;
  r = run_ttx("validate " + copy.string());
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find(copy.string() + ":11:13: scenario.district: district 'haimenn' not found; looked in " +
                       (copy.parent_path() / "haimenn").string() + ", scenarios/haimenn, " + TTX_SOURCE_DIR +
                       "/scenarios/haimenn"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("1 problem found"), std::string::npos) << r.out;
  fs::remove(copy);
}

TEST(TtxInputs, ADistrictPathThatIsAFileSaysSo) {
  DistrictCopy copy;
  const CommandResult r = run_ttx("validate " + copy.path("teams.csv").string());
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find("teams.csv: is a file, not a district: give the district's folder or its district.yaml"),
            std::string::npos)
      << r.out;
  const CommandResult towns = run_ttx("validate " + copy.path("towns.yaml").string());
  EXPECT_EQ(towns.status, 1) << towns.out;
  EXPECT_NE(towns.out.find("towns.yaml: is a file, not a district"), std::string::npos) << towns.out;
  EXPECT_NE(towns.out.find("1 problem found"), std::string::npos) << towns.out;
}

/// The shipped district's villages as a bureau would list them, ids prefixed with `prefix`.
std::string bureau_list(const std::string& prefix) {
  std::string csv = "id,town,name,lat,lon,population,provenance\n";
  const CommandResult list =
      run_ttx("hazard " + std::string(TTX_SOURCE_DIR) + "/scenarios/earthquake_m6_onshore.yaml --csv");
  std::istringstream rows(list.out);
  std::string row;
  std::getline(rows, row);  // village,town,name,lat,lon,population,...
  while (std::getline(rows, row)) {
    std::istringstream cells(row);
    std::string id, town, name, lat, lon, population;
    std::getline(cells, id, ','), std::getline(cells, town, ','), std::getline(cells, name, ',');
    std::getline(cells, lat, ','), std::getline(cells, lon, ','), std::getline(cells, population, ',');
    csv += prefix + id + "," + town + "," + name + "," + lat + "," + lon + "," + population + ",\"bureau: register 2026\"\n";
  }
  return csv;
}

TEST(TtxInputs, AnImportOntoAFolderSaysSoAndReplacesNothing) {
  DistrictCopy copy;
  const fs::path csv = temp_file(".csv");
  std::ofstream(csv, std::ios::binary) << bureau_list("b_");
  fs::create_directories(copy.path("villages.csv") / "keep");
  const CommandResult r = run_ttx("import villages " + csv.string() + " --district " + copy.dir().string());
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find("villages.csv': it is a folder, not a file; nothing imported"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("Success"), std::string::npos) << r.out;
  EXPECT_TRUE(fs::is_directory(copy.path("villages.csv") / "keep"));
  fs::remove(csv);
}

TEST(TtxInputs, TwoImportsAtOnceEachInstallAWholeList) {
  DistrictCopy copy;
  const fs::path a = temp_file("_a.csv"), b = temp_file("_b.csv");
  const std::string list_a = bureau_list("a_"), list_b = bureau_list("b_");
  std::ofstream(a, std::ios::binary) << list_a;
  std::ofstream(b, std::ios::binary) << list_b;
  for (int round = 0; round < 3; ++round) {
    CommandResult ra, rb;
    std::thread ta([&] { ra = run_ttx("import villages " + a.string() + " --district " + copy.dir().string()); });
    std::thread tb([&] { rb = run_ttx("import villages " + b.string() + " --district " + copy.dir().string()); });
    ta.join();
    tb.join();
    EXPECT_EQ(ra.status, 0) << ra.out;
    EXPECT_EQ(rb.status, 0) << rb.out;
    const std::string installed = copy.read("villages.csv");
    EXPECT_TRUE(installed == list_a || installed == list_b) << installed.substr(0, 200);
  }
  for (const auto& e : fs::directory_iterator(copy.dir())) {
    EXPECT_EQ(e.path().filename().string().rfind(".villages.csv", 0), std::string::npos) << "left behind: " << e.path();
  }
  fs::remove(a);
  fs::remove(b);
}

}  // namespace
