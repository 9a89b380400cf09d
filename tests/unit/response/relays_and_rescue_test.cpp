// Relays, stand-down, community rescue and the duty officer's call-out, on the
// shipped scenarios with their fixed seeds.
#include <gtest/gtest.h>

#include "../hazard/shipped_world.h"
#include "sim/response/response_model.h"
#include "sim/score/run_summary.h"

namespace ttx::response {
namespace {

using testing_support::shipped_scenario;

std::int64_t hours(double h) { return static_cast<std::int64_t>(h * 3600); }

TEST(Relays, ALargeTeamHandsOverToItsNextRelayInsteadOfRestingWhole) {
  const auto load = shipped_scenario("earthquake_m6_onshore");
  ResponseModel m(load.district.world, load.scenario);
  m.advance_until(hours(6));
  std::int64_t team = -1;
  for (std::uint32_t u = 0; u < m.units().size() && team < 0; ++u) {
    if (m.units()[u].group == "fire_rescue" && m.units()[u].state == UnitState::working) team = u;
  }
  ASSERT_GE(team, 0) << "a fire team is at work six hours after the shock";
  const Unit& unit = m.units()[static_cast<std::size_t>(team)];
  EXPECT_EQ(unit.relays, 2) << "12 h on, 12 h off: two relays";
  EXPECT_EQ(unit.on_duty_people(), unit.people / 2);
  const std::int64_t shift_end = unit.duty_start_s + unit.shift_s;
  m.advance_until(shift_end + 60);
  EXPECT_NE(m.units()[static_cast<std::size_t>(team)].state, UnitState::resting) << "the other half takes over";
  ASSERT_NO_THROW(m.check_invariants());
}

TEST(Relays, AUnitTooSmallForRelaysRestsWholeAfterItsShift) {
  const auto load = shipped_scenario("freezing_rain_2008");
  ResponseModel m(load.district.world, load.scenario);
  std::int64_t crew = -1;
  for (int h = 1; h <= 72 && crew < 0; ++h) {
    m.advance_until(hours(h));
    for (std::uint32_t u = 0; u < m.units().size() && crew < 0; ++u) {
      if (m.units()[u].group == "power" && m.units()[u].state == UnitState::working) crew = u;
    }
  }
  ASSERT_GE(crew, 0);
  const Unit& unit = m.units()[static_cast<std::size_t>(crew)];
  EXPECT_EQ(unit.relays, 1) << "a power crew of 7 cannot split into relays of 5";
  m.advance_until(unit.duty_start_s + unit.shift_s + 60);
  EXPECT_EQ(m.units()[static_cast<std::size_t>(crew)].state, UnitState::resting);
}

TEST(Relays, AStoodDownUnitGoesBackToItsBaseAndIsFreeThere) {
  const auto load = shipped_scenario("flood_typhoon_breach");
  RunOptions trainee;
  trainee.doctrine = false;
  ResponseModel m(load.district.world, load.scenario, 0, trainee);
  m.advance_until(hours(20));
  std::uint32_t team = 0;
  while (m.units()[team].group != "flood_control") ++team;
  m.submit(Actor::trainee, StandDown{m.units()[team].id});
  EXPECT_EQ(m.log().back().refusal, Refusal::not_on_site) << "at standby in its base: nothing to stand down from";
  m.submit(Actor::trainee, Mobilise{{m.units()[team].id}});
  m.submit(Actor::trainee, ReleaseStock{false, true});
  std::int64_t task = -1;
  for (int h = 24; h <= 36 && task < 0; ++h) {  // the first village's report of people caught by the water
    m.advance_until(hours(h));
    for (std::uint32_t t = 0; t < m.tasks().size() && task < 0; ++t) {
      if (m.tasks()[t].known_s >= 0 && m.tasks()[t].open() && m.tasks()[t].node != m.units()[team].base_node &&
          m.world().skills[m.tasks()[t].skill].id == "boat_rescue") {
        task = t;
      }
    }
  }
  ASSERT_GE(task, 0);
  const auto boats = *m.logistics().item_index("eq_assault_boat");
  const std::int64_t before = m.logistics().in_stock(boats);
  m.submit(Actor::trainee, Assign{m.units()[team].id, m.tasks()[static_cast<std::size_t>(task)].id});
  ASSERT_EQ(m.units()[team].state, UnitState::travelling);
  m.advance_until(hours(30));
  ASSERT_EQ(m.check(StandDown{m.units()[team].id}).refusal, Refusal::none);
  m.submit(Actor::trainee, StandDown{m.units()[team].id});
  EXPECT_EQ(m.units()[team].state, UnitState::returning);
  EXPECT_EQ(m.units()[team].task, -1);
  EXPECT_EQ(m.logistics().in_stock(boats), before) << "the boats go back for the next crew";
  m.advance_until(hours(40));
  EXPECT_EQ(m.units()[team].state, UnitState::idle);
  EXPECT_EQ(m.units()[team].node, m.units()[team].base_node);
  ASSERT_NO_THROW(m.check_invariants());
}

TEST(CommunityRescue, NeighboursFreeTheLightlyTrappedBeforeAnyTeamArrives) {
  const auto load = shipped_scenario("earthquake_m6_onshore");
  RunOptions nobody_on_duty;
  nobody_on_duty.doctrine = false;
  ResponseModel idle(load.district.world, load.scenario, 0, nobody_on_duty);
  idle.advance_until(hours(5));
  EXPECT_GT(idle.outcomes().rescued_by_community, 0.5 * idle.outcomes().trapped) << "most are lightly trapped";
  EXPECT_NEAR(idle.outcomes().rescued_by_community, idle.outcomes().rescued_alive, 1e-6) << "no unit was sent";

  ResponseModel m(load.district.world, load.scenario);

  world::World alone = load.district.world;
  alone.community_rescue.loaded = false;
  ResponseModel without(alone, load.scenario);
  m.advance_until(hours(24));
  without.advance_until(hours(24));
  EXPECT_GT(m.outcomes().rescued_alive, without.outcomes().rescued_alive + 100)
      << "teams alone free fewer people alive in the first day";
}

// Campania-Irpinia 1980: 93 % of the trapped who survived were freed within 24 h.
TEST(CommunityRescue, MostOfTheTrappedWhoSurviveAreFreedWithinADay) {
  const auto load = shipped_scenario("earthquake_m6_onshore");
  ResponseModel m(load.district.world, load.scenario);
  const score::RunSummary s = score::run_and_summarise(m, m.end_s());
  ASSERT_GT(s.district.rescued_alive, 0);
  EXPECT_GT(s.district.rescued_alive_within_24h / s.district.rescued_alive, 0.8);
  EXPECT_GT(s.district.rescued_by_teams, 0) << "heavy entrapment is freed by the fire teams";
}

TEST(CommunityRescue, AtEveryHourOfTheFirst72HoursLifeSavingWorkGoesOnWhilePeopleWait) {
  const auto load = shipped_scenario("earthquake_m6_onshore");
  ResponseModel m(load.district.world, load.scenario);
  for (int h = 1; h <= 72 && h * 3600 <= m.end_s(); ++h) {
    m.advance_until(hours(h));
    if (m.waiting().trapped > 0.5) {
      EXPECT_FALSE(life_saving_sites_at_work(m).empty()) << "T+" << h << ": " << m.waiting().trapped << " trapped, nobody at work";
    }
  }
}

TEST(Hospitals, TheInjuredReachHospitalUntilItsBedsAreFullAndMoreBedsTreatMoreInTime) {
  const auto load = shipped_scenario("earthquake_m6_onshore");
  ResponseModel m(load.district.world, load.scenario);
  m.advance_until(m.end_s());
  double beds = 0;
  for (const auto& h : load.district.world.hospitals) beds += h.casualty_beds;
  EXPECT_GT(m.outcomes().to_hospital, 0.9 * beds) << "the earthquake fills the hospitals";
  EXPECT_LE(m.outcomes().to_hospital, beds + 1e-6);
  EXPECT_GT(m.outcomes().treated_in_time + m.outcomes().treated_late, m.outcomes().to_hospital)
      << "the medical teams treat others on site";

  world::World more = load.district.world;
  for (auto& h : more.hospitals) h.casualty_beds *= 2;
  ResponseModel bigger(more, load.scenario);
  bigger.advance_until(bigger.end_s());
  EXPECT_GT(bigger.outcomes().to_hospital, m.outcomes().to_hospital + 100);
  EXPECT_GT(bigger.outcomes().treated_in_time, m.outcomes().treated_in_time);
  ASSERT_NO_THROW(bigger.check_invariants());
}

TEST(DutyCallOut, TheDrillsIncidentsGetAUnitWithoutAnyResponseLevel) {
  const auto load = shipped_scenario("drill_incidents");
  ResponseModel m(load.district.world, load.scenario);
  const score::RunSummary s = score::run_and_summarise(m, m.end_s());
  EXPECT_TRUE(s.levels.empty()) << "the drill's incidents stay below every plan's level";
  EXPECT_GT(s.district.units_mobilised, 0);
  EXPECT_GT(s.district.treated_in_time + s.district.treated_late, 0) << "a medical team treats the injured";
  EXPECT_GT(s.district.rescued_alive, 0);

  RunOptions trainee;
  trainee.doctrine = false;
  ResponseModel idle(load.district.world, load.scenario, 0, trainee);
  idle.advance_until(idle.end_s());
  for (const auto& u : idle.units()) EXPECT_LT(u.mobilised_s, 0) << "only the doctrine calls units out";
}

}  // namespace
}  // namespace ttx::response
