// Travel times from wherever units and trucks are, on the roads as they stand now:
// one shortest-path row per origin, computed when first asked and dropped when
// the hazard (or a repair) changes a road it depends on.
#pragma once

#include <cstdint>
#include <vector>

#include <Eigen/Core>

#include "sim/world/road_network.h"
#include "sim/world/transport.h"

namespace ttx::response {

class TravelCache {
 public:
  TravelCache(const world::RoadNetwork& roads, const world::Transport& transport);

  /// Hours by road (at class speed) from `from` to `to`; infinity when unreachable.
  double hours(std::uint32_t from, std::uint32_t to);
  /// The network changed: each row is checked against the changed roads when next asked.
  void invalidate() { ++version_; }

 private:
  void refresh_edges();

  const world::RoadNetwork& roads_;
  const world::Transport& transport_;
  std::uint64_t version_ = 1, edges_version_ = 0;
  Eigen::VectorXd edge_hours_;
  std::vector<Eigen::VectorXd> rows_;
  std::vector<std::uint64_t> row_version_;
};

}  // namespace ttx::response
