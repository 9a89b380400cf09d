#include "sim/world/road_network.h"

#include <gtest/gtest.h>

#include <cmath>

#include "sim/io/district_loader.h"
#include "sim/world/travel_times.h"

namespace ttx::world {
namespace {

World shipped_copy() {
  return io::load_district(std::string(TTX_SOURCE_DIR) + "/scenarios/haimen").world;
}

std::uint32_t node(const World& w, const std::string& id) {
  const auto i = w.roads.find(id);
  EXPECT_GE(i, 0) << id;
  return static_cast<std::uint32_t>(i);
}

TEST(RoadNetwork, DistanceMatchesAKnownPair) {
  // One degree of latitude is 111.19 km on a sphere of radius 6371 km.
  EXPECT_NEAR(distance_km(31.0, 121.0, 32.0, 121.0), 111.19, 0.01);
}

TEST(RoadNetwork, EveryPlaceIsReachableFromTheDistrictWarehouse) {
  const World w = shipped_copy();
  const Eigen::MatrixXd t = travel_hours(w.roads, {node(w, "district_warehouse")}, w.transport);
  ASSERT_EQ(t.cols(), static_cast<Eigen::Index>(w.roads.nodes().size()));
  for (Eigen::Index c = 0; c < t.cols(); ++c) {
    EXPECT_TRUE(std::isfinite(t(0, c))) << w.roads.nodes()[static_cast<std::size_t>(c)].id << " unreachable";
  }
  EXPECT_EQ(t(0, node(w, "district_warehouse")), 0.0);
  EXPECT_LT(t(0, node(w, "changle")), 1.0) << "a neighbouring town is less than an hour away";
  EXPECT_GT(t(0, node(w, "haiyong")), t(0, node(w, "linjiang"))) << "Haiyong is reached only through Linjiang";
}

TEST(RoadNetwork, CuttingTheOnlyLinkIsolatesATown) {
  World w = shipped_copy();
  const std::uint32_t hy = node(w, "haiyong");
  for (std::uint32_t e : w.roads.incident(hy)) {
    const RoadEdge& edge = w.roads.edges()[e];
    const auto other = edge.a == hy ? edge.b : edge.a;
    if (w.roads.nodes()[other].kind == NodeKind::town) w.roads.set_closed(e, true);
  }
  const Eigen::MatrixXd t = travel_hours(w.roads, {node(w, "district_warehouse")}, w.transport);
  EXPECT_TRUE(std::isinf(t(0, hy)));
  EXPECT_TRUE(std::isfinite(t(0, node(w, "linjiang"))));
}

TEST(RoadNetwork, SlowingAnEdgeLengthensTheTripThroughIt) {
  World w = shipped_copy();
  const std::uint32_t from = node(w, "district_warehouse");
  const std::uint32_t village = node(w, "changle_v01");
  const double before = travel_hours(w.roads, {from}, w.transport)(0, village);
  // The village's only road (to its town centre) iced to half speed.
  ASSERT_EQ(w.roads.incident(village).size(), 1u);
  const std::uint32_t edge = w.roads.incident(village)[0];
  const double leg = edge_hours(w.roads, w.transport)[edge];
  w.roads.set_speed_factor(edge, 0.5);
  const double after = travel_hours(w.roads, {from}, w.transport)(0, village);
  EXPECT_NEAR(after - before, leg, 1e-9) << "the iced leg takes twice as long";
  EXPECT_THROW(w.roads.set_speed_factor(edge, 0.0), std::invalid_argument);
}

}  // namespace
}  // namespace ttx::world
