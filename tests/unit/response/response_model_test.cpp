// The response run: determinism, the books of items, people and units, the
// doctrine against an idle duty office, and commands from a trainee.
#include "sim/response/response_model.h"

#include <gtest/gtest.h>

#include "../hazard/shipped_world.h"
#include "sim/score/reporting_deadlines.h"

namespace ttx::response {
namespace {

using testing_support::shipped_scenario;

std::int64_t hours(double h) { return static_cast<std::int64_t>(h * 3600); }

// No doctrine: only the commands a trainee submits act.
RunOptions trainee_mode() {
  RunOptions o;
  o.doctrine = false;
  return o;
}

TEST(ResponseModel, TheSameScenarioAndSeedGiveTheSameRun) {
  const auto load = shipped_scenario("flood_typhoon_breach");
  ResponseModel a(load.district.world, load.scenario), b(load.district.world, load.scenario);
  a.advance_until(a.end_s());
  b.advance_until(b.end_s());
  ASSERT_EQ(a.log().size(), b.log().size());
  for (std::size_t k = 0; k < a.log().size(); ++k) {
    EXPECT_TRUE(a.log()[k] == b.log()[k]) << k;
  }
  EXPECT_EQ(a.events_processed(), b.events_processed());
  EXPECT_EQ(a.outcomes().rescued_alive, b.outcomes().rescued_alive);
  EXPECT_EQ(a.unmet_person_h(), b.unmet_person_h());
}

// Every event of a whole run: items, people and units always balance.
void expect_books_balance_at_every_event(const std::string& scenario) {
  const auto load = shipped_scenario(scenario);
  ResponseModel m(load.district.world, load.scenario);
  std::int64_t last = 0;
  std::uint64_t events = 0;
  while (m.now_s() < m.end_s() && m.step()) {
    ASSERT_GE(m.now_s(), last) << "time went back";
    last = m.now_s();
    ASSERT_NO_THROW(m.check_invariants()) << scenario << " after event " << events;
    ++events;
  }
  EXPECT_GT(events, 1000u);
}

TEST(ResponseModel, TheBooksBalanceAtEveryEventOfTheFlood) { expect_books_balance_at_every_event("flood_typhoon_breach"); }
TEST(ResponseModel, TheBooksBalanceAtEveryEventOfTheEarthquake) { expect_books_balance_at_every_event("earthquake_m6_onshore"); }
TEST(ResponseModel, TheBooksBalanceAtEveryEventOfTheFreezingRain) { expect_books_balance_at_every_event("freezing_rain_2008"); }

TEST(ResponseModel, TheDoctrineRescuesPeopleThatAnIdleDutyOfficeLeavesTrapped) {
  const auto load = shipped_scenario("earthquake_m6_onshore");
  ResponseModel by_the_book(load.district.world, load.scenario);
  ResponseModel nobody(load.district.world, load.scenario, 0, trainee_mode());
  by_the_book.advance_until(by_the_book.end_s());
  nobody.advance_until(nobody.end_s());
  // The same disaster either way (common random numbers).
  EXPECT_EQ(by_the_book.outcomes().trapped, nobody.outcomes().trapped);
  EXPECT_GT(by_the_book.outcomes().trapped, 100);
  EXPECT_NEAR(nobody.outcomes().rescued_alive, nobody.outcomes().rescued_by_community, 1e-6)
      << "with nobody at the duty office only the neighbours free anyone";
  EXPECT_GT(by_the_book.outcomes().rescued_alive - by_the_book.outcomes().rescued_by_community, 10)
      << "the heavily trapped are freed only by teams";
  EXPECT_GT(by_the_book.outcomes().treated_in_time + by_the_book.outcomes().treated_late, 0);
  EXPECT_LT(by_the_book.unmet_person_h(), nobody.unmet_person_h());
  // Without the doctrine the plan's actions are logged as expected, not carried out.
  bool expected = false;
  for (const auto& e : nobody.log()) expected |= e.kind == LogKind::action && e.expected_only;
  EXPECT_TRUE(expected);
  for (const auto& u : nobody.units()) EXPECT_EQ(u.state, UnitState::standby) << u.id;
}

// The first known task of a skill at the model's current time, or -1.
std::int64_t first_known_task(const ResponseModel& m, const std::string& skill) {
  for (std::size_t t = 0; t < m.tasks().size(); ++t) {
    if (m.tasks()[t].known_s >= 0 && m.tasks()[t].open() && m.world().skills[m.tasks()[t].skill].id == skill) {
      return static_cast<std::int64_t>(t);
    }
  }
  return -1;
}

// One fire team sent by a trainee to the first heavy-rescue task at `send_h`; the
// share of the people it freed in 20 h who were alive (no neighbours digging beside it).
double alive_share_when_sent_at(double send_h) {
  const auto load = shipped_scenario("earthquake_m6_onshore");
  const RunOptions trainee = trainee_mode();
  world::World teams_only = load.district.world;
  teams_only.community_rescue.loaded = false;
  ResponseModel m(teams_only, load.scenario, 0, trainee);
  m.advance_until(hours(send_h - 1));
  m.submit(Actor::trainee, Mobilise{{m.units()[0].id}});
  m.advance_until(hours(send_h));
  const std::int64_t task = first_known_task(m, "heavy_rescue");
  EXPECT_GE(task, 0);
  m.submit(Actor::trainee, Assign{m.units()[0].id, m.tasks()[static_cast<std::size_t>(task)].id});
  m.advance_until(hours(send_h + 20));
  const Outcomes& o = m.outcomes();
  EXPECT_GT(o.rescued_alive + o.rescued_dead, 0);
  return o.rescued_alive / (o.rescued_alive + o.rescued_dead);
}

TEST(ResponseModel, PeopleFreedLaterSurviveLessOften) {
  const double early = alive_share_when_sent_at(3), late = alive_share_when_sent_at(48);
  EXPECT_GT(early, late + 0.2) << "early " << early << ", late " << late;
}

TEST(ResponseModel, ATraineeMobilisesAndAssignsAUnitThatThenWorksTheTask) {
  const auto load = shipped_scenario("earthquake_m6_onshore");
  const RunOptions trainee = trainee_mode();
  ResponseModel m(load.district.world, load.scenario, 0, trainee);
  m.advance_until(hours(3));
  const std::int64_t task = first_known_task(m, "heavy_rescue");
  ASSERT_GE(task, 0);
  m.submit(Actor::trainee, Assign{m.units()[0].id, m.tasks()[static_cast<std::size_t>(task)].id});
  EXPECT_EQ(m.log().back().kind, LogKind::rejected) << "a unit at standby cannot be sent";
  m.submit(Actor::trainee, Mobilise{{m.units()[0].id}});
  EXPECT_EQ(m.units()[0].state, UnitState::assembling);
  m.advance_until(hours(4));
  ASSERT_EQ(m.units()[0].state, UnitState::idle);
  m.submit(Actor::trainee, Assign{m.units()[0].id, m.tasks()[static_cast<std::size_t>(task)].id});
  EXPECT_EQ(m.units()[0].state, UnitState::travelling);
  EXPECT_EQ(m.tasks()[task].units, 1);
  m.advance_until(hours(24));
  EXPECT_LT(m.tasks()[task].remaining, m.tasks()[task].total) << "the unit freed people";
  ASSERT_NO_THROW(m.check_invariants());
}

TEST(ResponseModel, AnUnknownTaskOrAidIsRejectedWithAReason) {
  const auto load = shipped_scenario("flood_typhoon_breach");
  ResponseModel m(load.district.world, load.scenario);
  m.submit(Actor::trainee, Assign{m.units()[0].id, "no_such_task"});
  EXPECT_EQ(m.log().back().kind, LogKind::rejected);
  EXPECT_EQ(m.log().back().refusal, Refusal::no_such_task);
  EXPECT_TRUE((m.log().back().command == Command{Assign{m.units()[0].id, "no_such_task"}})) << "the refused command is kept with its reason";
  EXPECT_EQ(m.log().back().by, Actor::trainee);
  m.submit(Actor::trainee, RequestAid{"atlantis"});
  EXPECT_EQ(m.log().back().refusal, Refusal::no_such_aid);
  m.submit(Actor::trainee, Mobilise{{m.units()[0].id, "no_such_team"}});
  EXPECT_EQ(m.log().back().refusal, Refusal::no_such_unit);
  EXPECT_EQ(m.log().back().refused_asked, "no_such_team");
  EXPECT_EQ(m.units()[0].state, UnitState::standby) << "a command with a bad unit changes nothing";
}

TEST(ResponseModel, ADeclaredLevelIsKeptAndInTheDoctrineItMovesThePlan) {
  const auto load = shipped_scenario("flood_typhoon_breach");
  ResponseModel m(load.district.world, load.scenario);
  m.advance_until(hours(7));
  ASSERT_EQ(m.plans().level("flood_control"), 3);
  m.submit(Actor::director, SetLevel{"flood_control", 1});
  EXPECT_EQ(m.plans().level("flood_control"), 1);
  EXPECT_EQ(m.declared_level("flood_control"), 1);
  EXPECT_EQ(m.plans().changes().back().reason, "declared by the director");
  m.submit(Actor::director, SetLevel{"earthquake", 1});
  EXPECT_EQ(m.log().back().kind, LogKind::rejected) << "not a plan of this scenario";

  const RunOptions trainee = trainee_mode();
  ResponseModel t(load.district.world, load.scenario, 0, trainee);
  t.advance_until(hours(7));
  t.submit(Actor::trainee, SetLevel{"flood_control", 2});
  EXPECT_EQ(t.declared_level("flood_control"), 2);
  EXPECT_EQ(t.plans().level("flood_control"), 3) << "the plan's own level stays the yardstick";
}

TEST(ResponseModel, BoatsDrawnFromTheWarehouseGoBackWhenTheCrewIsStoodDown) {
  const auto load = shipped_scenario("flood_typhoon_breach");
  const RunOptions trainee = trainee_mode();
  ResponseModel m(load.district.world, load.scenario, 0, trainee);
  m.advance_until(hours(20));
  std::uint32_t team = 0;
  while (m.units()[team].group != "flood_control") ++team;
  m.submit(Actor::trainee, Mobilise{{m.units()[team].id}});
  std::int64_t task = -1;
  for (int h = 24; h <= 36 && task < 0; ++h) {  // the first village's report of people caught by the water
    m.advance_until(hours(h));
    task = first_known_task(m, "boat_rescue");
  }
  ASSERT_GE(task, 0);
  m.submit(Actor::trainee, Assign{m.units()[team].id, m.tasks()[static_cast<std::size_t>(task)].id});
  EXPECT_EQ(m.log().back().kind, LogKind::rejected) << "no boats before the plan releases equipment";
  m.submit(Actor::trainee, ReleaseStock{false, true});
  const auto boats = *m.logistics().item_index("eq_assault_boat");
  const std::int64_t before = m.logistics().in_stock(boats);
  m.submit(Actor::trainee, Assign{m.units()[team].id, m.tasks()[static_cast<std::size_t>(task)].id});
  ASSERT_EQ(m.units()[team].state, UnitState::travelling);
  EXPECT_LT(m.logistics().in_stock(boats), before) << "the crews drew boats";
  EXPECT_EQ(m.units()[team].gear_item, static_cast<std::int64_t>(boats));
  m.advance_until(m.units()[team].duty_start_s + m.units()[team].shift_s + 60);
  EXPECT_NE(m.units()[team].state, UnitState::resting) << "a flood-control team works in relays";
  m.submit(Actor::trainee, StandDown{m.units()[team].id});
  EXPECT_EQ(m.logistics().in_stock(boats), before) << "back in the warehouse for the next crew";
  ASSERT_NO_THROW(m.check_invariants());
}

TEST(ResponseModel, AnotherReplicationGivesAnotherRun) {
  const auto load = shipped_scenario("flood_typhoon_breach");
  ResponseModel a(load.district.world, load.scenario, 0), b(load.district.world, load.scenario, 1);
  a.advance_until(a.end_s());
  b.advance_until(b.end_s());
  bool differs = a.log().size() != b.log().size() || a.events_processed() != b.events_processed();
  for (std::size_t k = 0; !differs && k < a.log().size(); ++k) differs = a.log()[k].at_s != b.log()[k].at_s;
  EXPECT_TRUE(differs) << "replication 1 draws other report delays and another disaster";
}

TEST(ResponseModel, MutualAidArrivesAfterItsDelayWithItsItems) {
  const auto load = shipped_scenario("earthquake_m6_onshore");
  ResponseModel m(load.district.world, load.scenario, 0, trainee_mode());
  const Logistics& l = m.logistics();
  auto stock = [&](const char* item) { return l.in_stock(*l.item_index(item)); };
  // items.csv: the warehouse holds 200 tents and 1,200 quilts; drinking water is at the suppliers.
  ASSERT_EQ(stock("relief_tent"), 200);
  ASSERT_EQ(stock("relief_quilt"), 1200);
  ASSERT_EQ(stock("agr_drinking_water"), 0);
  m.submit(Actor::trainee, RequestAid{"city"});
  m.submit(Actor::trainee, RequestAid{"city"});  // asked twice: it comes once
  // stock.yaml: Nantong's aid arrives 12 h after the request with 300 tents, 3,000 quilts
  // and 3,000 cases of water, among others.
  m.advance_until(hours(12) - 1);
  EXPECT_EQ(stock("relief_tent"), 200) << "not before its delay";
  m.advance_until(hours(12));
  EXPECT_EQ(stock("relief_tent"), 500);
  EXPECT_EQ(stock("relief_quilt"), 4200);
  EXPECT_EQ(stock("agr_drinking_water"), 3000);
  m.advance_until(hours(48));
  EXPECT_EQ(stock("relief_tent"), 500) << "the aid comes once";
  EXPECT_NO_THROW(m.check_invariants());
}

std::int64_t first_report_at(ResponseModel& m) {
  while (m.reporting_times().first_report_s < 0 && m.step()) {
  }
  return m.reporting_times().first_report_s;
}

TEST(ResponseModel, AReportToTheCitySentInTimeMeetsItsDeadlineAndOneNeverSentMissesIt) {
  const auto load = shipped_scenario("earthquake_m6_onshore");
  // plans/natural_disaster_relief.yaml: the district reports to the city within 2 h of the first report.
  ResponseModel prompt(load.district.world, load.scenario, 0, trainee_mode());
  const std::int64_t first = first_report_at(prompt);
  ASSERT_GE(first, 0);
  prompt.advance_until(first + hours(1.5));
  prompt.submit(Actor::trainee, SendReport{"city"});
  prompt.advance_until(first + hours(3));
  ResponseModel silent(load.district.world, load.scenario, 0, trainee_mode());
  ASSERT_EQ(first_report_at(silent), first) << "the same disaster, reported the same way";
  silent.advance_until(first + hours(2) - 1);
  auto city = [](const ResponseModel& m) {
    for (const auto& d : score::reporting_deadlines(m)) {
      if (d.target == "report_district_to_city") return d;
    }
    ADD_FAILURE() << "no city deadline";
    return score::DeadlineCheck{};
  };
  EXPECT_EQ(city(silent).status, score::DeadlineStatus::pending) << "a second before the limit";
  silent.advance_until(first + hours(2) + 1);
  EXPECT_EQ(city(silent).status, score::DeadlineStatus::missed);
  EXPECT_EQ(city(silent).to_s, -1);
  const score::DeadlineCheck sent = city(prompt);
  EXPECT_EQ(sent.status, score::DeadlineStatus::met);
  EXPECT_DOUBLE_EQ(sent.hours(), 1.5);
  EXPECT_EQ(sent.limit_h, 2.0);
}

}  // namespace
}  // namespace ttx::response
