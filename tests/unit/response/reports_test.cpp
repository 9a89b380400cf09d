// The reporting chain: command learns later and less at first, then everything.
#include "sim/response/reports.h"

#include <gtest/gtest.h>

#include "../hazard/shipped_world.h"
#include "sim/core/stream_names.h"
#include "sim/hazard/generate.h"
#include "sim/response/plan_engine.h"

namespace ttx::response {
namespace {

using world::Indicator;

struct Quake {
  io::ScenarioLoad load = testing_support::shipped_scenario("earthquake_m6_onshore");
  hazard::HazardResult truth = hazard::generate_impacts(load.district.world, load.scenario);
  std::vector<PictureAt> reported(std::uint64_t replication = 0, const world::World* w = nullptr) const {
    core::Rng rng = core::StreamFactory(load.scenario.seed, replication).stream(core::streams::kReports);
    return reported_picture(w ? *w : load.district.world, truth, rng);
  }
};

KnownPicture at(const std::vector<PictureAt>& timeline, std::int64_t t) {
  KnownPicture p;
  for (const auto& e : timeline) {
    if (e.at_s > t) break;
    p = e.picture;
  }
  return p;
}

TEST(Reports, CommandLearnsLaterAndLessAtFirstThenEverything) {
  const Quake q;
  const auto truth = perfect_information(q.truth);
  const auto reported = q.reported();
  ASSERT_FALSE(reported.empty());
  EXPECT_GT(reported.front().at_s, 0) << "nothing is known at the very moment of the shock";
  const double true_dead = truth.back().picture[Indicator::dead_missing];
  const double early_dead = at(reported, 2 * 3600)[Indicator::dead_missing];
  EXPECT_GT(early_dead, 0);
  EXPECT_LT(early_dead, true_dead) << "first counts are partial";
  const KnownPicture last = reported.back().picture;
  EXPECT_EQ(last[Indicator::dead_missing], true_dead);
  EXPECT_EQ(last[Indicator::relocated], truth.back().picture[Indicator::relocated]);
  EXPECT_EQ(last.trapped, truth.back().picture.trapped);
  EXPECT_EQ(last.injured, truth.back().picture.injured);
  for (std::size_t k = 1; k < reported.size(); ++k) ASSERT_LT(reported[k - 1].at_s, reported[k].at_s);
}

TEST(Reports, NoVillageReportReachesTheDistrictFasterThanTheChainsFloors) {
  const Quake q;
  const world::Reporting& r = q.load.district.world.reporting;
  ASSERT_GT(r.village_to_town_at_least_min + r.town_to_district_at_least_min, 0);
  core::Rng rng = core::StreamFactory(q.load.scenario.seed, 0).stream(core::streams::kReports);
  std::size_t villages = 0;
  for (const auto& a : report_arrivals(q.load.district.world, q.truth, rng)) {
    const hazard::Impact& i = q.truth.impacts[a.impact];
    if (i.kind == hazard::ImpactKind::indicator || i.kind == hazard::ImpactKind::levee_work) continue;
    if (i.kind != hazard::ImpactKind::displaced && i.kind != hazard::ImpactKind::killed) continue;
    ++villages;
    // reporting.yaml: at least 10 min from village to town and 10 more to the district.
    EXPECT_GE(a.reported.at_s - i.at_s, 20 * 60 - 1);
  }
  EXPECT_GT(villages, 100u);
}

TEST(Reports, TheSameDisasterIsAlwaysReportedTheSameWay) {
  const Quake q;
  const auto a = q.reported(0), b = q.reported(0), c = q.reported(1);
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t k = 0; k < a.size(); ++k) {
    EXPECT_EQ(a[k].at_s, b[k].at_s);
    EXPECT_TRUE(a[k].picture == b[k].picture);
  }
  EXPECT_TRUE(a.size() != c.size() || a.front().at_s != c.front().at_s) << "another replication, other delays";
}

TEST(Reports, WithoutDelaysOrGapsTheChainIsPerfectInformation) {
  const Quake q;
  world::World w = q.load.district.world;
  w.reporting.village_to_town_min = w.reporting.town_to_district_min = w.reporting.indicator_delay_min = 0;
  w.reporting.village_to_town_at_least_min = w.reporting.town_to_district_at_least_min = 0;
  w.reporting.first_count_share = 1.0;
  const auto reported = q.reported(0, &w);
  const auto perfect = perfect_information(q.truth);
  ASSERT_EQ(reported.size(), perfect.size());
  for (std::size_t k = 0; k < reported.size(); ++k) {
    EXPECT_EQ(reported[k].at_s, perfect[k].at_s);
    EXPECT_TRUE(reported[k].picture == perfect[k].picture);
  }
}

TEST(Reports, ThePlansRespondNoEarlierThanPerfectInformationAllows) {
  const auto load = testing_support::shipped_scenario("flood_typhoon_breach");
  const auto truth = hazard::generate_impacts(load.district.world, load.scenario);
  core::Rng rng = core::StreamFactory(load.scenario.seed).stream(core::streams::kReports);
  auto level_i_at = [&](const std::vector<PictureAt>& timeline) {
    PlanEngine e(load.district.world, {"flood_control"});
    for (const auto& p : timeline) e.update(p.at_s, p.picture);
    for (const auto& c : e.changes()) {
      if (c.to == 1) return c.at_s;
    }
    return std::int64_t{-1};
  };
  const auto perfect = level_i_at(perfect_information(truth));
  const auto reported = level_i_at(reported_picture(load.district.world, truth, rng));
  EXPECT_EQ(perfect, 22 * 3600);
  // reporting.yaml: a breach reaches the duty office 10 minutes after it happens.
  EXPECT_EQ(reported, perfect + 10 * 60);
}

}  // namespace
}  // namespace ttx::response
