// Evacuation ahead of the flood: ordered by the flood plan's level, worked by the
// units, and what it leaves at home when the water comes (the shipped typhoon and
// Yangtze breach, fixed seed).
#include <gtest/gtest.h>

#include <algorithm>

#include "../hazard/shipped_world.h"
#include "sim/response/response_model.h"

namespace ttx::response {
namespace {

using testing_support::shipped_scenario;

enum class Order { none, at_level_iii, at_level_iv, at_level_i };

// The flood-control plan with its evacuation order removed, or moved to level IV (earlier)
// or level I (later: the breach itself).
world::World with_order(const world::World& shipped, Order order) {
  world::World w = shipped;
  for (auto& plan : w.plans) {
    if (plan.id != "flood_control") continue;
    world::Action evacuate;
    bool found = false;
    for (auto& level : plan.levels) {
      auto& a = level.actions;
      const auto it = std::find_if(a.begin(), a.end(), [](const world::Action& x) { return x.kind == world::ActionKind::evacuate; });
      if (it == a.end()) continue;
      evacuate = *it, found = true;
      if (order != Order::at_level_iii) a.erase(it);
    }
    EXPECT_TRUE(found) << "the shipped flood plan orders an evacuation";
    const int moved_to = order == Order::at_level_iv ? 4 : order == Order::at_level_i ? 1 : 0;
    for (auto& level : plan.levels) {
      if (moved_to > 0 && level.level == moved_to) level.actions.push_back(evacuate);
    }
  }
  return w;
}

struct Result {
  double evacuated, at_home, killed;
};

Result run(Order order) {
  const auto load = shipped_scenario("flood_typhoon_breach");
  const world::World w = with_order(load.district.world, order);
  ResponseModel m(w, load.scenario);
  m.advance_until(m.end_s());
  EXPECT_NO_THROW(m.check_invariants());
  return {m.outcomes().evacuated, m.outcomes().caught_at_home, m.outcomes().killed + m.outcomes().died_waiting};
}

TEST(Evacuation, AnEarlierOrderLeavesFewerAtHomeAndFewerDeadAndNoOrderMore) {
  const Result none = run(Order::none), shipped = run(Order::at_level_iii), earlier = run(Order::at_level_iv),
               late = run(Order::at_level_i);
  EXPECT_EQ(none.evacuated, 0);
  EXPECT_GT(shipped.evacuated, 1000) << "the riverside villages are moved out before the breach";
  EXPECT_GT(none.at_home, shipped.at_home);
  EXPECT_GT(none.killed, shipped.killed);
  // Ordered at the breach, the same villages are still being moved when the water comes.
  EXPECT_GT(late.at_home, shipped.at_home + 1000);
  EXPECT_GT(late.killed, shipped.killed);
  EXPECT_LT(late.at_home, none.at_home) << "late is better than never";
  // The shipped order already has them out before the breach (those who refuse stay):
  // ordering still earlier changes nothing for the worse.
  EXPECT_GE(earlier.evacuated, shipped.evacuated - 1e-6);
  EXPECT_LE(earlier.at_home, shipped.at_home + 1e-6);
  EXPECT_LE(earlier.killed, shipped.killed + 1e-6);
}

TEST(Evacuation, ATraineeOrdersAVillageOutAndIsToldWhyNotTwice) {
  const auto load = shipped_scenario("flood_typhoon_breach");
  RunOptions trainee;
  trainee.doctrine = false;
  ResponseModel m(load.district.world, load.scenario, 0, trainee);
  m.advance_until(3600);
  EXPECT_EQ(m.check(Evacuate{"no_such_village"}).refusal, Refusal::no_such_village);
  const std::string village = load.district.world.villages[0].id;
  m.submit(Actor::trainee, Evacuate{village});
  EXPECT_EQ(m.check(Evacuate{village}).refusal, Refusal::already_ordered);
  m.submit(Actor::trainee, Evacuate{village});
  EXPECT_EQ(m.log().back().refusal, Refusal::already_ordered);
  ASSERT_NO_THROW(m.check_invariants());
}

TEST(ShelterElsewhere, ATownWhoseSheltersAreFullSendsPeopleToOtherTowns) {
  const auto load = shipped_scenario("flood_typhoon_breach");
  ResponseModel m(load.district.world, load.scenario);
  m.advance_until(m.end_s());
  const auto binjiang = *load.district.world.town_index("binjiang_jd");
  const TownState& full = m.towns()[binjiang];
  EXPECT_NEAR(full.in_shelter, full.shelter_capacity, 1e-6) << "滨江街道's own shelters are full";
  EXPECT_GT(full.sheltered_elsewhere, 1000);
  double hosted = 0;
  for (const auto& t : m.towns()) hosted += t.hosted;
  EXPECT_NEAR(hosted, full.sheltered_elsewhere, 1e-6);
  EXPECT_EQ(m.towns()[binjiang].hosted, 0);
  ASSERT_NO_THROW(m.check_invariants());

  RunOptions trainee;
  trainee.doctrine = false;
  ResponseModel t(load.district.world, load.scenario, 0, trainee);
  t.submit(Actor::trainee, ShelterElsewhere{"binjiang_jd", "binjiang_jd"});
  EXPECT_EQ(t.log().back().refusal, Refusal::nobody_to_move);
}

}  // namespace
}  // namespace ttx::response
