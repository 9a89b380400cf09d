// The route cache against a plain search of its own network: every pair, on the
// shipped roads as they are, with a village's only road closed, and reopened. Places
// on a single road take their neighbour's row shifted by that road; the answers must
// be a full search's (on the cache's 2^-20 h grid) and unreachable exactly where it is.
#include "sim/response/travel_cache.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>

#include "../hazard/shipped_world.h"
#include "sim/world/travel_times.h"

namespace ttx::response {
namespace {

using testing_support::shipped_world;

void expect_every_pair_as_a_search(TravelCache& cache, const world::RoadNetwork& roads, const world::Transport& t) {
  const Eigen::VectorXd hours = world::edge_hours(roads, t);
  const auto n = static_cast<std::uint32_t>(roads.nodes().size());
  int failures = 0;
  for (std::uint32_t a = 0; a < n && failures < 5; ++a) {
    const Eigen::VectorXd row = world::hours_from(roads, a, hours);
    for (std::uint32_t b = 0; b < n && failures < 5; ++b) {
      const double want = row[static_cast<Eigen::Index>(b)], got = cache.hours(a, b);
      const bool same = std::isfinite(want) ? std::abs(got - want) < 1e-4 : !std::isfinite(got);
      if (!same) {
        ++failures;
        ADD_FAILURE() << roads.nodes()[a].id << " -> " << roads.nodes()[b].id << ": " << got << " h, a search gives " << want;
      }
    }
  }
}

TEST(TravelCache, EveryPairIsWhatAFullSearchGivesAsRoadsCloseAndReopen) {
  const world::World& w = shipped_world();
  world::RoadNetwork roads = w.roads;
  TravelCache cache(roads, w.transport);
  expect_every_pair_as_a_search(cache, roads, w.transport);

  // A village on a single road: closing it cuts the village off, and only it.
  std::int64_t leaf_edge = -1;
  for (std::uint32_t v = 0; v < roads.nodes().size() && leaf_edge < 0; ++v) {
    if (roads.incident(v).size() == 1) leaf_edge = roads.incident(v).front();
  }
  ASSERT_GE(leaf_edge, 0) << "the generated network joins each village to its town centre by one road";
  roads.set_closed(static_cast<std::uint32_t>(leaf_edge), true);
  cache.invalidate();
  expect_every_pair_as_a_search(cache, roads, w.transport);

  roads.set_closed(static_cast<std::uint32_t>(leaf_edge), false);
  cache.invalidate();
  expect_every_pair_as_a_search(cache, roads, w.transport);
}

}  // namespace
}  // namespace ttx::response
