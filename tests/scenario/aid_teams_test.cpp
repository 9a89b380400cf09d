// Mutual aid brings teams as well as goods where the plans say so: the city's and the
// province's rescue and medical teams reach the earthquake after their delay and work
// like the district's own; a flood brings the flood-fighting team and no earthquake team.
#include <gtest/gtest.h>

#include <algorithm>

#include "../unit/hazard/shipped_world.h"
#include "sim/response/response_model.h"

namespace ttx::response {
namespace {

using testing_support::shipped_scenario;

std::vector<const Unit*> aid_units(const ResponseModel& m, const std::string& aid) {
  std::vector<const Unit*> out;
  for (const auto& u : m.units()) {
    if (u.aid >= 0 && m.world().mutual_aid[static_cast<std::size_t>(u.aid)].id == aid) out.push_back(&u);
  }
  return out;
}

std::int64_t aid_requested_s(const ResponseModel& m, const std::string& aid) {
  for (const auto& e : m.log()) {
    if (e.kind == LogKind::aid && !e.arrived && m.world().mutual_aid[static_cast<std::size_t>(e.aid)].id == aid) return e.at_s;
  }
  return -1;
}

TEST(AidTeams, TheProvincesRescueTeamsComeToTheEarthquakeAfterTheirDelayAndWork) {
  const auto load = shipped_scenario("earthquake_m6_onshore");
  ResponseModel m(load.district.world, load.scenario, 0);
  const auto province = aid_units(m, "province");
  ASSERT_FALSE(province.empty()) << "stock.yaml: the province's teams under the earthquake plan";
  for (const Unit* u : province) EXPECT_FALSE(u->arrived) << u->id << " is not here before anyone asks";
  m.advance_until(48 * 3600);
  const std::int64_t asked = aid_requested_s(m, "province");
  ASSERT_GE(asked, 0) << "level II asks the province";
  double worked = 0;
  for (const Unit* u : aid_units(m, "province")) {
    EXPECT_TRUE(u->arrived) << u->id;
    EXPECT_GE(u->mobilised_s, asked) << u->id << " mobilised on arrival, not before the request";
    const world::AidTeam& t = m.world().mutual_aid[static_cast<std::size_t>(u->aid)].teams[static_cast<std::size_t>(u->aid_team)];
    EXPECT_GE(u->mobilised_s, asked + static_cast<std::int64_t>(t.delay_h * 3600)) << u->id << " came before its delay";
    worked += u->worked_h;
  }
  EXPECT_GT(worked, 0) << "they work like the district's teams";
  EXPECT_TRUE(std::any_of(m.log().begin(), m.log().end(), [](const LogEntry& e) {
    return e.kind == LogKind::aid && e.arrived && e.crew >= 0 && e.count > 0;
  })) << "their arrival is in the timeline";
  // Nothing of the province's flood team under the earthquake plan.
  for (const Unit* u : aid_units(m, "province")) EXPECT_NE(u->group, "flood_control") << u->id;
}

TEST(AidTeams, AFloodBringsTheFloodTeamAndNoEarthquakeTeam) {
  const auto load = shipped_scenario("flood_typhoon_breach");
  ResponseModel m(load.district.world, load.scenario, 0);
  for (const Unit* u : aid_units(m, "province")) EXPECT_EQ(u->group, "flood_control") << u->id;
  for (const Unit* u : aid_units(m, "city")) EXPECT_EQ(u->group, "fire_rescue") << u->id << ": the city's medical team is for earthquakes";
}

TEST(AidTeams, ATraineeCannotMobiliseTeamsThatHaveNotCome) {
  const auto load = shipped_scenario("earthquake_m6_onshore");
  RunOptions trainee;
  trainee.doctrine = false;
  ResponseModel m(load.district.world, load.scenario, 0, trainee);
  const auto city = aid_units(m, "city");
  ASSERT_FALSE(city.empty());
  const std::string id = city.front()->id;
  m.advance_until(3600);
  EXPECT_EQ(m.check(Mobilise{{id}}).refusal, Refusal::not_arrived);
  m.submit(Actor::trainee, RequestAid{"city"});
  const auto& t = m.world().mutual_aid[static_cast<std::size_t>(city.front()->aid)].teams[static_cast<std::size_t>(city.front()->aid_team)];
  m.advance_until(m.now_s() + static_cast<std::int64_t>(t.delay_h * 3600) + 1);
  EXPECT_EQ(m.check(Mobilise{{id}}).refusal, Refusal::none) << "come: the trainee mobilises it";
}

// Help that has not come yet, and a team an inject took out of play, are passed over
// by the plan's call-outs: the book never gives an order the model must refuse.
TEST(AidTeams, TeamsNotYetComeNeverMakeTheBookGiveARefusedOrder) {
  for (const char* name : {"earthquake_m6_onshore", "flood_typhoon_breach", "freezing_rain_2008"}) {
    auto load = shipped_scenario(name);
    world::Inject out;
    out.seq = 99;
    out.at_s = 0;
    out.to = "duty_officer";
    out.message = out.message_zh = "消防救援站一支队伍因车辆故障无法出动";
    world::InjectEffect e;
    e.kind = world::EffectKind::unit_unavailable;
    e.unit = load.district.world.teams.at(0).id;
    out.effects.push_back(e);
    load.scenario.injects.push_back(out);
    ResponseModel m(load.district.world, load.scenario, 0);
    m.advance_until(m.end_s());
    for (const auto& entry : m.log()) {
      if (entry.kind == LogKind::rejected) {
        EXPECT_NE(entry.by, Actor::doctrine) << name << ": the book's order refused at " << entry.at_s << " s, "
                                              << to_string(entry.refusal);
      }
    }
  }
}

}  // namespace
}  // namespace ttx::response
