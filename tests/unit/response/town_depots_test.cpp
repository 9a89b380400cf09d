// Relief from the nearest depot that holds the item: the district warehouse and town depots.
#include <gtest/gtest.h>

#include <cmath>
#include <variant>

#include "../hazard/shipped_world.h"
#include "sim/response/logistics.h"

namespace ttx::response {
namespace {

using testing_support::shipped_world;

/// The shipped district with a town depot in 滨江街道 holding `stock`, with two vans of its own.
world::World with_town_depot(std::map<std::string, double> stock) {
  world::World w = shipped_world();
  world::Depot d = *w.warehouse();
  d.id = "binjiang_town_depot";
  d.town = "binjiang_jd";
  d.stock = std::move(stock);
  d.vehicles = {2, 1.5, 8};
  d.handling.loading_bays = 1;
  w.depots.push_back(std::move(d));
  return w;
}

struct DepotRun {
  explicit DepotRun(const world::World& world) : w(world) {}
  const world::World& w;
  LogisticsOptions options;
  Calendar sim;
  TravelCache travel{w.roads, w.transport};
  Logistics logistics{w, options, sim, travel};
  void run_until_h(double h) {
    sim.run_until(core::SimTime::at_seconds(std::llround(h * 3600)), [&](auto& e) {
      std::visit([&](const auto& ev) {
        if constexpr (requires { logistics.handle(ev); }) logistics.handle(ev);
      }, e.payload);
    });
  }
};

std::uint32_t town(const world::World& w, const std::string& id) { return *w.town_index(id); }
std::uint32_t depot(const world::World& w, const std::string& id) {
  for (std::uint32_t d = 0; d < w.depots.size(); ++d) {
    if (w.depots[d].id == id) return d;
  }
  return UINT32_MAX;
}

TEST(TownDepots, ATownsOrderComesFromItsOwnDepotAndArrivesSooner) {
  const world::World w = with_town_depot({{"relief_quilt", 300}});
  DepotRun with(w), without(shipped_world());
  const std::uint32_t binjiang = town(w, "binjiang_jd");
  // 100 quilts (5 m³, 0.25 t) fit one of the depot's vans (8 m³): one load from each.
  const std::uint64_t k = with.logistics.place({0, binjiang, "relief_quilt", 100});
  without.logistics.place({0, binjiang, "relief_quilt", 100});
  with.run_until_h(24);
  without.run_until_h(24);
  EXPECT_EQ(with.logistics.order_depot(k), depot(w, "binjiang_town_depot"));
  ASSERT_GE(with.logistics.outcomes()[k].delivered_s, 0);
  ASSERT_GE(without.logistics.outcomes()[0].delivered_s, 0);
  EXPECT_LT(with.logistics.outcomes()[k].delivered_s, without.logistics.outcomes()[0].delivered_s)
      << "from the subdistrict's own store room, not across the district";
  EXPECT_EQ(with.logistics.in_stock(depot(w, "binjiang_town_depot"), *with.logistics.item_index("relief_quilt")), 200);
  EXPECT_NO_THROW(with.logistics.check_books());
}

TEST(TownDepots, WhatTheNearestDepotLacksComesFromTheNextAsAPartOrder) {
  const world::World w = with_town_depot({{"relief_quilt", 300}});
  DepotRun r(w);
  const std::uint64_t k = r.logistics.place({0, town(w, "binjiang_jd"), "relief_quilt", 500});
  r.run_until_h(24);
  std::int64_t from_town = 0, from_warehouse = 0;
  for (std::uint64_t o = 0; o < r.logistics.orders().size(); ++o) {
    if (r.logistics.root(o) != k || r.logistics.outcomes()[o].delivered_s < 0) continue;
    const auto d = r.logistics.order_depot(o);
    (d == depot(w, "binjiang_town_depot") ? from_town : from_warehouse) += r.logistics.orders()[o].quantity;
    EXPECT_TRUE(d == depot(w, "binjiang_town_depot") || d == depot(w, "district_warehouse"));
  }
  EXPECT_EQ(from_town, 300) << "all the town depot holds";
  EXPECT_EQ(from_warehouse, 200) << "the rest from the warehouse, at once";
  EXPECT_TRUE(r.logistics.stockouts().empty()) << "nobody waits while some depot holds the item";
  EXPECT_NO_THROW(r.logistics.check_books());
}

TEST(TownDepots, EachOrderGoesToTheNearerOfTheDepotsThatHoldTheItem) {
  const world::World w = with_town_depot({{"relief_quilt", 300}});
  DepotRun r(w);
  const auto item = *r.logistics.item_index("relief_quilt");
  int town_depot = 0, warehouse = 0;
  for (std::uint32_t t = 0; t < w.towns.size(); ++t) {
    const std::uint64_t k = r.logistics.place({0, t, "relief_quilt", 1});
    r.run_until_h(0);
    const auto node = [&](const std::string& id) {
      const auto n = w.roads.find(id);
      return static_cast<std::uint32_t>(n >= 0 ? n : w.roads.find(w.depots[depot(w, id)].town));
    };
    const double to_town = r.travel.hours(node("binjiang_town_depot"), static_cast<std::uint32_t>(w.roads.find(w.towns[t].id)));
    const double to_warehouse = r.travel.hours(node("district_warehouse"), static_cast<std::uint32_t>(w.roads.find(w.towns[t].id)));
    const auto expected = to_town < to_warehouse ? depot(w, "binjiang_town_depot") : depot(w, "district_warehouse");
    EXPECT_EQ(r.logistics.order_depot(k), expected) << w.towns[t].id;
    (expected == depot(w, "district_warehouse") ? warehouse : town_depot)++;
  }
  EXPECT_GT(town_depot, 0);
  EXPECT_GT(warehouse, 0) << "the town depot is not the nearest for the whole district";
  EXPECT_GT(r.logistics.in_stock(item), 0);
}

}  // namespace
}  // namespace ttx::response
