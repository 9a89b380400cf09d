// 海永镇 on Chongming Island: reached by road over the 崇启大桥 or by the car ferry
// across the North Branch. With the bridge road cut the ferry still carries relief
// there, later; with both gone nothing gets through. A typhoon warning stops the ferry.
#include <gtest/gtest.h>

#include <limits>

#include "../hazard/shipped_world.h"
#include "sim/hazard/generate.h"
#include "sim/response/response_model.h"
#include "sim/world/travel_times.h"

namespace ttx::response {
namespace {

using testing_support::shipped_scenario;

struct HaiyongLinks {
  std::int64_t bridge = -1, ferry = -1;
};

HaiyongLinks haiyong_links(const world::World& w) {
  HaiyongLinks l;
  const std::int64_t haiyong = w.roads.find("haiyong");
  for (std::size_t e = 0; e < w.roads.edges().size(); ++e) {
    const auto& edge = w.roads.edges()[e];
    if (static_cast<std::int64_t>(edge.a) != haiyong && static_cast<std::int64_t>(edge.b) != haiyong) continue;
    (edge.ferry.is_ferry() ? l.ferry : l.bridge) = static_cast<std::int64_t>(e);
  }
  return l;
}

// When 10 quilts ordered at T+0 by the duty officer reach 海永镇, -1 never (the drill's quiet day).
std::int64_t quilts_to_haiyong(const world::World& w) {
  const auto load = shipped_scenario("drill_incidents");
  ResponseModel m(w, load.scenario, 0, RunOptions{false, {}});
  m.submit(Actor::trainee, ReleaseStock{true, false});
  m.submit(Actor::trainee, OrderRelief{"haiyong", "relief_quilt", 10});
  m.advance_until(m.end_s());
  // Released relief also goes out in rounds to the towns' displaced; the first order is ours.
  const auto& orders = m.logistics().orders();
  if (orders.empty() || orders[0].item != "relief_quilt" || w.towns[orders[0].town].id != "haiyong") {
    ADD_FAILURE() << "the quilts were not the first order";
    return -2;
  }
  return m.logistics().outcomes()[0].delivered_s;
}

TEST(Ferry, WithTheBridgeRoadCutReliefReachesHaiyongByFerryLaterAndWithoutEitherNever) {
  const world::World& shipped = shipped_scenario("drill_incidents").district.world;
  const HaiyongLinks links = haiyong_links(shipped);
  ASSERT_GE(links.bridge, 0) << "the road over the 崇启大桥";
  ASSERT_GE(links.ferry, 0) << "the car ferry (roads.yaml)";
  world::World no_bridge = shipped, neither = shipped;
  no_bridge.roads.set_closed(static_cast<std::uint32_t>(links.bridge), true);
  neither.roads.set_closed(static_cast<std::uint32_t>(links.bridge), true);
  neither.roads.set_closed(static_cast<std::uint32_t>(links.ferry), true);

  const std::int64_t by_road = quilts_to_haiyong(shipped), by_ferry = quilts_to_haiyong(no_bridge);
  ASSERT_GE(by_road, 0);
  ASSERT_GE(by_ferry, 0) << "the ferry carries the relief when the bridge road is cut";
  EXPECT_GT(by_ferry, by_road) << "the crossing and the wait for a sailing take longer than the bridge";
  EXPECT_EQ(quilts_to_haiyong(neither), -1) << "an island with no ferry and no bridge gets nothing";

  // The ferry's time is its crossing and half the interval, whatever its length.
  const world::Ferry& f = shipped.roads.edges()[static_cast<std::size_t>(links.ferry)].ferry;
  const auto hours = world::edge_hours(no_bridge.roads, no_bridge.transport);
  EXPECT_DOUBLE_EQ(hours[links.ferry], f.crossing_h + 0.5 / f.departures_per_h);
  EXPECT_EQ(hours[links.bridge], std::numeric_limits<double>::infinity());
}

TEST(Ferry, StopsSailingFromTheTyphoonWarningOfItsRuleAndIceDoesNotCloseIt) {
  const auto flood = shipped_scenario("flood_typhoon_breach");
  const world::World& w = flood.district.world;
  const HaiyongLinks links = haiyong_links(w);
  ASSERT_GE(links.ferry, 0);
  const int stop = w.roads.edges()[static_cast<std::size_t>(links.ferry)].ferry.stops_at_typhoon;
  ASSERT_GT(stop, 0);
  std::int64_t warned_s = -1;
  for (const auto& warning : std::get<world::FloodParams>(flood.scenario.hazard).warnings) {
    if (warning.kind == "typhoon" && warning.colour >= stop && (warned_s < 0 || warning.at_s < warned_s)) warned_s = warning.at_s;
  }
  ASSERT_GE(warned_s, 0) << "the shipped typhoon reaches the ferry's warning";
  auto closed_at = [&](const hazard::HazardResult& r) {
    for (const auto& i : r.impacts) {
      if (i.kind == hazard::ImpactKind::road_closed && static_cast<std::int64_t>(i.where) == links.ferry) return i.at_s;
    }
    return std::int64_t{-1};
  };
  EXPECT_EQ(closed_at(hazard::generate_impacts(w, flood.scenario, 0)), warned_s);
  const auto ice = shipped_scenario("freezing_rain_2008");
  const auto frozen = hazard::generate_impacts(ice.district.world, ice.scenario, 0);
  EXPECT_EQ(closed_at(frozen), -1) << "glaze closes the bridge road, not the ferry";
  bool bridge_closed = false;
  for (const auto& i : frozen.impacts) {
    bridge_closed = bridge_closed || (i.kind == hazard::ImpactKind::road_closed && static_cast<std::int64_t>(i.where) == links.bridge);
  }
  EXPECT_TRUE(bridge_closed) << "the freezing rain cuts the road over the 崇启大桥, so the ferry matters";
}

}  // namespace
}  // namespace ttx::response
