#include "sim/world/travel_times.h"

#include <cmath>
#include <functional>
#include <queue>

namespace ttx::world {

Eigen::VectorXd edge_hours(const RoadNetwork& roads, const Transport& t) {
  const auto& edges = roads.edges();
  Eigen::VectorXd hours(static_cast<Eigen::Index>(edges.size()));
  for (std::size_t i = 0; i < edges.size(); ++i) {
    const RoadEdge& e = edges[i];
    const double speed =
        t.road_classes[static_cast<int>(e.cls)].design_speed_km_h * t.design_speed_factor * e.speed_factor;
    hours[static_cast<Eigen::Index>(i)] = e.closed || !(speed > 0) ? kUnreachable : e.length_km / speed;
  }
  return hours;
}

namespace {

// Dijkstra from one origin with the given edge weights, into `dist` (pre-filled
// with infinity). Ties are broken by node index, so results never depend on hashing.
template <class Row>
void shortest_paths(const RoadNetwork& roads, std::uint32_t origin, const Eigen::VectorXd& weight, Row&& dist,
                    std::vector<std::uint32_t>* previous = nullptr) {
  using Item = std::pair<double, std::uint32_t>;
  const auto& edges = roads.edges();
  std::priority_queue<Item, std::vector<Item>, std::greater<>> open;
  dist[origin] = 0.0;
  open.emplace(0.0, origin);
  while (!open.empty()) {
    const auto [d, u] = open.top();
    open.pop();
    if (d > dist[u]) continue;
    for (std::uint32_t ei : roads.incident(u)) {
      const double nd = d + weight[ei];
      const std::uint32_t v = edges[ei].a == u ? edges[ei].b : edges[ei].a;
      if (nd < dist[v]) {
        dist[v] = nd;
        if (previous != nullptr) (*previous)[v] = u;
        open.emplace(nd, v);
      }
    }
  }
}

}  // namespace

Eigen::MatrixXd travel_hours(const RoadNetwork& roads, const std::vector<std::uint32_t>& origins,
                             const Transport& t) {
  const Eigen::VectorXd w = edge_hours(roads, t);
  const auto n = static_cast<Eigen::Index>(roads.nodes().size());
  Eigen::MatrixXd out = Eigen::MatrixXd::Constant(static_cast<Eigen::Index>(origins.size()), n, kUnreachable);
  for (std::size_t r = 0; r < origins.size(); ++r) shortest_paths(roads, origins[r], w, out.row(static_cast<Eigen::Index>(r)));
  return out;
}

Eigen::VectorXd hours_from(const RoadNetwork& roads, std::uint32_t origin, const Eigen::VectorXd& edge_hours) {
  Eigen::VectorXd dist = Eigen::VectorXd::Constant(static_cast<Eigen::Index>(roads.nodes().size()), kUnreachable);
  shortest_paths(roads, origin, edge_hours, dist);
  return dist;
}

std::vector<std::uint32_t> shortest_route(const RoadNetwork& roads, std::uint32_t from, std::uint32_t to,
                                          const Eigen::VectorXd& weight) {
  const std::size_t n = roads.nodes().size();
  if (from >= n || to >= n) return {};
  Eigen::VectorXd dist = Eigen::VectorXd::Constant(static_cast<Eigen::Index>(n), kUnreachable);
  std::vector<std::uint32_t> previous(n, from);
  shortest_paths(roads, from, weight, dist, &previous);
  if (!std::isfinite(dist[to])) return {};
  std::vector<std::uint32_t> route{to};
  for (std::uint32_t v = to; v != from; v = previous[v]) route.push_back(previous[v]);
  return {route.rbegin(), route.rend()};
}

Eigen::VectorXd road_distances_km(const RoadNetwork& roads, std::uint32_t origin) {
  Eigen::VectorXd length(static_cast<Eigen::Index>(roads.edges().size()));
  for (std::size_t i = 0; i < roads.edges().size(); ++i) length[static_cast<Eigen::Index>(i)] = roads.edges()[i].length_km;
  Eigen::VectorXd dist = Eigen::VectorXd::Constant(static_cast<Eigen::Index>(roads.nodes().size()), kUnreachable);
  shortest_paths(roads, origin, length, dist);
  return dist;
}

}  // namespace ttx::world
