// End-to-end with fixed seeds: the response behaves as the plans and the stock
// say it should. Each test changes one thing and checks what it buys or costs.
#include <gtest/gtest.h>

#include <algorithm>

#include "../unit/hazard/shipped_world.h"
#include "sim/response/response_model.h"
#include "sim/world/travel_times.h"

namespace ttx::response {
namespace {

using testing_support::shipped_scenario;
using testing_support::shipped_world;
using testing_support::test_flood;

world::ResponseLevel highest_level(const world::World& w, const world::Scenario& s) {
  ResponseModel m(w, s);
  m.advance_until(m.end_s());
  world::ResponseLevel best = kNoResponse;
  for (const auto& c : m.plans().changes()) best = std::min(best, c.to);
  return best;
}

TEST(ResponseScenario, ABiggerFloodRaisesTheLevelHigher) {
  const world::World& w = shipped_world();
  world::Scenario small = test_flood(48, 20, 0.6, 12, false, 7), big = test_flood(48, 20, 2.6, 55, true, 7);
  small.plans = big.plans = {"flood_control", "natural_disaster_relief"};
  const world::ResponseLevel small_level = highest_level(w, small), big_level = highest_level(w, big);
  EXPECT_EQ(big_level, 1) << "a breach of the Yangtze levee starts level I";
  EXPECT_GT(small_level, big_level) << "the small flood stays below the big one's level";
}

// Orders for agreement-reserve items that never got stock by the end.
int agreement_orders_without_stock(const ResponseModel& m) {
  int n = 0;
  const auto& l = m.logistics();
  for (std::size_t k = 0; k < l.orders().size(); ++k) {
    const auto* item = m.world().item(l.orders()[k].item);
    n += item->cls == world::ItemClass::agreement && l.outcomes()[k].granted_s < 0;
  }
  return n;
}

TEST(ResponseScenario, WithoutTheAgreementReserveItsCategoriesRunOut) {
  const auto load = shipped_scenario("earthquake_m6_onshore");
  RunOptions none;
  none.logistics.agreement_reserve = false;
  ResponseModel with(load.district.world, load.scenario), without(load.district.world, load.scenario, 0, none);
  with.advance_until(with.end_s());
  without.advance_until(without.end_s());
  EXPECT_GE(with.logistics().reserve_activated_s(), 0);
  EXPECT_LT(without.logistics().reserve_activated_s(), 0);
  // Every agreement category the towns asked for ran out without the suppliers.
  for (const auto& id : load.district.world.agreement_reserve.item_ids) {
    const auto item = without.logistics().item_index(id);
    ASSERT_TRUE(item);
    bool ordered = false, ran_out = false;
    for (const auto& o : without.logistics().orders()) ordered |= o.item == id;
    for (const auto& s : without.logistics().stockouts()) ran_out |= s.item == *item;
    if (ordered) {
      EXPECT_TRUE(ran_out) << id;
    }
  }
  EXPECT_GT(agreement_orders_without_stock(without), agreement_orders_without_stock(with));
  EXPECT_GT(without.unmet_person_h(), with.unmet_person_h());
}

// When the first relief reached `town`.
std::int64_t first_relief_s(const world::World& w, const world::Scenario& s, const std::string& town) {
  ResponseModel m(w, s);
  m.advance_until(m.end_s());
  return m.towns()[*w.town_index(town)].first_relief_s;
}

TEST(ResponseScenario, CuttingTheRoadsToATownDelaysItsRelief) {
  const auto load = shipped_scenario("earthquake_m6_onshore");
  const world::World& w = load.district.world;
  // Close every road into 四甲镇's centre but its longest: trucks must go round.
  world::World cut = w;
  const auto node = static_cast<std::uint32_t>(cut.roads.find("sijia"));
  const auto& incident = cut.roads.incident(node);
  ASSERT_GE(incident.size(), 2u);
  const std::uint32_t kept = *std::max_element(incident.begin(), incident.end(), [&](auto a, auto b) {
    return cut.roads.edges()[a].length_km < cut.roads.edges()[b].length_km;
  });
  for (const auto e : std::vector<std::uint32_t>(incident)) {
    if (e != kept) cut.roads.set_closed(e, true);
  }
  const auto depot = static_cast<std::uint32_t>(w.roads.find("district_warehouse"));
  ASSERT_GT(world::travel_hours(cut.roads, {depot}, w.transport)(0, node),
            world::travel_hours(w.roads, {depot}, w.transport)(0, node) + 0.1)
      << "the cut lengthens the drive";
  const std::int64_t before = first_relief_s(w, load.scenario, "sijia"), after = first_relief_s(cut, load.scenario, "sijia");
  ASSERT_GE(before, 0);
  ASSERT_GE(after, 0);
  EXPECT_GT(after, before);
}

// Mean hours from request to delivery of the first day's orders that found their
// stock at once (the same orders in every run: they follow the reports alone, and
// the trucks do not change what is in stock); undelivered ones count until the end.
double mean_delivery_h(const ResponseModel& m) {
  const auto& l = m.logistics();
  double sum = 0;
  int n = 0;
  for (std::size_t k = 0; k < l.orders().size(); ++k) {
    if (l.orders()[k].at_s >= 24 * 3600 || l.outcomes()[k].granted_s != l.orders()[k].at_s) continue;
    const std::int64_t done = l.outcomes()[k].delivered_s >= 0 ? l.outcomes()[k].delivered_s : m.end_s();
    sum += static_cast<double>(done - l.orders()[k].at_s) / 3600.0;
    ++n;
  }
  return n ? sum / n : 0;
}

TEST(ResponseScenario, DoublingScarceTrucksShortensDelivery) {
  // 1 truck, then 2 (the shipped 18 are limited by the warehouse's loading bays
  // instead: see the logistics tests).
  const auto load = shipped_scenario("earthquake_m6_onshore");
  RunOptions few, twice;
  few.logistics.truck_factor = 1.0 / 18.0;
  twice.logistics.truck_factor = 2.0 / 18.0;
  ResponseModel a(load.district.world, load.scenario, 0, few), b(load.district.world, load.scenario, 0, twice);
  a.advance_until(a.end_s());
  b.advance_until(b.end_s());
  EXPECT_GT(mean_delivery_h(a), 0);
  EXPECT_LT(mean_delivery_h(b), mean_delivery_h(a) * 0.9);
}

TEST(ResponseScenario, WithTheShippedFleetMoreLoadingBaysBuyWhatMoreTrucksDoNot) {
  const auto load = shipped_scenario("earthquake_m6_onshore");
  RunOptions trucks, bays;
  trucks.logistics.truck_factor = 2.0;
  bays.logistics.loading_bays = 4;
  ResponseModel base(load.district.world, load.scenario), more_trucks(load.district.world, load.scenario, 0, trucks),
      more_bays(load.district.world, load.scenario, 0, bays);
  for (auto* m : {&base, &more_trucks, &more_bays}) m->advance_until(m->end_s());
  EXPECT_NEAR(mean_delivery_h(more_trucks), mean_delivery_h(base), 0.05 * mean_delivery_h(base));
  EXPECT_LT(mean_delivery_h(more_bays), 0.9 * mean_delivery_h(base));
}

TEST(ResponseScenario, MoreStockInTheWarehouseMeetsMoreNeed) {
  const auto load = shipped_scenario("earthquake_m6_onshore");
  RunOptions stock;
  stock.logistics.stock_factor = 3.0;
  ResponseModel base(load.district.world, load.scenario), more(load.district.world, load.scenario, 0, stock);
  base.advance_until(base.end_s());
  more.advance_until(more.end_s());
  double supplied_base = 0, supplied_more = 0;
  for (const auto& t : base.towns()) supplied_base += t.supplied;
  for (const auto& t : more.towns()) supplied_more += t.supplied;
  EXPECT_GT(supplied_more, supplied_base);
  EXPECT_LT(more.unmet_person_h(), base.unmet_person_h());
}

}  // namespace
}  // namespace ttx::response
