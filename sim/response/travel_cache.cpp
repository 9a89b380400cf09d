#include "sim/response/travel_cache.h"

#include "sim/world/travel_times.h"

namespace ttx::response {

TravelCache::TravelCache(const world::RoadNetwork& roads, const world::Transport& transport)
    : roads_(roads), transport_(transport), rows_(roads.nodes().size()), row_version_(roads.nodes().size(), 0) {}

double TravelCache::hours(std::uint32_t from, std::uint32_t to) {
  if (from >= rows_.size() || to >= rows_.size()) return world::kUnreachable;
  if (edges_version_ != version_) {
    edge_hours_ = world::edge_hours(roads_, transport_);
    edges_version_ = version_;
  }
  if (row_version_[from] != version_) {
    rows_[from] = world::hours_from(roads_, from, edge_hours_);
    row_version_[from] = version_;
  }
  return rows_[from][static_cast<Eigen::Index>(to)];
}

}  // namespace ttx::response
