#include "sim/io/scenario_loader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace ttx::io {
namespace {

const std::string kShipped = std::string(TTX_SOURCE_DIR) + "/scenarios/drill_incidents.yaml";

TEST(ScenarioLoad, ShippedDrillLoadsWithItsDistrict) {
  const ScenarioLoad load = load_scenario(kShipped);
  for (const auto& d : load.district.diagnostics.list()) ADD_FAILURE() << format(d);
  EXPECT_TRUE(is_scenario_file(kShipped));
  EXPECT_FALSE(is_scenario_file(std::string(TTX_SOURCE_DIR) + "/scenarios/haimen/district.yaml"));
  const world::Scenario& s = load.scenario;
  EXPECT_EQ(s.id, "drill_incidents");
  EXPECT_EQ(s.hazard_type, "incidents");
  ASSERT_TRUE(std::holds_alternative<world::IncidentParams>(s.hazard));
  EXPECT_DOUBLE_EQ(std::get<world::IncidentParams>(s.hazard).incidents_per_h, 2.0);
  EXPECT_EQ(s.plans, std::vector<std::string>{"natural_disaster_relief"});
  ASSERT_EQ(s.injects.size(), 2u);
  EXPECT_EQ(s.injects[1].at_s, 3 * 3600);
  EXPECT_EQ(s.seed, 20260701u);
  EXPECT_EQ(load.district.world.teams.size(), 72u);
}

class BrokenScenario : public ::testing::Test {
 protected:
  std::filesystem::path write(const std::string& from, const std::string& to, const std::string& file = kShipped) {
    std::ifstream in(file);
    std::stringstream buf;
    buf << in.rdbuf();
    std::string text = buf.str();
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) text.replace(at, from.size(), to);
    // In a temporary folder, with the district named by its absolute path.
    const std::string rel = "district: haimen";
    if (const auto d = text.find(rel); d != std::string::npos) {
      text.replace(d, rel.size(), "district: " + std::string(TTX_SOURCE_DIR) + "/scenarios/haimen");
    }
    const auto path = std::filesystem::path(::testing::TempDir()) /
                      (std::string("ttx_scenario_") + ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".yaml");
    std::ofstream(path) << text;
    written_ = path;
    return path;
  }
  void TearDown() override { std::filesystem::remove(written_); }

  static bool has(const ScenarioLoad& l, const std::string& field, const std::string& message) {
    for (const auto& d : l.district.diagnostics.list()) {
      if (d.field == field && d.message.find(message) != std::string::npos && d.line > 0) return true;
    }
    return false;
  }

  std::filesystem::path written_;
};

TEST_F(BrokenScenario, UnknownPlanIsNamedWithASuggestion) {
  const auto l = load_scenario(write("plans: [natural_disaster_relief]", "plans: [natural_disaster_releif]"));
  EXPECT_TRUE(has(l, "scenario.plans", "unknown plan 'natural_disaster_releif' (did you mean 'natural_disaster_relief'?)"));
}

const std::string kFlood = std::string(TTX_SOURCE_DIR) + "/scenarios/flood_typhoon_breach.yaml";
const std::string kBreachAt = "at_h: {dist: triangular, min: 18, mode: 22, max: 30,";

TEST_F(BrokenScenario, DistributionsReadWithTheirNominalValue) {
  const auto l = load_scenario(kFlood);
  for (const auto& d : l.district.diagnostics.list()) ADD_FAILURE() << format(d);
  const auto& p = std::get<world::FloodParams>(l.scenario.hazard);
  EXPECT_EQ(p.breach_at_h, 22) << "the mode";
  bool breach_listed = false;
  for (const auto& s : l.scenario.hazard_spread) {
    EXPECT_FALSE(s.dist.source.empty()) << s.field;
    breach_listed |= s.field == "breach.at_h" && s.dist.min == 18 && s.dist.max == 30;
  }
  EXPECT_TRUE(breach_listed);
}

TEST_F(BrokenScenario, DistributionProblemsNameFileLineAndField) {
  struct Case {
    std::string to, field, message;
  };
  const std::vector<Case> cases = {
      {"at_h: {dist: triangluar, min: 18, mode: 22, max: 30,", "hazard.breach.at_h.dist", "did you mean 'triangular'"},
      {"at_h: {dist: triangular, min: 18, mode: 31, max: 30,", "hazard.breach.at_h.mode", "min <= mode <= max"},
      {"at_h: {dist: uniform, min: 30, max: 18,", "hazard.breach.at_h.max", "min <= max"},
      {"at_h: {dist: normal, mean: 22, sd: -1,", "hazard.breach.at_h.sd", ""},
      {"at_h: {dist: uniform, min: -5, max: 30,", "hazard.breach.at_h.min", ""},
      {"at_h: {dist: choice, values: [20, 22], weights: [1],", "hazard.breach.at_h.weights", "one per value"},
      {"at_h: {dist: triangular, min: 18, mode: 22, max: 30, sd: 1,", "hazard.breach.at_h.sd", "unknown"},
  };
  for (const auto& c : cases) {
    const auto l = load_scenario(write(kBreachAt, c.to, kFlood));
    EXPECT_TRUE(has(l, c.field, c.message)) << c.to;
    for (const auto& d : l.district.diagnostics.list()) EXPECT_EQ(d.file.find("ttx_scenario_") != std::string::npos, true) << format(d);
  }
  const auto no_source = load_scenario(write(kBreachAt + " source:", kBreachAt + " note:", kFlood));
  EXPECT_TRUE(has(no_source, "hazard.breach.at_h.source", "missing"));
  // A form it does not know is the one problem: its keys are not reported as unknown too.
  const auto unknown_form = load_scenario(write(kBreachAt, "at_h: {dist: triangle, min: 18, mode: 22, max: 30,", kFlood));
  EXPECT_EQ(unknown_form.district.diagnostics.size(), 1u);
}

TEST_F(BrokenScenario, UnknownHazardType) {
  const auto l = load_scenario(write("type: incidents", "type: flod"));
  EXPECT_TRUE(has(l, "hazard.type", "unknown hazard 'flod' (did you mean 'flood'?)"));
}

TEST_F(BrokenScenario, HazardFigureWithoutProvenance) {
  const auto l = load_scenario(write("incidents_per_h: {value: 2, assumed: \"a busy duty day for a drill; not a district statistic\"}",
                                     "incidents_per_h: 2"));
  EXPECT_TRUE(has(l, "hazard.incidents_per_h", "missing provenance"));
}

TEST_F(BrokenScenario, InjectAfterTheEndOrMalformed) {
  auto l = load_scenario(write("at: \"T+03:00\"", "at: \"T+30:00\""));
  EXPECT_TRUE(has(l, "msel[2].at", "after the end of the scenario"));
  l = load_scenario(write("at: \"T+03:00\"", "at: \"three o'clock\""));
  EXPECT_TRUE(has(l, "msel[2].at", "expected a time like T+02:30"));
}

TEST_F(BrokenScenario, MissingDistrictFolder) {
  const auto l = load_scenario(write("district: haimen", "district: haimenn"));
  EXPECT_FALSE(l.ok());
}

}  // namespace
}  // namespace ttx::io
