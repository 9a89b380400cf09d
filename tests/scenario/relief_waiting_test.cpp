// A logistics that never stalls silently: on the shipped scenarios and on constructed
// cases (a town cut off, the stock too small, one truck), every hour a town's relief
// waits has its reason, and the stock table never contradicts itself.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>

#include "../unit/hazard/shipped_world.h"
#include "sim/response/response_model.h"
#include "sim/score/run_summary.h"

namespace ttx::response {
namespace {

using testing_support::shipped_scenario;

double waited(const score::TownFigures& t, WaitReason r) { return t.waiting_h[static_cast<std::size_t>(r)]; }

double held_up_h(const score::TownFigures& t) {
  return waited(t, WaitReason::no_stock) + waited(t, WaitReason::no_truck) + waited(t, WaitReason::no_bay) +
         waited(t, WaitReason::no_road);
}

// Longest a depot may take to acknowledge, pick and load one truck (the largest, full).
double longest_loading_h(const world::World& w) {
  double truck_t = 0, h = 0;
  for (const auto& v : w.transport.vehicles) truck_t = std::max(truck_t, v.capacity_t);
  for (const auto& d : w.depots) {
    truck_t = std::max(truck_t, d.vehicles.capacity_t);
    h = std::max(h, d.handling.acknowledge_h + std::max(d.handling.min_pick_load_h, truck_t / 10.0 * d.handling.pick_load_h_per_10t));
  }
  return h;
}

// Every hour is counted once, and an order part that waited to be loaded left its town
// waiting, with a reason held up in logistics, at least that long.
void expect_waits_explained(const ResponseModel& m, const score::RunSummary& s, const std::string& what) {
  const auto& l = m.logistics();
  std::vector<double> longest(s.towns.size(), 0);
  for (std::size_t k = 0; k < l.orders().size(); ++k) {
    const auto& out = l.outcomes()[k];
    const auto town = l.orders()[k].town;
    const std::int64_t placed = l.orders()[l.root(k)].at_s;
    const std::int64_t until = out.loaded_s >= 0 ? out.loaded_s : m.now_s();
    if (town < longest.size()) longest[town] = std::max(longest[town], static_cast<double>(until - placed) / 3600.0);
  }
  const double loading_h = longest_loading_h(m.world());
  for (std::size_t t = 0; t < s.towns.size(); ++t) {
    const auto& town = s.towns[t];
    const double total = std::accumulate(town.waiting_h.begin(), town.waiting_h.end(), 0.0);
    EXPECT_NEAR(total, s.ended_h, 1e-6) << what << ": " << town.id << "'s hours by reason add up to the run";
    EXPECT_GE(held_up_h(town) + 1e-6, longest[t] - loading_h)
        << what << ": an order of " << town.id << " waited " << longest[t] << " h to be loaded with no reason given";
  }
}

// The stock table agrees with itself: nothing delivered before it was loaded, nothing
// "ran out" while stock of it is left unexplained, no order waiting while stock is held.
void expect_stock_table_consistent(const score::RunSummary& s, const std::string& what) {
  for (const auto& c : s.categories) {
    const std::string at = what + ": " + c.id;
    EXPECT_LE(c.delivered, c.granted) << at;
    EXPECT_LE(c.granted, c.requested) << at;
    EXPECT_LE(c.orders_never_granted, c.orders) << at;
    EXPECT_NEAR(c.fill_rate, c.requested > 0 ? static_cast<double>(c.delivered) / static_cast<double>(c.requested) : 1.0, 1e-12) << at;
    EXPECT_GE(c.in_stock_at_end, 0) << at;
    if (c.first_delivery_h >= 0) {
      EXPECT_GE(c.first_load_h, 0) << at << " delivered, never loaded";
      EXPECT_LE(c.first_load_h, c.first_delivery_h) << at;
      EXPECT_LE(c.request_to_load_p50_h, c.request_to_delivery_p50_h + 1e-9) << at << ": delivered before it was loaded";
      EXPECT_LE(c.request_to_delivery_p50_h, c.request_to_delivery_p90_h + 1e-9) << at;
      EXPECT_GE(c.request_to_load_p50_h, 0) << at;
    } else {
      EXPECT_EQ(c.delivered, 0) << at;
      EXPECT_LT(c.request_to_delivery_p50_h, 0) << at;
    }
    if (c.in_stock_at_end > 0) {
      EXPECT_EQ(c.waiting_for_stock_at_end, 0) << at << ": an order waits while " << c.in_stock_at_end << " are in stock";
      if (c.ran_out_h >= 0) {
        EXPECT_GE(c.restocked_h, c.ran_out_h) << at << ": ran out, and " << c.in_stock_at_end << " in stock with no restocking";
      }
    }
    if (c.waiting_for_stock_at_end > 0) {
      EXPECT_GE(c.ran_out_h, 0) << at << ": orders wait for stock that never ran out";
      EXPECT_LT(c.delivered + c.waiting_for_stock_at_end, c.requested + 1) << at;
    }
  }
  EXPECT_LE(s.district.orders_delivered, s.district.orders) << what;
  for (const auto& t : s.towns) {
    EXPECT_LE(t.orders_delivered, t.orders) << what << ": " << t.id;
    EXPECT_EQ(t.orders_delivered > 0, t.request_to_delivery_mean_h >= 0) << what << ": " << t.id;
  }
}

score::RunSummary run(ResponseModel& m, double until_h) { return score::run_and_summarise(m, std::llround(until_h * 3600)); }

TEST(ReliefWaiting, OnTheShippedScenariosEveryWaitHasAReasonAndTheStockTableAgrees) {
  for (const char* name : {"earthquake_m6_onshore", "flood_typhoon_breach", "freezing_rain_2008", "drill_incidents"}) {
    const auto load = shipped_scenario(name);
    ResponseModel m(load.district.world, load.scenario, 0);
    const auto s = run(m, 72);
    expect_waits_explained(m, s, name);
    expect_stock_table_consistent(s, name);
  }
}

TEST(ReliefWaiting, StockTablesAgreeOverReplicationsAndStockWhatIfs) {
  const auto load = shipped_scenario("earthquake_m6_onshore");
  for (const double stock : {0.1, 1.0, 1000.0}) {
    for (std::uint64_t rep : {1u, 2u}) {
      RunOptions o;
      o.logistics.stock_factor = stock;
      ResponseModel m(load.district.world, load.scenario, rep, o);
      const auto s = run(m, 72);
      const std::string what = "stock x" + std::to_string(stock) + ", replication " + std::to_string(rep);
      expect_stock_table_consistent(s, what);
      expect_waits_explained(m, s, what);
    }
  }
}

// Towns displaced people wait "not yet requested" until their first relief round.
TEST(ReliefWaiting, DisplacedPeopleWaitNotYetRequestedUntilTheirTownAsks) {
  const auto load = shipped_scenario("earthquake_m6_onshore");
  ResponseModel m(load.district.world, load.scenario, 0);
  const auto s = run(m, 24);
  bool any = false;
  for (const auto& t : s.towns) {
    if (t.displaced <= 0) continue;
    any = true;
    EXPECT_GT(waited(t, WaitReason::not_requested), 0) << t.id << ": displaced before any request could be sent";
  }
  EXPECT_TRUE(any);
}

TEST(ReliefWaiting, ATownWithEveryRoadCutWaitsForARoadAndOnlyIt) {
  const auto load = shipped_scenario("earthquake_m6_onshore");
  world::World cut = load.district.world;
  const auto node = static_cast<std::uint32_t>(cut.roads.find("sijia"));
  for (const auto e : std::vector<std::uint32_t>(cut.roads.incident(node))) cut.roads.set_closed(e, true);
  ResponseModel m(cut, load.scenario, 0);
  const auto s = run(m, 48);
  const auto sijia = *cut.town_index("sijia");
  ASSERT_GT(s.towns[sijia].orders, 0) << "四甲镇 asks for relief";
  EXPECT_EQ(s.towns[sijia].first_relief_h, -1);
  EXPECT_GT(waited(s.towns[sijia], WaitReason::no_road), 24.0);
  EXPECT_EQ(m.waiting_because(sijia), WaitReason::no_road);
  for (std::size_t t = 0; t < s.towns.size(); ++t) {
    if (t != sijia) {
      EXPECT_EQ(waited(s.towns[t], WaitReason::no_road), 0) << s.towns[t].id;
    }
  }
  EXPECT_TRUE(std::any_of(m.log().begin(), m.log().end(), [&](const LogEntry& e) {
    return e.kind == LogKind::waiting && e.wait == WaitReason::no_road && e.town == static_cast<std::int64_t>(sijia);
  }));
}

}  // namespace
}  // namespace ttx::response
