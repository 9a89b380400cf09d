// The ready-made town drills: every unit of towns.yaml × the three hazards, each
// loads with its district and plays through the response with its MSEL.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <set>

#include "sim/io/drill_list.h"
#include "sim/io/scenario_loader.h"
#include "sim/response/response_model.h"
#include "sim/score/run_summary.h"

namespace ttx {
namespace {

const std::filesystem::path kDrills = std::filesystem::path(TTX_SOURCE_DIR) / "scenarios" / "drills";

TEST(TownDrills, EveryTownHasADrillForEachHazard) {
  const io::DrillList list = io::list_drills(kDrills);
  EXPECT_TRUE(list.diagnostics.empty());
  const io::DistrictLoad district = io::load_district(std::filesystem::path(TTX_SOURCE_DIR) / "scenarios" / "haimen");
  std::set<std::pair<std::string, std::string>> have;
  for (const auto& d : list.drills) {
    have.insert({d.town, d.hazard});
    EXPECT_GT(d.expected, 0u) << d.path;
    EXPECT_FALSE(d.exercises.empty()) << d.path << " says what it exercises";
  }
  for (const auto& t : district.world.towns) {
    for (const char* h : {"flood", "earthquake", "freezing_rain"}) EXPECT_TRUE(have.count({t.id, h})) << t.id << " " << h;
  }
  EXPECT_EQ(list.drills.size(), 3 * district.world.towns.size());
}

class TownDrill : public ::testing::TestWithParam<std::string> {};

// Each drill validates with its district and runs a few hours (its first injects);
// one town plays each hazard to the end (below).
TEST_P(TownDrill, ValidatesAndRuns) {
  const io::ScenarioLoad load = io::load_scenario(kDrills / GetParam());
  for (const auto& d : load.district.diagnostics.list()) ADD_FAILURE() << io::format(d);
  ASSERT_TRUE(load.ok());
  response::ResponseModel m(load.district.world, load.scenario);
  const auto summary = score::run_and_summarise(m, 3 * 3600);
  EXPECT_EQ(summary.expected_actions.size(), [&] {
    std::size_t n = 0;
    for (const auto& in : load.scenario.injects) n += in.has_expected;
    return n;
  }());
}

std::vector<std::string> drill_files() {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(kDrills)) out.push_back(e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

INSTANTIATE_TEST_SUITE_P(All, TownDrill, ::testing::ValuesIn(drill_files()), [](const auto& info) {
  std::string name = info.param.substr(0, info.param.find('.'));
  return name;
});

TEST(TownDrills, OneTownPlaysEachHazardToTheEndAndTheMselIsScored) {
  for (const char* file : {"sijia_flood.yaml", "changle_earthquake.yaml", "haiyong_freezing.yaml"}) {
    const io::ScenarioLoad load = io::load_scenario(kDrills / file);
    ASSERT_TRUE(load.ok()) << file;
    response::ResponseModel m(load.district.world, load.scenario);
    const auto s = score::run_and_summarise(m, m.end_s());
    EXPECT_EQ(s.ended_h, load.scenario.duration_h) << file;
    int delivered = 0;
    for (const auto& x : s.expected_actions) delivered += x.delivered_h >= 0;
    EXPECT_GE(delivered, 3) << file;
    EXPECT_FALSE(s.objectives.empty()) << file;
  }
}

// A drill plays the town's own stock first; what the district warehouse (even in the
// drill's own town) or another town's depot sends is district support, loaded no
// sooner than the drill's support delay after the town asked.
TEST(TownDrills, StockFromOutsideTheTownComesAsSupportAfterItsDelay) {
  for (const char* file : {"sijia_flood.yaml", "changle_earthquake.yaml", "haimen_jd_flood.yaml"}) {
    io::ScenarioLoad load = io::load_scenario(kDrills / file);
    ASSERT_TRUE(load.ok()) << file;
    const auto& w = load.district.world;
    const auto delay_s = static_cast<std::int64_t>(std::llround(load.scenario.drill_support_delay_h * 3600));
    ASSERT_GT(delay_s, 0) << file;
    // The earliest an order from outside the town is loaded, after it was asked for; -1 none.
    const auto earliest_outside_load = [&](const world::Scenario& scenario) {
      response::ResponseModel m(w, scenario);
      m.advance_until(m.end_s());
      const auto& l = m.logistics();
      std::int64_t earliest = -1;
      for (std::size_t k = 0; k < l.orders().size(); ++k) {
        const auto d = l.order_depot(k);
        const auto& depot = w.depots[static_cast<std::size_t>(d < 0 ? 0 : d)];
        const bool support = depot.id == "district_warehouse" || depot.town != scenario.drill_town;
        if (d < 0 || l.outcomes()[k].loaded_s < 0 || !support) continue;
        const std::int64_t after = l.outcomes()[k].loaded_s - l.orders()[l.root(k)].at_s;
        if (earliest < 0 || after < earliest) earliest = after;
      }
      return earliest;
    };
    const std::int64_t with_delay = earliest_outside_load(load.scenario);
    ASSERT_GE(with_delay, 0) << file << ": the district sends support";
    EXPECT_GE(with_delay, delay_s) << file;
    world::Scenario at_once = load.scenario;
    at_once.drill_support_delay_h = 0;
    EXPECT_LT(earliest_outside_load(at_once), delay_s) << file << ": without the delay it would come sooner";

    // Meanwhile relief says it waits for the district's support, and no longer once every
    // order's delay is over.
    const auto support_h = [&](const world::Scenario& scenario) {
      response::ResponseModel m(w, scenario);
      const score::RunSummary s = score::run_and_summarise(m, m.end_s());
      const auto& l = m.logistics();
      std::vector<std::int64_t> last_order(w.towns.size(), -1);
      for (const auto& o : l.orders()) last_order[o.town] = std::max(last_order[o.town], o.at_s);
      for (std::uint32_t t = 0; t < w.towns.size(); ++t) {
        if (last_order[t] >= 0 && last_order[t] + delay_s < m.end_s()) {
          EXPECT_NE(m.waiting_because(t), response::WaitReason::support) << file << ": " << w.towns[t].id;
        }
      }
      double h = 0;
      for (const auto& t : s.towns) h += t.waiting_h[static_cast<std::size_t>(response::WaitReason::support)];
      return h;
    };
    EXPECT_GT(support_h(load.scenario), 0.5) << file << ": hours the town's relief waited for the district's support";
    EXPECT_EQ(support_h(at_once), 0) << file;
  }
}

}  // namespace
}  // namespace ttx
