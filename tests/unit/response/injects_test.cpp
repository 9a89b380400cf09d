// The MSEL played through the run: what each effect does to the world, when
// conditional and contingency injects come, and whether expected actions count.
#include <gtest/gtest.h>

#include "../hazard/shipped_world.h"
#include "sim/response/response_model.h"
#include "sim/score/expected_actions.h"

namespace ttx::response {
namespace {

using testing_support::shipped_scenario;

std::int64_t hours(double h) { return static_cast<std::int64_t>(h * 3600); }

RunOptions trainee_mode() {
  RunOptions o;
  o.doctrine = false;
  return o;
}

world::Inject timed(int seq, double at_h) {
  world::Inject in;
  in.seq = seq;
  in.at_s = hours(at_h);
  in.to = "duty_officer";
  in.message = in.message_zh = in.message_en = "inject " + std::to_string(seq);
  return in;
}

world::InjectEffect road(world::EffectKind kind, const std::string& from, const std::string& to) {
  world::InjectEffect e;
  e.kind = kind;
  e.from = from;
  e.to = to;
  return e;
}

world::Inject expecting(int seq, double at_h, world::ExpectedAction x) {
  world::Inject in = timed(seq, at_h);
  in.has_expected = true;
  in.expected = std::move(x);
  in.objective = "objective";
  return in;
}

world::ExpectedAction open_shelters_of(const std::string& town, double within_h) {
  world::ExpectedAction x;
  x.kind = world::ExpectKind::open_shelters;
  x.town = town;
  x.within_h = within_h;
  return x;
}

std::uint32_t town(const world::World& w, const std::string& id) { return *w.town_index(id); }

// When the order placed for `town_id` was delivered (-1: never).
std::int64_t delivered_to(const ResponseModel& m, std::uint32_t t) {
  for (std::size_t k = 0; k < m.logistics().orders().size(); ++k) {
    if (m.logistics().orders()[k].town == t) return m.logistics().outcomes()[k].delivered_s;
  }
  return -2;
}

// The shipped district with 海永镇's car ferry laid up: the 崇启大桥 road is then the
// island's only link (roads.yaml).
world::World without_the_ferry(const world::World& shipped) {
  world::World w = shipped;
  bool found = false;
  for (std::uint32_t e = 0; e < w.roads.edges().size(); ++e) {
    if (!w.roads.edges()[e].ferry.is_ferry()) continue;
    w.roads.set_closed(e, true);
    found = true;
  }
  EXPECT_TRUE(found) << "roads.yaml has the Haiyong ferry";
  return w;
}

TEST(Injects, ACutRoadLeavesTheFerryAndACutOffTownGetsNothing) {
  auto load = shipped_scenario("drill_incidents");
  const world::World no_ferry = without_the_ferry(load.district.world);
  const auto& w = no_ferry;
  world::Scenario cut = load.scenario;
  cut.injects.clear();
  world::Inject bridge = timed(1, 0.5);
  bridge.effects.push_back(road(world::EffectKind::cut_road, "haiyong", "linjiang"));
  cut.injects.push_back(bridge);
  world::Scenario intact = cut;
  intact.injects.clear();
  const std::uint32_t haiyong = town(w, "haiyong");
  std::int64_t delivered[2];
  int k = 0;
  for (const world::Scenario* s : {&intact, &cut}) {
    ResponseModel m(w, *s, 0, trainee_mode());
    m.advance_until(hours(1));
    m.submit(Actor::trainee, ReleaseStock{true, false});
    m.submit(Actor::trainee, OrderRelief{"haiyong", "relief_quilt", 100});
    m.advance_until(m.end_s());
    delivered[k++] = delivered_to(m, haiyong);
  }
  EXPECT_GT(delivered[0], hours(1)) << "without the inject the quilts arrive";
  EXPECT_EQ(delivered[1], -1) << "with the only bridge down they never do";

  // The inject cuts the road between the two towns, not the ferry beside it.
  ResponseModel ferry(load.district.world, cut, 0, trainee_mode());
  ferry.advance_until(hours(1));
  ferry.submit(Actor::trainee, ReleaseStock{true, false});
  ferry.submit(Actor::trainee, OrderRelief{"haiyong", "relief_quilt", 100});
  ferry.advance_until(ferry.end_s());
  EXPECT_GT(delivered_to(ferry, haiyong), delivered[0]) << "the ferry still sails, and takes longer";
}

TEST(Injects, AReopenedRoadLetsReliefThroughAgain) {
  auto load = shipped_scenario("drill_incidents");
  const world::World no_ferry = without_the_ferry(load.district.world);
  const auto& w = no_ferry;
  world::Scenario s = load.scenario;
  s.injects.clear();
  world::Inject bridge = timed(1, 0.5), repaired = timed(2, 6);
  bridge.effects.push_back(road(world::EffectKind::cut_road, "haiyong", "linjiang"));
  repaired.effects.push_back(road(world::EffectKind::reopen_road, "haiyong", "linjiang"));
  s.injects = {bridge, repaired};
  ResponseModel m(w, s, 0, trainee_mode());
  m.advance_until(hours(1));
  m.submit(Actor::trainee, ReleaseStock{true, false});
  m.submit(Actor::trainee, OrderRelief{"haiyong", "relief_quilt", 100});
  m.advance_until(m.end_s());
  EXPECT_GT(delivered_to(m, town(w, "haiyong")), hours(6)) << "the quilts wait for the road, then go";
}

TEST(Injects, AFloodedWarehouseLosesItsShareOfEveryItem) {
  auto load = shipped_scenario("drill_incidents");
  const auto& w = load.district.world;
  world::Scenario s = load.scenario;
  s.injects.clear();
  world::Inject flood = timed(1, 1);
  world::InjectEffect e;
  e.kind = world::EffectKind::flood_depot;
  e.depot = "district_warehouse";
  e.share = 0.5;
  flood.effects.push_back(e);
  s.injects.push_back(flood);
  ResponseModel m(w, s, 0, trainee_mode());
  const std::uint32_t quilt = *m.logistics().item_index("relief_quilt");
  const std::int64_t before = m.logistics().in_stock(quilt);
  ASSERT_GT(before, 0);
  m.advance_until(hours(2));
  EXPECT_EQ(m.logistics().in_stock(quilt), before - before / 2);
  EXPECT_EQ(m.logistics().lost(quilt), before / 2);
  EXPECT_NO_THROW(m.check_invariants()) << "the books count the lost items";
}

TEST(Injects, AnUnavailableTeamIsNeverDispatched) {
  auto load = shipped_scenario("drill_incidents");
  const auto& w = load.district.world;
  world::Scenario s = load.scenario;
  s.injects.clear();
  // The first unit the plan sends in this run ...
  std::string id;
  {
    ResponseModel m(w, s);
    m.advance_until(m.end_s());
    for (const auto& c : m.commands()) {
      if (const auto* a = std::get_if<Assign>(&c.command); a && id.empty()) id = a->unit;
    }
  }
  ASSERT_FALSE(id.empty());
  // ... made unavailable from the start.
  world::Inject out = timed(1, 0);
  world::InjectEffect e;
  e.kind = world::EffectKind::unit_unavailable;
  e.unit = id;
  out.effects.push_back(e);
  s.injects.push_back(out);
  ResponseModel m(w, s);
  m.advance_until(m.end_s());
  for (const auto& c : m.commands()) {
    if (const auto* a = std::get_if<Assign>(&c.command)) {
      EXPECT_NE(a->unit, id) << id << " sent at " << c.at_s;
    }
    if (const auto* mob = std::get_if<Mobilise>(&c.command)) {
      for (const auto& u : mob->units) EXPECT_NE(u, id) << id << " mobilised";
    }
  }
  EXPECT_EQ(m.units()[*m.unit_index(id)].state, UnitState::standby);
  EXPECT_EQ(m.check(Mobilise{{id}}).refusal, Refusal::unit_unavailable);
}

TEST(Injects, AConditionalInjectComesExactlyWhenItsStateIsReached) {
  auto load = shipped_scenario("earthquake_m6_onshore");
  const auto& w = load.district.world;
  world::Scenario s = load.scenario;
  s.duration_h = 12;
  s.injects.clear();
  // The first displacement after the main shock (the aftershock's), in the first town that has one,
  // and the number of displaced just before it: exceeded exactly then.
  std::string town_id;
  std::int64_t reached = -1;
  double before = 0, most = 0;
  {
    ResponseModel m(w, s);
    m.advance_until(m.end_s());
    for (std::size_t t = 0; t < m.towns().size() && reached < 0; ++t) {
      double sum = 0;
      for (const auto& p : m.towns()[t].displaced_at) {
        if (p.at_s > 0 && p.people > 0) {
          town_id = w.towns[t].id, reached = p.at_s, before = sum, most = m.towns()[t].displaced;
          break;
        }
        sum += p.people;
      }
    }
  }
  ASSERT_GT(reached, 0) << "the aftershock displaces more people";
  world::Inject when = timed(1, 0), never = timed(2, 0);
  when.conditional = never.conditional = true;
  when.condition.kind = never.condition.kind = world::ConditionKind::displaced_over;
  when.condition.town = never.condition.town = town_id;
  when.condition.people = before;
  never.condition.people = most + 1;
  s.injects = {when, never};
  ResponseModel m(w, s);
  m.advance_until(m.end_s());
  EXPECT_EQ(m.inject_states()[0].delivered_s, reached) << town_id;
  EXPECT_EQ(m.inject_states()[1].delivered_s, -1) << "a state never reached delivers nothing";
}

TEST(Injects, AConditionalInjectOnALevelComesWithTheLevel) {
  auto load = shipped_scenario("earthquake_m6_onshore");
  const auto& w = load.district.world;
  world::Scenario s = load.scenario;
  s.duration_h = 4;
  s.injects.clear();
  world::Inject when = timed(1, 0);
  when.conditional = true;
  when.condition.kind = world::ConditionKind::level_reached;
  when.condition.plan = "earthquake";
  when.condition.level = 1;
  s.injects = {when};
  ResponseModel m(w, s);
  m.advance_until(m.end_s());
  std::int64_t level_i = -1;
  for (const auto& e : m.log()) {
    if (e.kind == LogKind::level_change && e.plan == "earthquake" && e.to == 1 && level_i < 0) level_i = e.at_s;
  }
  ASSERT_GT(level_i, 0);
  EXPECT_EQ(m.inject_states()[0].delivered_s, level_i);
  // A trainee who declares nothing never reaches the level: the inject waits.
  ResponseModel idle(w, s, 0, trainee_mode());
  idle.advance_until(idle.end_s());
  EXPECT_EQ(idle.inject_states()[0].delivered_s, -1);
}

TEST(Injects, AContingencyInjectComesOnlyWhenTheExpectedActionIsMissing) {
  auto load = shipped_scenario("drill_incidents");
  const auto& w = load.district.world;
  world::Scenario s = load.scenario;
  s.injects = {expecting(1, 1, open_shelters_of("changle", 1))};
  world::Inject push = timed(2, 0);
  push.if_missed = 1;
  s.injects.push_back(push);
  {
    ResponseModel m(w, s, 0, trainee_mode());
    m.advance_until(m.end_s());
    EXPECT_EQ(m.inject_states()[1].delivered_s, hours(2)) << "missed: the contingency comes at the deadline";
  }
  ResponseModel m(w, s, 0, trainee_mode());
  m.advance_until(hours(1.5));
  m.submit(Actor::trainee, OpenShelters{"changle"});
  m.advance_until(m.end_s());
  EXPECT_EQ(m.inject_states()[0].done_s, hours(1.5));
  EXPECT_EQ(m.inject_states()[0].done_by, Actor::trainee);
  EXPECT_EQ(m.inject_states()[1].delivered_s, -1) << "done in time: no contingency";
}

score::ActionStatus status_after(double command_h) {
  auto load = shipped_scenario("drill_incidents");
  const auto& w = load.district.world;
  world::Scenario s = load.scenario;
  world::ExpectedAction release;
  release.kind = world::ExpectKind::release_stock;
  release.within_h = 2;
  s.injects = {expecting(1, 1, release)};
  ResponseModel m(w, s, 0, trainee_mode());
  if (command_h > 0) {
    m.advance_until(hours(command_h));
    m.submit(Actor::trainee, ReleaseStock{true, true});
  }
  m.advance_until(m.end_s());
  const auto checks = score::check_expected_actions(m);
  EXPECT_EQ(checks.size(), 1u);
  if (command_h > 3) {
    EXPECT_NEAR(checks.at(0).late_h, command_h - 3, 1e-9);
  }
  if (command_h > 0) {
    EXPECT_EQ(checks.at(0).by, "trainee");
  }
  return checks.at(0).status;
}

TEST(Injects, AnExpectedActionIsInTimeLateOrMissed) {
  EXPECT_EQ(status_after(2.5), score::ActionStatus::in_time);
  EXPECT_EQ(status_after(4), score::ActionStatus::late);
  EXPECT_EQ(status_after(0), score::ActionStatus::missed);
}

TEST(Injects, AFalseReportIsMissedWhenActedOn) {
  auto load = shipped_scenario("drill_incidents");
  const auto& w = load.district.world;
  world::Scenario s = load.scenario;
  s.injects = {expecting(1, 1, open_shelters_of("sijia", 1))};
  s.injects[0].false_report = true;
  ResponseModel fooled(w, s, 0, trainee_mode()), careful(w, s, 0, trainee_mode());
  fooled.advance_until(hours(1.2));
  fooled.submit(Actor::trainee, OpenShelters{"sijia"});
  fooled.advance_until(fooled.end_s());
  careful.advance_until(careful.end_s());
  EXPECT_EQ(score::check_expected_actions(fooled).at(0).status, score::ActionStatus::missed);
  EXPECT_EQ(score::check_expected_actions(careful).at(0).status, score::ActionStatus::in_time);
}

TEST(Injects, ALiveInjectIsDeliveredAtOnceAndScoredLikeAScriptedOne) {
  auto load = shipped_scenario("drill_incidents");
  const auto& w = load.district.world;
  world::Scenario s = load.scenario;
  s.injects.clear();
  ResponseModel m(w, s, 0, trainee_mode());
  m.advance_until(hours(2));
  world::Inject live = expecting(9, 0, open_shelters_of("yudong", 1));
  live.effects.push_back(road(world::EffectKind::cut_road, "haiyong", "linjiang"));
  m.add_inject(live);
  m.advance_until(hours(2));
  ASSERT_EQ(m.inject_states().size(), 1u);
  EXPECT_EQ(m.inject_states()[0].delivered_s, hours(2)) << "asked for the past, it comes now";
  const auto edge = [&] {
    for (std::size_t e = 0; e < m.roads().edges().size(); ++e) {
      const auto& r = m.roads().edges()[e];
      const auto& a = m.roads().nodes()[r.a].id;
      const auto& b = m.roads().nodes()[r.b].id;
      if ((a == "haiyong" && b == "linjiang") || (a == "linjiang" && b == "haiyong")) return r.closed;
    }
    return false;
  }();
  EXPECT_TRUE(edge) << "its effect is played at once";
  m.advance_until(m.end_s());
  const auto checks = score::check_expected_actions(m);
  ASSERT_EQ(checks.size(), 1u);
  EXPECT_EQ(checks[0].seq, 9);
  EXPECT_EQ(checks[0].status, score::ActionStatus::missed);
}

}  // namespace
}  // namespace ttx::response
