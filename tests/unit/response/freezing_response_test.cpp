// The freezing rain's consequences, played on the shipped 2008-pattern storm
// (fixed seed): the grid's crews restore power (critical sites first, outside crews
// on request), stranded travellers on the G40 are relieved and released when it
// reopens, and each new command is refused, with its reason, where it does not apply.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "../hazard/shipped_world.h"
#include "sim/response/response_model.h"
#include "sim/score/freezing_figures.h"
#include "sim/score/run_summary.h"

namespace ttx::response {
namespace {

using testing_support::shipped_scenario;

constexpr double kDays = 30;

// The shipped district with `outside` of the grid's outside crews at most.
world::World with_outside_crews(const world::World& shipped, int outside) {
  world::World w = shipped;
  bool found = false;
  for (auto& c : w.sector_crews) {
    if (!c.on_request()) continue;
    c.crews = outside;
    found = true;
  }
  EXPECT_TRUE(found) << "the shipped district has outside power crews on request";
  return w;
}

// The storm played on for `days` (the weather stays as at its last hour: thawing).
score::FreezingFigures restore(const world::World& w, double days) {
  auto load = shipped_scenario("freezing_rain_2008");
  load.scenario.duration_h = days * 24;
  ResponseModel m(w, load.scenario);
  m.advance_until(m.end_s());
  EXPECT_NO_THROW(m.check_invariants());
  return score::freezing_figures(m);
}

const world::World& shipped() {
  static const auto load = shipped_scenario("freezing_rain_2008");
  static const world::World w = load.district.world;
  return w;
}

TEST(PowerRestoration, OutsideCrewsBringMostHouseholdsBackWithinWeeksAndWithoutThemFarFewer) {
  const auto surge = restore(shipped(), kDays);
  const auto alone = restore(with_outside_crews(shipped(), 0), kDays);
  ASSERT_GT(surge.households_off_peak, 50000) << "the storm cuts off a large share of the district";
  EXPECT_GT(surge.outside_crews_arrived, 20) << "the plan's level II asks State Grid for crews, scaled to the damage";
  EXPECT_EQ(alone.outside_crews_arrived, 0);
  // 2008: county towns of Chenzhou had power again within about 23 days.
  ASSERT_GE(surge.households_90_back_h, 0) << "9 in 10 households back within " << kDays << " days";
  EXPECT_GT(surge.households_90_back_h, 3 * 24) << "not implausibly fast";
  EXPECT_LT(surge.households_90_back_h, 26 * 24);
  EXPECT_GT(alone.households_off_end, 0.5 * alone.households_off_peak) << "the district's own 10 crews alone restore far less";
  EXPECT_GT(alone.days_left_at_end_pace, 30) << "and would need months more";
}

TEST(PowerRestoration, HalvingTheGridsSurgeSlowsRestoration) {
  const double days = 12;
  const auto full = restore(shipped(), days);
  const auto half = restore(with_outside_crews(shipped(), 40), days);
  EXPECT_GT(full.outside_crews_arrived, half.outside_crews_arrived);
  EXPECT_GT(full.spans_restored, half.spans_restored * 1.2);
  EXPECT_GT(full.households_restored, half.households_restored);
}

TEST(PowerRestoration, AHospitalHasGridPowerBeforeTheHouseholdsOfItsTown) {
  auto load = shipped_scenario("freezing_rain_2008");
  load.scenario.duration_h = 10 * 24;
  ResponseModel m(shipped(), load.scenario);
  std::map<std::uint32_t, std::int64_t> first_homes_back;  // town -> first hour with households back on
  for (std::int64_t t = 3600; t <= m.end_s(); t += 3600) {
    m.advance_until(t);
    const auto& f = m.freezing();
    for (std::uint32_t town = 0; town < f.households_restored.size(); ++town) {
      if (f.households_restored[town] > 0.5 && !first_homes_back.count(town)) first_homes_back[town] = t;
    }
  }
  int hospitals = 0;
  for (const auto& s : m.freezing().sites) {
    if (s.kind != SiteKind::hospital || s.off_s < 0) continue;
    const auto homes = first_homes_back.find(s.town);
    if (homes == first_homes_back.end()) continue;
    ++hospitals;
    ASSERT_GE(s.restored_s, 0) << "a hospital whose town has households back has power itself";
    EXPECT_LE(s.restored_s, homes->second);
    EXPECT_GE(s.first_generator_s, 0) << "and ran on a generator from the stock until then";
  }
  EXPECT_GT(hospitals, 3);
}

TEST(StrandedTravellers, AllAreRelievedAndReleasedWhenTheDeIcedG40Reopens) {
  const auto f = restore(shipped(), 3);
  ASSERT_GT(f.stranded, 1000) << "the G40 closes under glaze and travellers are caught";
  ASSERT_GE(f.reopened_h, 0);
  EXPECT_TRUE(f.reopened_by_deicing) << "the transport crews de-ice it before the thaw";
  EXPECT_NEAR(f.deicing_km_done, f.deicing_km, 1e-6);
  EXPECT_NEAR(f.released, f.stranded, 1e-6);
  // All but those caught in the last hours before the road opened were served at the service area.
  EXPECT_GT(f.relieved, 0.95 * f.stranded);
  EXPECT_NEAR(f.released_without_relief, f.stranded - f.relieved, 1e-6);
  EXPECT_GT(f.traveller_items_ordered, 0);
  EXPECT_GT(f.cold_peak, 0);
  EXPECT_GT(f.warm_relief_ordered, 0) << "quilts go out for people without heating";
}

TEST(FreezingCommands, EachIsRefusedWithItsReasonWhereItDoesNotApply) {
  auto load = shipped_scenario("freezing_rain_2008");
  RunOptions trainee;
  trainee.doctrine = false;
  ResponseModel m(shipped(), load.scenario, 0, trainee);
  const auto n_towns = static_cast<std::uint32_t>(shipped().towns.size());
  const auto town = [&](std::uint32_t t) { return shipped().towns[t].id; };
  EXPECT_EQ(m.check(RequestCrews{"no_such_crews"}).refusal, Refusal::no_such_crew);
  EXPECT_EQ(m.check(RequestCrews{"power"}).refusal, Refusal::no_such_crew) << "the district's own crews come without a request";
  EXPECT_EQ(m.check(RequestCrews{"power_mutual_aid"}).refusal, Refusal::no_more_crews) << "no span is known down yet";
  EXPECT_EQ(m.check(SendGenerators{town(0)}).refusal, Refusal::no_site_without_power);
  EXPECT_EQ(m.check(SendGenerators{"no_such_town"}).refusal, Refusal::no_such_town);
  EXPECT_EQ(m.check(WarmRelief{town(0)}).refusal, Refusal::nobody_cold);
  std::uint32_t outside = 0;
  while (!m.units()[outside].outside) ++outside;
  EXPECT_EQ(m.check(Mobilise{{m.units()[outside].id}}).refusal, Refusal::not_arrived);

  m.advance_until(30 * 3600);  // lines down, the G40 shut, homes cold: the trainee has done nothing
  std::uint32_t dark = 0;
  auto needs_generator = [&](std::uint32_t town) {
    const auto& sites = m.freezing().sites;
    return std::any_of(sites.begin(), sites.end(),
                       [&](const PowerSite& s) { return s.town == town && s.off_s >= 0 && s.restored_s < 0 && !s.generator; });
  };
  while (dark < n_towns && !needs_generator(dark)) ++dark;
  ASSERT_LT(dark, n_towns) << "some town's critical sites are without power";
  EXPECT_EQ(m.check(SendGenerators{town(dark)}).refusal, Refusal::no_generator) << "the equipment is not released yet";
  EXPECT_EQ(m.check(RequestCrews{"power_mutual_aid"}).refusal, Refusal::none);
  m.submit(Actor::trainee, RequestCrews{"power_mutual_aid"});
  EXPECT_EQ(m.check(RequestCrews{"power_mutual_aid"}).refusal, Refusal::no_more_crews) << "what is known is covered";
  m.submit(Actor::trainee, ReleaseStock{true, true});
  EXPECT_EQ(m.check(SendGenerators{town(dark)}).refusal, Refusal::none);
  m.submit(Actor::trainee, SendGenerators{town(dark)});
  EXPECT_EQ(m.check(SendGenerators{town(dark)}).refusal, Refusal::no_site_without_power) << "each site has its generator";
  std::uint32_t cold = 0;
  while (cold < n_towns && m.check(WarmRelief{town(cold)}).refusal != Refusal::none) ++cold;
  ASSERT_LT(cold, n_towns) << "towns report people without heating";
  m.submit(Actor::trainee, WarmRelief{town(cold)});
  EXPECT_EQ(m.check(WarmRelief{town(cold)}).refusal, Refusal::nobody_cold) << "their quilts are on the way";
  m.advance_until(m.end_s());
  EXPECT_NO_THROW(m.check_invariants());
  int arrived = 0;
  for (const auto& c : m.freezing().crews) arrived += c.arrived;
  EXPECT_GT(arrived, 0) << "the crews asked for came, a day later";
}

}  // namespace
}  // namespace ttx::response

namespace ttx::response {
namespace {

// Greenhouses, sheds and old houses fall under the snow: the town teams and militia
// check and search each collapse (the plan's level III sends them), and the households
// whose home fell are rehoused; a trainee who sends nobody leaves every collapse unchecked.
// The shipped storm played by the plan for its 72 h, summarised once for the tests below.
const score::RunSummary& by_plan_72h() {
  static const score::RunSummary s = [] {
    const auto load = shipped_scenario("freezing_rain_2008");
    ResponseModel m(shipped(), load.scenario);
    return score::run_and_summarise(m, m.end_s());
  }();
  return s;
}

TEST(CollapsedStructures, TheTeamsCheckTheCollapsesAndTheHouseholdsWhoseHomeFellAreRehoused) {
  const auto load = shipped_scenario("freezing_rain_2008");
  const score::RunSummary& s = by_plan_72h();
  const score::FreezingFigures& f = s.freezing;
  ASSERT_GT(f.structures_collapsed, 1000) << "the snow brings down the weak structures of the vegetable belt";
  ASSERT_GT(f.structures_known, 0.9 * f.structures_collapsed) << "the village cadres report them";
  EXPECT_GT(f.structures_checked, 0.9 * f.structures_known) << "the teams get round nearly all of them in three days";
  EXPECT_GT(f.homes_collapsed, 0);
  EXPECT_LT(f.homes_collapsed, 0.2 * f.structures_collapsed) << "most are greenhouses and sheds, not homes";
  EXPECT_NEAR(s.district.displaced, f.homes_collapsed * shipped().hazard_models.persons_per_household, f.homes_collapsed)
      << "the households of the fallen homes, and only they, must leave";
  EXPECT_GT(s.district.sheltered + s.district.sheltered_other_towns, 0) << "the plan opens shelters for them";

  RunOptions trainee;
  trainee.doctrine = false;
  ResponseModel idle(shipped(), load.scenario, 0, trainee);
  const score::RunSummary n = score::run_and_summarise(idle, idle.end_s());
  EXPECT_NEAR(n.freezing.structures_collapsed, f.structures_collapsed, 1e-9) << "the same storm";
  EXPECT_EQ(n.freezing.structures_checked, 0) << "nobody was sent";
  EXPECT_EQ(n.district.sheltered, 0) << "no shelter was opened";
}

// A trainee sends a town's own team to its collapses; refused while none is known, or its team is not out.
TEST(CollapsedStructures, CheckCollapsesSendsTheTownsOwnFreeUnitsAndSaysWhyNot) {
  const auto load = shipped_scenario("freezing_rain_2008");
  RunOptions trainee;
  trainee.doctrine = false;
  ResponseModel m(shipped(), load.scenario, 0, trainee);
  EXPECT_EQ(m.check(CheckCollapses{"no_such_town"}).refusal, Refusal::no_such_town);
  EXPECT_EQ(m.check(CheckCollapses{"changle"}).refusal, Refusal::no_collapse_known) << "nothing has fallen yet";
  m.advance_until(48 * 3600);  // the snow has brought structures down and the villages have reported them
  std::string town;
  for (const auto& t : shipped().towns) {
    if (m.check(CheckCollapses{t.id}).refusal == Refusal::no_unit_free && m.unit_index("town_team_" + t.id)) {
      town = t.id;
      break;
    }
  }
  ASSERT_FALSE(town.empty()) << "a town with its own team has collapses waiting, and nobody is out";
  m.submit(Actor::trainee, Mobilise{{"town_team_" + town}});
  m.advance_until(m.now_s() + 2 * 3600);  // assembled
  ASSERT_EQ(m.check(CheckCollapses{town}).refusal, Refusal::none);
  m.submit(Actor::trainee, CheckCollapses{town});
  const Unit& team = m.units()[*m.unit_index("town_team_" + town)];
  ASSERT_GE(team.task, 0);
  EXPECT_EQ(m.world().skills[m.tasks()[static_cast<std::size_t>(team.task)].skill].id, "collapse_search");
  EXPECT_EQ(m.tasks()[static_cast<std::size_t>(team.task)].town, *m.town_index(town));
  EXPECT_EQ(m.check(CheckCollapses{town}).refusal, Refusal::no_unit_free) << "its one team is out";
}

// The grid's outside crews are the district's to count only once asked for and come.
TEST(UnitCount, OutsideCrewsAreCountedOnlyOnceTheyHaveArrived) {
  int own = 0, outside = 0;
  const auto load = shipped_scenario("freezing_rain_2008");
  ResponseModel start(shipped(), load.scenario);
  for (const auto& u : start.units()) (u.outside ? outside : own) += 1;
  ASSERT_GT(outside, 0);
  EXPECT_EQ(score::summarise(start, {}, 0).district.units, own) << "at T+0 no outside crew has been asked for";
  const score::RunSummary& s = by_plan_72h();
  ASSERT_GT(s.freezing.outside_crews_arrived, 0);
  EXPECT_LE(s.freezing.outside_crews_arrived, s.freezing.outside_crews_requested);
  EXPECT_LE(s.freezing.outside_crews_requested, outside) << "never more than the mutual-aid agreements hold";
  EXPECT_EQ(s.district.units, own + s.freezing.outside_crews_arrived);
}

}  // namespace
}  // namespace ttx::response
