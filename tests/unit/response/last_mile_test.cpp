// The last mile: relief that reaches a town's transfer point counts as received only
// once it is handed out at the shelters and villages (the shipped flood, fixed seed).
#include <gtest/gtest.h>

#include "../hazard/shipped_world.h"
#include "sim/response/response_model.h"
#include "sim/score/run_summary.h"

namespace ttx::response {
namespace {

using testing_support::shipped_scenario;

struct MileRun {
  MileRun(const world::World& w, const world::Scenario& s) : model(w, s) { summary = score::run_and_summarise(model, model.end_s()); }
  ResponseModel model;
  score::RunSummary summary;
};

const io::ScenarioLoad& flood() {
  static const io::ScenarioLoad load = shipped_scenario("flood_typhoon_breach");
  return load;
}

TEST(LastMile, ReliefIsReceivedAfterTheCrossDockAndTheHandOutNotAtTheTownCentre) {
  const world::World& w = flood().district.world;
  ASSERT_TRUE(w.needs.last_mile.loaded) << "the shipped district has last_mile.yaml";
  world::World at_centre = w;
  at_centre.needs.last_mile.loaded = false;
  const MileRun with(w, flood().scenario), without(at_centre, flood().scenario);
  const double soonest_h = 1.0 + std::min(w.needs.last_mile.shelter_handout_h, w.needs.last_mile.village_handout_h);
  int towns = 0;
  for (std::size_t t = 0; t < w.towns.size(); ++t) {
    const TownState& s = with.model.towns()[t];
    if (s.supplied_at.empty()) continue;
    ++towns;
    EXPECT_GE(s.supplied_at.front().at_s - s.first_relief_s, static_cast<std::int64_t>(soonest_h * 3600) - 1)
        << w.towns[t].id << ": nobody has relief before it is cross-docked (1 h, depots.yaml) and handed out";
    EXPECT_NEAR(s.handed_over - s.on_last_mile, s.supplied, 1e-6 * (1 + s.supplied)) << w.towns[t].id << ": the last mile's books";
  }
  EXPECT_GT(towns, 0);
  EXPECT_LE(with.summary.district.relief_within_target, without.summary.district.relief_within_target + 1e-6)
      << "the last mile takes time out of the 10 hours";
  EXPECT_GT(with.summary.district.unmet_person_h, without.summary.district.unmet_person_h)
      << "people wait for the hand-out after the relief reached their town";
  EXPECT_LE(with.summary.district.supplied, without.summary.district.supplied + 1e-6);
}

TEST(LastMile, SlowerVansToTheVillagesLeaveMorePeopleWaiting) {
  const world::World& w = flood().district.world;
  world::World slow = w;
  slow.needs.last_mile.speed_factor = w.needs.last_mile.speed_factor / 4;
  const MileRun normal(w, flood().scenario), slower(slow, flood().scenario);
  EXPECT_GT(slower.summary.district.unmet_person_h, normal.summary.district.unmet_person_h)
      << "villages farther in time get their relief later";
  EXPECT_LE(slower.summary.district.relief_within_target, normal.summary.district.relief_within_target + 1e-6);
}

}  // namespace
}  // namespace ttx::response
