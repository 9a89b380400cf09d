// Session::submit says whether a command was carried out and why not; why_not
// answers the same without applying anything; a moved session keeps recording.
#include <gtest/gtest.h>

#include <utility>

#include "../hazard/shipped_world.h"
#include "sim/exercise/session.h"
#include "sim/exercise/unit_position.h"

namespace ttx::exercise {
namespace {

using response::Actor;
using response::Refusal;
using response::UnitState;
using testing_support::shipped_scenario;

std::int64_t hours(double h) { return static_cast<std::int64_t>(h * 3600); }

SessionOptions trainee() {
  SessionOptions o;
  o.run.doctrine = false;
  return o;
}

// A known open task that unit 0 (a fire team) has the skill for.
std::int64_t known_open_task(const response::ResponseModel& m) {
  for (std::size_t t = 0; t < m.tasks().size(); ++t) {
    const auto& task = m.tasks()[t];
    if (task.known_s >= 0 && task.open() && m.world().skills[task.skill].id == "light_rescue") {
      return static_cast<std::int64_t>(t);
    }
  }
  return -1;
}

TEST(SessionSubmit, SaysWhyACommandIsRefusedAndSendsNothing) {
  const auto load = shipped_scenario("earthquake_m6_onshore");
  Session s(load.district.world, load.scenario, trainee());
  s.advance_until(hours(3));
  const std::int64_t task = known_open_task(s.view());
  ASSERT_GE(task, 0);
  const response::Command assign = response::Assign{s.view().units()[0].id, s.view().tasks()[static_cast<std::size_t>(task)].id};
  const auto before = s.view().log().size();
  const auto asked = s.why_not(assign);
  ASSERT_TRUE(asked.has_value());
  EXPECT_EQ(asked->refusal, Refusal::unit_busy) << "a unit at standby cannot be sent";
  EXPECT_EQ(asked->unit_state, "standby");
  EXPECT_EQ(s.view().log().size(), before) << "asking changes nothing";
  const SubmitResult r = s.submit(assign);
  EXPECT_FALSE(r);
  EXPECT_EQ(r.why, *asked);
  EXPECT_TRUE(s.command_log().empty()) << "a refused command is not part of the run";

  // Mobilised, it is busy until its assembly ends; then it can go.
  ASSERT_TRUE(s.submit(response::Mobilise{{s.view().units()[0].id}}));
  const auto busy = s.why_not(assign);
  ASSERT_TRUE(busy.has_value());
  EXPECT_EQ(busy->refusal, Refusal::unit_busy);
  EXPECT_EQ(busy->until_s, s.view().now_s() + s.view().units()[0].assembly_s);
  s.advance_until(busy->until_s);
  EXPECT_FALSE(s.why_not(assign).has_value());
  EXPECT_TRUE(s.submit(assign));
  EXPECT_EQ(s.view().units()[0].state, UnitState::travelling);
  EXPECT_EQ(s.command_log().size(), 2u);

  EXPECT_EQ(s.submit(response::RequestAid{"atlantis"}).why.refusal, Refusal::no_such_aid);
  EXPECT_EQ(s.submit(response::SendReport{"county"}).why.refusal, Refusal::bad_report_target);
  EXPECT_EQ(s.submit(response::SetLevel{"no_such_plan", 3}).why.refusal, Refusal::plan_not_in_force);
  EXPECT_EQ(s.submit(response::StandDown{s.view().units()[1].id}).why.refusal, Refusal::not_on_site);
  const SubmitResult unknown = s.submit(response::StandDown{"no_such_team"});
  EXPECT_EQ(unknown.why.refusal, Refusal::no_such_unit);
  EXPECT_EQ(unknown.why.asked, "no_such_team") << "the refusal names the id asked for";
}

// Every unit to every tenth known task, at several moments of a doctrine run:
// why_not's answer is the model's own (a command it lets through is never
// refused by the model).
TEST(SessionSubmit, WhyNotForeseesEveryRefusalOfTheModel) {
  const auto load = shipped_scenario("flood_typhoon_breach");
  Session s(load.district.world, load.scenario);
  int accepted = 0, refused = 0;
  for (const double h : {6.0, 24.0, 30.0}) {
    s.advance_until(hours(h));
    const auto& m = s.view();
    for (std::uint32_t u = 0; u < m.units().size(); u += 7) {
      for (std::uint32_t t = 0; t < m.tasks().size(); t += 10) {
        if (m.tasks()[t].known_s < 0) continue;
        const response::Command c = response::Assign{m.units()[u].id, m.tasks()[t].id};
        const bool foreseen_ok = !s.why_not(c).has_value();
        const SubmitResult r = s.submit(c, Actor::director);
        EXPECT_EQ(foreseen_ok, r.accepted) << "unit " << u << " task " << t << " at T+" << h;
        (r.accepted ? accepted : refused) += 1;
      }
    }
  }
  EXPECT_GT(accepted, 0);
  EXPECT_GT(refused, 0);
}

TEST(SessionMove, AMovedSessionStillRecordsItsEvents) {
  const auto load = shipped_scenario("flood_typhoon_breach");
  Session first(load.district.world, load.scenario);
  first.advance_until(hours(2));
  const auto n = first.view().events_processed();
  Session moved(std::move(first));
  moved.advance_until(hours(10));
  const auto events = moved.take_events();
  EXPECT_EQ(events.size(), moved.view().events_processed()) << "events before and after the move, none lost";
  EXPECT_GT(moved.view().events_processed(), n);
  Session assigned = Session(load.district.world, load.scenario);
  assigned = std::move(moved);
  assigned.advance_until(hours(12));
  EXPECT_FALSE(assigned.take_events().empty());
}

// Runs until some unit is on the road to a site away from where it started; its index, or -1.
std::int64_t run_until_a_unit_travels(Session& s) {
  std::int64_t u = -1;
  while (u < 0 && s.step()) {
    for (std::size_t k = 0; k < s.view().units().size(); ++k) {
      const auto& unit = s.view().units()[k];
      if (unit.state == UnitState::travelling && unit.from_node != unit.node && unit.arrive_s > unit.depart_s + 600) {
        u = static_cast<std::int64_t>(k);
      }
    }
  }
  return u;
}

TEST(SessionMovement, ATravellingUnitIsPlacedBetweenWhereItLeftAndWhereItGoes) {
  const auto load = shipped_scenario("flood_typhoon_breach");
  Session s(load.district.world, load.scenario);
  const auto& roads = s.view().roads();
  const std::int64_t u = run_until_a_unit_travels(s);
  ASSERT_GE(u, 0);
  const response::Unit unit = s.view().units()[u];
  EXPECT_LE(unit.depart_s, s.view().now_s());
  EXPECT_GT(unit.arrive_s, s.view().now_s());
  const auto& a = roads.nodes()[unit.from_node];
  const auto& b = roads.nodes()[unit.node];
  const UnitPlace start = unit_place(unit, roads, unit.depart_s);
  const UnitPlace mid = unit_place(unit, roads, (unit.depart_s + unit.arrive_s) / 2);
  const UnitPlace end = unit_place(unit, roads, unit.arrive_s);
  EXPECT_DOUBLE_EQ(start.at.lat, a.lat);
  EXPECT_DOUBLE_EQ(end.at.lon, b.lon);
  EXPECT_NEAR(mid.at.lat, (a.lat + b.lat) / 2, 1e-3);
  EXPECT_TRUE(mid.moving);
  // It arrives when the record says.
  s.advance_until(unit.arrive_s);
  EXPECT_NE(s.view().units()[u].state, UnitState::travelling);
}

TEST(SessionMovement, AUnitOnTheRoadFollowsTheRoadsOfItsTrip) {
  const auto load = shipped_scenario("flood_typhoon_breach");
  Session s(load.district.world, load.scenario);
  const auto& roads = s.view().roads();
  const std::int64_t u = run_until_a_unit_travels(s);
  ASSERT_GE(u, 0);
  const response::Unit unit = s.view().units()[u];
  const UnitRoute route = unit_route(unit, roads, load.district.world.transport);
  ASSERT_GE(route.points.size(), 2u);
  const auto& a = roads.nodes()[unit.from_node];
  const auto& b = roads.nodes()[unit.node];
  EXPECT_DOUBLE_EQ(route.points.front().lat, a.lat);
  EXPECT_DOUBLE_EQ(route.points.back().lon, b.lon);
  EXPECT_DOUBLE_EQ(route.share.front(), 0.0);
  EXPECT_DOUBLE_EQ(route.share.back(), 1.0);
  // Every point of the route is a node of the network, and each step of it an edge.
  auto node_at = [&](const MapPoint& p) {
    for (std::uint32_t n = 0; n < roads.nodes().size(); ++n) {
      if (roads.nodes()[n].lat == p.lat && roads.nodes()[n].lon == p.lon) return static_cast<std::int64_t>(n);
    }
    return std::int64_t{-1};
  };
  for (std::size_t k = 1; k < route.points.size(); ++k) {
    const auto n0 = node_at(route.points[k - 1]), n1 = node_at(route.points[k]);
    ASSERT_GE(n0, 0);
    ASSERT_GE(n1, 0);
    bool edge = false;
    for (const auto e : roads.incident(static_cast<std::uint32_t>(n0))) {
      edge = edge || roads.edges()[e].a == n1 || roads.edges()[e].b == n1;
    }
    EXPECT_TRUE(edge || route.points.size() == 2) << "step " << k << " is a road";
    EXPECT_GE(route.share[k], route.share[k - 1]);
  }
  // Placed along it by the share of the trip's time: at the start, on the way, at the end.
  const UnitPlace start = place_on_route(route, unit, unit.depart_s);
  const UnitPlace end = place_on_route(route, unit, unit.arrive_s);
  const UnitPlace mid = place_on_route(route, unit, (unit.depart_s + unit.arrive_s) / 2);
  EXPECT_DOUBLE_EQ(start.at.lat, a.lat);
  EXPECT_DOUBLE_EQ(end.at.lat, b.lat);
  EXPECT_TRUE(mid.moving);
  EXPECT_NEAR(mid.progress, 0.5, 0.01);
}

}  // namespace
}  // namespace ttx::exercise
