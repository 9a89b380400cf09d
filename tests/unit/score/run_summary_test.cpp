// The summary of a run: its figures agree with each other and with the model, the
// relief-in-time count on a hand-made town, and its fingerprint.
#include "sim/score/run_summary.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "../hazard/shipped_world.h"
#include "sim/io/run_json.h"

namespace ttx::score {
namespace {

using testing_support::shipped_scenario;

TEST(ReliefWithinTarget, EachSupplyServesTheLongestWaitingFirst) {
  response::TownState t;
  t.displaced_at = {{0, 100}, {5 * 3600, 100}};
  t.supplied_at = {{8 * 3600, 150}, {20 * 3600, 50}};
  // By hand: at 8 h the first 100 (waited 8 h) and 50 of the second group (3 h) are
  // supplied, all within 10 h; at 20 h the last 50 have waited 15 h: late.
  EXPECT_DOUBLE_EQ(relief_within_target(t, 10), 150);
  EXPECT_DOUBLE_EQ(relief_within_target(t, 15), 200);
  EXPECT_DOUBLE_EQ(relief_within_target(t, 7), 50);
  EXPECT_DOUBLE_EQ(relief_within_target(t, -1), 0) << "no target in the plans";
}

struct FloodRun {
  io::ScenarioLoad load = shipped_scenario("flood_typhoon_breach");
  RunSummary run(std::uint64_t replication = 0) {
    response::ResponseModel m(load.district.world, load.scenario, replication);
    return run_and_summarise(m, m.end_s());
  }
};

TEST(RunSummary, TheFiguresOfTheFloodAgreeWithEachOtherAndWithTheModel) {
  FloodRun f;
  response::ResponseModel m(f.load.district.world, f.load.scenario);
  const RunSummary s = run_and_summarise(m, m.end_s());
  EXPECT_EQ(s.ended_h, 72);
  EXPECT_EQ(s.relief_target_h, 10) << "plans: basic living relief within 10 h";
  ASSERT_EQ(s.series.size(), 73u) << "hourly from T+0 to T+72";
  for (std::size_t k = 0; k < s.series.size(); ++k) EXPECT_EQ(s.series[k].at_h, static_cast<double>(k));
  EXPECT_EQ(s.series.back().rescued_alive, s.district.rescued_alive);
  const DistrictFigures& d = s.district;
  EXPECT_GT(d.displaced, 1000);
  EXPECT_NEAR(d.trapped, d.rescued_alive + d.rescued_dead + d.died_waiting + d.still_trapped, 1e-6);
  EXPECT_LE(d.supplied, d.displaced + 1e-6);
  EXPECT_LE(d.relief_within_target, d.supplied + 1e-6);
  EXPECT_GT(d.relief_within_target, 0);
  EXPECT_LE(d.unit_hours_worked, d.unit_hours_on_duty);
  double displaced = 0;
  for (const auto& t : s.towns) displaced += t.displaced;
  EXPECT_NEAR(displaced, d.displaced, 1e-6);
  ASSERT_FALSE(s.categories.empty());
  for (const auto& c : s.categories) {
    EXPECT_LE(c.delivered, c.granted) << c.id;
    EXPECT_LE(c.granted, c.requested) << c.id;
    if (c.first_delivery_h >= 0) {
      EXPECT_GE(c.first_delivery_h, c.first_load_h) << c.id << ": no delivery before its load";
    }
    if (c.request_to_delivery_p90_h >= 0) {
      EXPECT_GE(c.request_to_delivery_p90_h, c.request_to_delivery_p50_h) << c.id;
    }
  }
  bool flood_control_i = false;
  for (const auto& l : s.levels) flood_control_i |= l.plan == "flood_control" && l.level == 1;
  EXPECT_TRUE(flood_control_i) << "the Yangtze breach starts flood control level I";
}

TEST(RunSummary, TheFingerprintIsStableAndAnotherReplicationChangesIt) {
  FloodRun f;
  const RunSummary a = f.run(0), b = f.run(0), c = f.run(1);
  EXPECT_EQ(a.fingerprint, b.fingerprint);
  EXPECT_NE(a.fingerprint, c.fingerprint);
}

TEST(RunJson, CarriesTheDocumentedKeys) {
  FloodRun f;
  const RunSummary s = f.run();
  const Scorecard card = score(s, f.load.district.world.scoring);
  const auto j = nlohmann::json::parse(io::run_json(s, card));
  for (const char* key : {"trapped", "rescued_alive", "rescued_dead", "died_waiting", "still_trapped", "missing", "killed",
                          "injured_serious", "treated_in_time", "displaced", "evacuated_before_impact", "sheltered",
                          "supplied", "unmet_person_h", "unit_hours_worked", "unit_hours_on_duty", "spans_down",
                          "spans_restored"}) {
    EXPECT_TRUE(j["summary"].contains(key)) << key;
  }
  ASSERT_EQ(j["towns"].size(), 12u);
  for (const char* key : {"id", "name_zh", "first_unit_h", "first_relief_h", "displaced", "sheltered", "supplied",
                          "relief_within_target_share"}) {
    EXPECT_TRUE(j["towns"][0].contains(key)) << key;
  }
  ASSERT_FALSE(j["categories"].empty());
  for (const char* key : {"id", "first_load_h", "first_delivery_h", "ran_out_h"}) EXPECT_TRUE(j["categories"][0].contains(key)) << key;
  for (const char* part : {"life_safety", "timeliness", "sufficiency", "compliance", "efficiency"}) {
    ASSERT_TRUE(j["scorecard"].contains(part)) << part;
    EXPECT_GE(j["scorecard"][part]["score"].get<double>(), 0);
    EXPECT_LE(j["scorecard"][part]["score"].get<double>(), 100);
  }
  ASSERT_EQ(j["series"].size(), 73u);
  for (const char* key : {"still_trapped", "rescued_alive", "units_on_task", "supplied"}) EXPECT_TRUE(j["series"][0].contains(key)) << key;
  EXPECT_EQ(j["fingerprint"].get<std::string>().size(), 16u);
  EXPECT_EQ(j["summary"]["displaced"].get<double>(), s.district.displaced);
  EXPECT_TRUE(j["towns"][0]["first_relief_h"].is_null() || j["towns"][0]["first_relief_h"].is_number());
}

}  // namespace
}  // namespace ttx::score
