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
  const auto fresh = [&](std::uint32_t n) -> const Eigen::VectorXd& {
    if (row_version_[n] != version_) {
      rows_[n] = world::hours_from(roads_, n, edge_hours_);
      row_version_[n] = version_;
    }
    return rows_[n];
  };
  // A place on a single road (a village off its town centre, a depot, a shelter: most
  // of the network) is that road away from everywhere its neighbour is. Its row is the
  // neighbour's shifted, exact on the grid, for the price of an addition.
  if (row_version_[from] != version_ && roads_.incident(from).size() == 1) {
    const std::uint32_t e = roads_.incident(from).front();
    const world::RoadEdge& road = roads_.edges()[e];
    const std::uint32_t via = road.a == from ? road.b : road.a;
    if (via != from && roads_.incident(via).size() > 1) {
      const Eigen::VectorXd& shifted = fresh(via);
      rows_[from] = shifted.array() + edge_hours_[static_cast<Eigen::Index>(e)];
      rows_[from][static_cast<Eigen::Index>(from)] = 0.0;
      row_version_[from] = version_;
    }
  }
  return fresh(from)[static_cast<Eigen::Index>(to)];
}

}  // namespace ttx::response
