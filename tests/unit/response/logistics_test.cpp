// Logistics: 拿得出 (is the stock there?) and 调得快 (how fast does it arrive?).
#include "sim/response/logistics.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>
#include <variant>

#include "../hazard/shipped_world.h"
#include "sim/world/travel_times.h"

namespace ttx::response {
namespace {

using testing_support::shipped_world;

std::uint32_t town(const std::string& id) { return *shipped_world().town_index(id); }

double travel_h(const world::RoadNetwork& roads, const std::string& to) {
  const auto m = world::travel_hours(roads, {static_cast<std::uint32_t>(roads.find("district_warehouse"))},
                                     shipped_world().transport);
  return m(0, roads.find(to));
}

TEST(Logistics, AnOrderFromStockIsPickedLoadedAndDrivenToTheTown) {
  const world::World& w = shipped_world();
  const auto r = run_logistics(w, w.roads, {{3600, town("changle"), "relief_quilt", 100}});
  ASSERT_EQ(r.orders.size(), 1u);
  EXPECT_EQ(r.orders[0].granted_s, 3600) << "quilts are in the warehouse";
  // Worked by hand from depots.yaml and items.csv: 100 quilts × 2.5 kg = 0.25 t, picked at
  // 1.5 h per 10 t = 0.0375 h, so the quarter-hour minimum applies: 0.5 h to acknowledge
  // + 0.25 h = 0.75 h = 2,700 s after the order.
  EXPECT_EQ(r.orders[0].loaded_s, 3600 + 2700);
  // The largest truck (medium, 12 t, speed factor 0.9 in vehicles.yaml) drives the
  // shortest road time at 0.9 of the reference speed.
  const double hours = travel_h(w.roads, "changle") / 0.9;
  EXPECT_NEAR(static_cast<double>(r.orders[0].delivered_s - r.orders[0].loaded_s), hours * 3600, 1.0);
  EXPECT_TRUE(r.stockouts.empty());
}

TEST(Logistics, ATownsOrdersShareATruckUpToItsCapacityAndABigOrderIsSplit) {
  const world::World& w = shipped_world();
  // One light truck alone: 0.9 of one rounds to 1 light truck and 0 medium ones.
  const world::VehicleType* light = nullptr;
  for (const auto& v : w.transport.vehicles) {
    if (v.capacity_t > 0 && (light == nullptr || v.capacity_t < light->capacity_t)) light = &v;
  }
  ASSERT_NE(light, nullptr);
  LogisticsOptions one;
  one.truck_factor = 0.9 / light->count;
  // Two small orders for one town, placed while the only truck is out: they go together.
  const std::vector<ReliefOrder> orders{{0, town("sijia"), "relief_quilt", 10},
                                        {60, town("changle"), "relief_quilt", 20},
                                        {120, town("changle"), "relief_family_kit", 20}};
  const auto r = run_logistics(w, w.roads, orders, one);
  ASSERT_GE(r.orders[2].delivered_s, 0);
  EXPECT_EQ(r.orders[1].delivered_s, r.orders[2].delivered_s) << "same truck to 常乐镇";
  EXPECT_GT(r.orders[1].delivered_s, r.orders[0].delivered_s) << "after the truck came back from 四甲镇";
  // An order bigger than the truck goes in two loads, the last part delivered last.
  // By hand from vehicles.yaml and items.csv: a light truck takes 2.5 t and 16 m³, a boat
  // weighs 250 kg and takes 3 m³, so 5 boats fill it by volume; the warehouse holds 20
  // boats: four trips, the last leaving after three round trips.
  const std::vector<ReliefOrder> big{{0, town("changle"), "eq_assault_boat", 20}};
  const auto split = run_logistics(w, w.roads, big, one);
  ASSERT_GE(split.orders[0].delivered_s, 0);
  EXPECT_GT(split.orders[0].delivered_s, 3 * 2 * travel_h(w.roads, "changle") * 3600) << "the fourth trip of the one truck";
}

std::vector<ReliefOrder> a_busy_morning() {
  std::vector<ReliefOrder> orders;
  const char* towns[] = {"changle", "yudong", "sanxing", "baochang", "sijia", "linjiang"};
  for (int k = 0; k < 60; ++k) orders.push_back({k * 60, town(towns[k % 6]), "relief_quilt", 20});
  return orders;
}

double mean_delivery_h(const LogisticsResult& r, const std::vector<ReliefOrder>& orders) {
  double sum = 0;
  for (std::size_t k = 0; k < orders.size(); ++k) sum += static_cast<double>(r.orders[k].delivered_s - orders[k].at_s);
  return sum / static_cast<double>(orders.size()) / 3600.0;
}

TEST(Logistics, DoublingTheTrucksShortensDeliveryWhereTrucksAreShort) {
  const world::World& w = shipped_world();
  const auto orders = a_busy_morning();
  LogisticsOptions few, twice;  // 2 trucks, then 4: the trucks, not the bays, hold things up
  few.truck_factor = 2.0 / 18.0;
  twice.truck_factor = 4.0 / 18.0;
  const auto base = run_logistics(w, w.roads, orders, few);
  const auto more = run_logistics(w, w.roads, orders, twice);
  for (const auto& o : base.orders) ASSERT_GE(o.delivered_s, 0);
  EXPECT_LT(mean_delivery_h(more, orders), mean_delivery_h(base, orders) * 0.8);
}

TEST(Logistics, WithTheShippedFleetMoreTrucksBuyLittle) {
  // 18 trucks, 2 bays: a busy morning waits at the bays; twice the trucks buy
  // little there, more bays (or staff) would — the kind of answer the what-ifs are for.
  const world::World& w = shipped_world();
  const auto orders = a_busy_morning();
  LogisticsOptions twice;
  twice.truck_factor = 2.0;
  const double base = mean_delivery_h(run_logistics(w, w.roads, orders), orders);
  EXPECT_NEAR(mean_delivery_h(run_logistics(w, w.roads, orders, twice), orders), base, 0.1 * base);
}

TEST(Logistics, CuttingTheRoadsToATownDelaysItsRelief) {
  const world::World& w = shipped_world();
  world::RoadNetwork cut = w.roads;
  const auto yudong = static_cast<std::uint32_t>(cut.find("yudong"));
  std::size_t closed = 0;
  for (std::uint32_t e : cut.incident(yudong)) {
    const auto& edge = cut.edges()[e];
    const auto other = edge.a == yudong ? edge.b : edge.a;
    if (cut.nodes()[other].kind == world::NodeKind::town && closed++ == 0) cut.set_closed(e, true);  // the first link
    else if (cut.nodes()[other].kind == world::NodeKind::town) cut.set_speed_factor(e, 0.3);       // the rest flooded
  }
  const std::vector<ReliefOrder> order{{0, town("yudong"), "relief_quilt", 50}};
  const auto open = run_logistics(w, w.roads, order);
  const auto flooded = run_logistics(w, cut, order);
  EXPECT_GT(flooded.orders[0].delivered_s, open.orders[0].delivered_s);
}

TEST(Logistics, WithoutTheAgreementReserveItsCategoriesRunOut) {
  const world::World& w = shipped_world();
  const std::vector<ReliefOrder> water{{0, town("changle"), "agr_drinking_water", 500}};
  const auto with = run_logistics(w, w.roads, water);
  EXPECT_EQ(with.reserve_activated_s, 0) << "the first shortfall activates the reserve";
  EXPECT_EQ(with.orders[0].granted_s, std::llround(w.agreement_reserve.lead_time_first_load_h * 3600));
  EXPECT_GT(with.orders[0].delivered_s, with.orders[0].granted_s);
  LogisticsOptions none;
  none.agreement_reserve = false;
  const auto without = run_logistics(w, w.roads, water, none);
  EXPECT_EQ(without.orders[0].delivered_s, -1);
  EXPECT_EQ(without.stockouts, std::vector<std::string>{"agr_drinking_water"});
}

TEST(Logistics, TheWarehouseNeverGivesMoreThanItHolds) {
  const world::World& w = shipped_world();
  const std::int64_t held = w.item("relief_tent")->quantity;
  std::vector<ReliefOrder> orders;
  for (int k = 0; k < 10; ++k) orders.push_back({k, town("changle"), "relief_tent", held / 4});
  const auto r = run_logistics(w, w.roads, orders);
  int granted = 0;
  for (const auto& o : r.orders) granted += o.granted_s >= 0;
  EXPECT_EQ(granted, 4) << "four quarters, then the tents are gone";
  EXPECT_EQ(r.stockouts, std::vector<std::string>{"relief_tent"});
}

// Drives a Logistics by hand on its own copy of the roads, so a test can cut and
// reopen them while orders are under way.
struct Warehouse {
  explicit Warehouse(LogisticsOptions o = {}) : options(o) {}
  const world::World& w = shipped_world();
  world::RoadNetwork roads = w.roads;
  LogisticsOptions options;
  Calendar sim;
  TravelCache travel{roads, w.transport};
  Logistics logistics{w, options, sim, travel};

  void run_until_h(double h) {
    sim.run_until(core::SimTime::at_seconds(std::llround(h * 3600)), [&](auto& e) {
      std::visit([&](const auto& ev) {
        if constexpr (requires { logistics.handle(ev); }) logistics.handle(ev);
      }, e.payload);
    });
  }
  /// Quantity of `item` set aside for orders so far (whole orders and parts).
  std::int64_t granted(const std::string& item) const {
    std::int64_t sum = 0;
    for (std::size_t k = 0; k < logistics.orders().size(); ++k) {
      if (logistics.orders()[k].item == item && logistics.outcomes()[k].granted_s >= 0) sum += logistics.orders()[k].quantity;
    }
    return sum;
  }
  void set_town_cut_off(const std::string& id, bool cut) {
    for (std::uint32_t e : roads.incident(static_cast<std::uint32_t>(roads.find(id)))) roads.set_closed(e, cut);
    travel.invalidate();
    logistics.roads_changed();
  }
};

TEST(Logistics, TheReserveDeliversExactlyItsContractedQuantityAtItsLeadTimes) {
  Warehouse h;
  // stock.yaml: a quarter at 12 h after activation, the rest by 24 h; items.csv: the
  // suppliers hold 16,000 cases of drinking water. The order asks for more than that.
  h.logistics.place({0, town("changle"), "agr_drinking_water", 20000});
  h.run_until_h(12.0 - 1.0 / 3600);
  EXPECT_EQ(h.logistics.reserve_activated_s(), 0) << "the first shortfall activates the reserve";
  EXPECT_EQ(h.granted("agr_drinking_water"), 0) << "nothing before the first load";
  h.run_until_h(12);
  EXPECT_EQ(h.granted("agr_drinking_water"), 4000) << "16,000 × 0.25 at the first load";
  h.run_until_h(24.0 - 1.0 / 3600);
  EXPECT_EQ(h.granted("agr_drinking_water"), 4000);
  h.run_until_h(24);
  EXPECT_EQ(h.granted("agr_drinking_water"), 16000) << "the rest by the full lead time";
  h.run_until_h(7 * 24);
  EXPECT_EQ(h.granted("agr_drinking_water"), 16000) << "never more than the contract";
  const auto item = *h.logistics.item_index("agr_drinking_water");
  EXPECT_EQ(h.logistics.in_stock(item), 0);
  EXPECT_NO_THROW(h.logistics.check_books());
}

TEST(Logistics, ATownCutOffGetsItsReliefOnceARoadReopensAndHoldsUpNoOtherTown) {
  // One truck, and the town cut off asks first, so it has waited longest: the truck
  // must still serve the other town.
  LogisticsOptions one;
  one.truck_factor = 0.05;  // vehicles.yaml: 12 light trucks -> 1, 6 medium ones -> 0
  Warehouse h(one);
  h.set_town_cut_off("yudong", true);
  const std::uint64_t cut = h.logistics.place({0, town("yudong"), "relief_quilt", 50});
  const std::uint64_t open = h.logistics.place({0, town("changle"), "relief_quilt", 50});
  h.run_until_h(10);
  EXPECT_GE(h.logistics.outcomes()[open].delivered_s, 0) << "常乐镇 is served while 余东镇 is cut off";
  EXPECT_GE(h.logistics.outcomes()[cut].granted_s, 0) << "余东镇's quilts are set aside";
  EXPECT_EQ(h.logistics.outcomes()[cut].loaded_s, -1) << "no truck is loaded for a town no road reaches";
  h.set_town_cut_off("yudong", false);
  h.run_until_h(20);
  const std::int64_t delivered = h.logistics.outcomes()[cut].delivered_s;
  ASSERT_GE(delivered, 10 * 3600) << "its load leaves when the road reopens";
  // Loaded from the reopening (0.75 h for 50 quilts, as in the first test) by the one
  // light truck, back from 常乐镇 by then, at the reference speed (vehicles.yaml).
  EXPECT_EQ(h.logistics.outcomes()[cut].loaded_s, 10 * 3600 + 2700);
  const double drive_h = travel_h(h.w.roads, "yudong");
  EXPECT_NEAR(static_cast<double>(delivered - (10 * 3600 + 2700)), drive_h * 3600, 1.0);
  EXPECT_NO_THROW(h.logistics.check_books());
}

WaitReason waits(Warehouse& h, const std::string& id) {
  std::vector<WaitReason> why;
  h.logistics.waiting_because(why);
  return why[town(id)];
}

TEST(LogisticsWaiting, ATownCutOffWaitsForARoadAndTheOthersForNothing) {
  Warehouse h;
  h.set_town_cut_off("yudong", true);
  h.logistics.place({0, town("yudong"), "relief_quilt", 50});
  h.logistics.place({0, town("changle"), "relief_quilt", 50});
  h.run_until_h(0.1);
  EXPECT_EQ(waits(h, "yudong"), WaitReason::no_road);
  EXPECT_EQ(waits(h, "changle"), WaitReason::none) << "loading: on its way";
  h.set_town_cut_off("yudong", false);
  h.run_until_h(0.2);
  EXPECT_EQ(waits(h, "yudong"), WaitReason::none) << "a truck took it when the road reopened";
}

TEST(LogisticsWaiting, WithOneTruckOutTheNextTownWaitsForATruck) {
  LogisticsOptions one;
  one.truck_factor = 0.05;  // vehicles.yaml: 12 light trucks -> 1, 6 medium ones -> 0
  Warehouse h(one);
  h.logistics.place({0, town("changle"), "relief_quilt", 50});
  h.logistics.place({0, town("sijia"), "relief_quilt", 50});
  h.run_until_h(0.1);
  EXPECT_EQ(waits(h, "changle"), WaitReason::none);
  EXPECT_EQ(waits(h, "sijia"), WaitReason::no_truck);
  h.run_until_h(24);
  EXPECT_EQ(waits(h, "sijia"), WaitReason::none) << "delivered once the truck came back";
}

TEST(LogisticsWaiting, WithOneBayBusyATownWaitsForTheBayWhileTrucksStandIdle) {
  LogisticsOptions one_bay;
  one_bay.loading_bays = 1;
  Warehouse h(one_bay);
  h.logistics.place({0, town("changle"), "relief_quilt", 50});
  h.logistics.place({0, town("sijia"), "relief_quilt", 50});
  h.run_until_h(0.1);
  EXPECT_EQ(waits(h, "changle"), WaitReason::none);
  EXPECT_EQ(waits(h, "sijia"), WaitReason::no_bay) << "trucks free, the one bay loading 常乐镇's quilts";
}

TEST(LogisticsWaiting, AnOrderBeyondTheStockWaitsForStockUntilAidComes) {
  Warehouse h;
  const auto tent = *h.logistics.item_index("relief_tent");
  const std::int64_t held = h.logistics.in_stock(tent);
  h.logistics.place({0, town("changle"), "relief_tent", held + 100});
  h.run_until_h(1);
  EXPECT_EQ(waits(h, "changle"), WaitReason::no_stock) << "the part beyond the stock waits, though the rest is on its way";
  EXPECT_EQ(h.logistics.restocked_s(tent), -1);
  const std::int64_t aid_s = h.sim.now().count_s();
  h.logistics.receive(tent, 300);
  h.run_until_h(1.5);
  EXPECT_EQ(h.logistics.waiting_for_stock(tent), 0u);
  EXPECT_EQ(h.logistics.in_stock(tent), 200) << "300 came, 100 went to the order waiting";
  EXPECT_EQ(h.logistics.restocked_s(tent), aid_s) << "stock held again the moment the aid outlasted the orders";
}

}  // namespace
}  // namespace ttx::response
