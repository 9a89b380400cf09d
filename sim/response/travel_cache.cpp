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

// Whether the shortest-path row `d` still holds after edge `e` went from `was` to `now`
// hours (infinite: closed). Sums on the grid are exact, so "on a shortest path" is an
// equality test: a slower edge matters only where a path ran along it, a faster one
// only where it now gives a shorter way.
bool row_holds(const Eigen::VectorXd& d, const world::RoadEdge& e, double was, double now) {
  const double da = d[static_cast<Eigen::Index>(e.a)], db = d[static_cast<Eigen::Index>(e.b)];
  if (now > was) return !(std::isfinite(da) && da + was == db) && !(std::isfinite(db) && db + was == da);
  return !(std::isfinite(da) && da + now < db) && !(std::isfinite(db) && db + now < da);
}

}  // namespace

void TravelCache::refresh_edges() {
  Eigen::VectorXd fresh = world::edge_hours(roads_, transport_);
  for (double& h : fresh) {
    if (std::isfinite(h)) h = std::round(h * kGrid) / kGrid;
  }
  if (edges_version_ != 0 && edge_hours_.size() == fresh.size()) {
    // Rows of the last network that no changed edge touches stay: most changes are
    // a few roads far from most origins.
    std::vector<Eigen::Index> changed;
    for (Eigen::Index e = 0; e < fresh.size(); ++e) {
      if (fresh[e] != edge_hours_[e]) changed.push_back(e);
    }
    const auto& edges = roads_.edges();
    for (std::size_t r = 0; r < rows_.size(); ++r) {
      if (row_version_[r] != edges_version_) continue;
      bool holds = true;
      for (const Eigen::Index e : changed) {
        holds = holds && row_holds(rows_[r], edges[static_cast<std::size_t>(e)], edge_hours_[e], fresh[e]);
      }
      if (holds) row_version_[r] = version_;
    }
  }
  edge_hours_ = std::move(fresh);
  edges_version_ = version_;
}

double TravelCache::hours(std::uint32_t from, std::uint32_t to) {
  if (from >= rows_.size() || to >= rows_.size()) return world::kUnreachable;
  if (edges_version_ != version_) refresh_edges();
  // The roads are two-way: a fresh row of the destination serves as well.
  if (row_version_[from] != version_ && row_version_[to] == version_) return rows_[to][static_cast<Eigen::Index>(from)];
  if (row_version_[from] != version_) {
    rows_[from] = world::hours_from(roads_, from, edge_hours_);
    row_version_[from] = version_;
  }
  return rows_[from][static_cast<Eigen::Index>(to)];
}

}  // namespace ttx::response
