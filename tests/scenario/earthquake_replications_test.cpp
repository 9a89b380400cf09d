// Over many replications of the shipped earthquake the logistics never stalls: every
// town a road reaches gets relief, a town cut off holds up no other, and the stock
// figures agree with one another. 100 replications to T+36 (relief reaches every town within a day); 5 under AddressSanitizer, whose
// suite must stay cheap (the sanitizer build checks memory, the release build numbers).
#include <gtest/gtest.h>

#include <cmath>

#include "../unit/hazard/shipped_world.h"
#include "sim/response/response_model.h"
#include "sim/score/run_summary.h"
#include "sim/world/travel_times.h"

#if defined(__SANITIZE_ADDRESS__)
constexpr std::uint64_t kReplications = 5;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr std::uint64_t kReplications = 5;
#else
constexpr std::uint64_t kReplications = 100;
#endif
#else
constexpr std::uint64_t kReplications = 100;
#endif

namespace ttx::response {
namespace {

TEST(EarthquakeReplications, EveryReachableTownGetsReliefAndTheStockFiguresAgree) {
  const auto load = testing_support::shipped_scenario("earthquake_m6_onshore");
  const world::World& w = load.district.world;
  const auto depot = static_cast<std::uint32_t>(w.roads.find("district_warehouse"));
  int replications_with_a_town_cut_off = 0;
  for (std::uint64_t rep = 0; rep < kReplications; ++rep) {
    ResponseModel m(w, load.scenario, rep);
    const score::RunSummary s = score::run_and_summarise(m, 36 * 3600);
    const Eigen::MatrixXd hours = world::travel_hours(m.roads(), {depot}, w.transport);
    bool cut_off = false;
    for (std::size_t t = 0; t < w.towns.size(); ++t) {
      const auto& town = s.towns[t];
      if (town.displaced <= 0) continue;
      const auto node = w.roads.find(w.towns[t].id);
      ASSERT_GE(node, 0) << w.towns[t].id;
      if (!std::isfinite(hours(0, node))) {
        cut_off = true;  // no road to it at the end: its orders may wait, nobody else's
        continue;
      }
      EXPECT_GE(town.first_relief_h, 0) << "replication " << rep << ": " << town.id << " is reachable but got nothing";
    }
    replications_with_a_town_cut_off += cut_off;
    for (const auto& c : s.categories) {
      if (c.first_delivery_h >= 0) {
        EXPECT_GE(c.first_load_h, 0) << "replication " << rep << ": " << c.id << " delivered, never loaded";
        EXPECT_LE(c.first_load_h, c.first_delivery_h) << "replication " << rep << ": " << c.id;
      }
      if (c.request_to_delivery_p50_h >= 0) {
        EXPECT_LE(c.request_to_load_p50_h, c.request_to_delivery_p50_h + 1e-9)
            << "replication " << rep << ": " << c.id << " delivered before it was loaded";
      }
      EXPECT_LE(c.delivered, c.granted) << "replication " << rep << ": " << c.id;
      EXPECT_LE(c.granted, c.requested) << "replication " << rep << ": " << c.id;
    }
  }
  RecordProperty("replications_with_a_town_cut_off", replications_with_a_town_cut_off);
}

}  // namespace
}  // namespace ttx::response
