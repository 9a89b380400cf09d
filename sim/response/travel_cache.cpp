#include "sim/response/travel_cache.h"

#include <cmath>

#include "sim/world/travel_times.h"

namespace ttx::response {

TravelCache::TravelCache(const world::RoadNetwork& roads, const world::Transport& transport)
    : roads_(roads), transport_(transport), rows_(roads.nodes().size()), row_version_(roads.nodes().size(), 0) {}

namespace {

// Edge hours on a grid of 2^-20 h (3.4 ms): sums of them are exact in a double, so a
// route costs the same in both directions and either end's row answers.
constexpr double kGrid = 1048576.0;

}  // namespace

double TravelCache::hours(std::uint32_t from, std::uint32_t to) {
  if (from >= rows_.size() || to >= rows_.size()) return world::kUnreachable;
  if (edges_version_ != version_) {
    edge_hours_ = world::edge_hours(roads_, transport_);
    for (double& h : edge_hours_) {
      if (std::isfinite(h)) h = std::round(h * kGrid) / kGrid;
    }
    edges_version_ = version_;
  }
  // The roads are two-way: a fresh row of the destination serves as well.
  if (row_version_[from] != version_ && row_version_[to] == version_) return rows_[to][static_cast<Eigen::Index>(from)];
  if (row_version_[from] != version_) {
    rows_[from] = world::hours_from(roads_, from, edge_hours_);
    row_version_[from] = version_;
  }
  return rows_[from][static_cast<Eigen::Index>(to)];
}

}  // namespace ttx::response
