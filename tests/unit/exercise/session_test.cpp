// The session: a front end advancing in slices, stepping, and submitting
// commands gets exactly the run that one uninterrupted replay of its log gives.
#include "sim/exercise/session.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "../hazard/shipped_world.h"

namespace ttx::exercise {
namespace {

using response::Actor;
using testing_support::shipped_scenario;

std::int64_t hours(double h) { return static_cast<std::int64_t>(h * 3600); }

void expect_same_run(const response::ResponseModel& a, const response::ResponseModel& b) {
  EXPECT_EQ(a.now_s(), b.now_s());
  EXPECT_EQ(a.events_processed(), b.events_processed());
  ASSERT_EQ(a.log().size(), b.log().size());
  for (std::size_t k = 0; k < a.log().size(); ++k) {
    EXPECT_TRUE(a.log()[k] == b.log()[k]) << k;
  }
  EXPECT_EQ(a.outcomes().rescued_alive, b.outcomes().rescued_alive);
  EXPECT_EQ(a.outcomes().rescued_dead, b.outcomes().rescued_dead);
  EXPECT_EQ(a.outcomes().levee_bags, b.outcomes().levee_bags);
  EXPECT_EQ(a.unmet_person_h(), b.unmet_person_h());
  ASSERT_EQ(a.logistics().orders().size(), b.logistics().orders().size());
  for (std::size_t k = 0; k < a.logistics().orders().size(); ++k) {
    EXPECT_EQ(a.logistics().outcomes()[k].delivered_s, b.logistics().outcomes()[k].delivered_s) << k;
  }
  for (std::size_t u = 0; u < a.units().size(); ++u) EXPECT_EQ(a.units()[u].state, b.units()[u].state) << u;
}

TEST(Session, SlicesStepsAndCommandsGiveTheRunThatReplayingTheLogGives) {
  const auto load = shipped_scenario("flood_typhoon_breach");
  const auto& w = load.district.world;
  Session live(w, load.scenario);
  // Slices of odd sizes with small event budgets, as a console frame would.
  while (live.view().now_s() < hours(5)) live.advance_until(hours(5), 37);
  for (int k = 0; k < 25; ++k) live.step();
  live.submit(response::RequestAid{"city"}, Actor::director);
  live.advance_until(hours(9) + 17);
  live.submit(response::OrderRelief{"changle", "relief_quilt", 200});
  for (int k = 0; k < 300; ++k) live.step();
  live.submit(response::OpenShelters{"binjiang_jd"});
  while (live.view().now_s() < hours(30)) live.advance_until(hours(30), 1000);
  live.submit(response::ActivateReserve{});
  live.advance_until(live.view().end_s());

  const auto log = live.command_log();
  ASSERT_EQ(log.size(), 4u) << "the doctrine's own commands are not part of the log";
  Session replay(w, load.scenario, {}, log);
  replay.advance_until(replay.view().end_s());
  expect_same_run(live.view(), replay.view());

  // And the commands changed the run: without them there is no order of 200 quilts for 常乐镇.
  const auto quilts_for_changle = [&](const response::ResponseModel& m) {
    const auto changle = *w.town_index("changle");
    return std::count_if(m.logistics().orders().begin(), m.logistics().orders().end(), [&](const response::ReliefOrder& o) {
      return o.town == changle && o.item == "relief_quilt" && o.quantity == 200 && o.at_s == hours(9) + 17;
    });
  };
  Session plain(w, load.scenario);
  plain.advance_until(plain.view().end_s());
  EXPECT_EQ(quilts_for_changle(live.view()), 1);
  EXPECT_EQ(quilts_for_changle(plain.view()), 0);
}

TEST(Session, EventsAndLogLinesAreHandedOutOnce) {
  const auto load = shipped_scenario("flood_typhoon_breach");
  Session s(load.district.world, load.scenario);
  s.advance_until(hours(12));
  const auto first = s.take_events();
  EXPECT_EQ(first.size(), s.view().events_processed());
  for (std::size_t k = 1; k < first.size(); ++k) EXPECT_LE(first[k - 1].at_s, first[k].at_s);
  const auto lines = s.take_log();
  EXPECT_EQ(lines.size(), s.view().log().size());
  EXPECT_TRUE(s.take_events().empty());
  EXPECT_TRUE(s.take_log().empty());
  ASSERT_TRUE(s.step());
  EXPECT_EQ(s.take_events().size(), 1u);
}

TEST(Session, AnAdvanceWithABudgetStopsAndResumes) {
  const auto load = shipped_scenario("flood_typhoon_breach");
  Session s(load.district.world, load.scenario);
  EXPECT_EQ(s.advance_until(hours(72), 10), core::RunStatus::budget_exhausted);
  EXPECT_EQ(s.view().events_processed(), 10u);
  EXPECT_EQ(s.advance_until(hours(72)), core::RunStatus::reached);
  EXPECT_EQ(s.view().now_s(), hours(72));
}

TEST(Session, SteppingNeverRunsPastTheScenariosEnd) {
  auto load = shipped_scenario("earthquake_m6_onshore");
  load.scenario.duration_h = 2;  // events of the first day lie beyond it
  Session s(load.district.world, load.scenario);
  int steps = 0;
  while (s.step()) ++steps;
  EXPECT_GT(steps, 100);
  EXPECT_LE(s.view().now_s(), hours(2));
  EXPECT_FALSE(s.step()) << "still nothing to run";
  EXPECT_NO_THROW(s.advance_until(s.view().end_s())) << "the end stays reachable";
  EXPECT_EQ(s.view().now_s(), hours(2));
}

}  // namespace
}  // namespace ttx::exercise
