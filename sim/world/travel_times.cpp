#include "sim/world/travel_times.h"

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

Eigen::MatrixXd travel_hours(const RoadNetwork& roads, const std::vector<std::uint32_t>& origins,
                             const Transport& t) {
  const Eigen::VectorXd w = edge_hours(roads, t);
  const auto& edges = roads.edges();
  const auto n = static_cast<Eigen::Index>(roads.nodes().size());
  Eigen::MatrixXd out = Eigen::MatrixXd::Constant(static_cast<Eigen::Index>(origins.size()), n, kUnreachable);
  using Item = std::pair<double, std::uint32_t>;
  for (std::size_t r = 0; r < origins.size(); ++r) {
    auto row = out.row(static_cast<Eigen::Index>(r));
    std::priority_queue<Item, std::vector<Item>, std::greater<>> open;
    row[origins[r]] = 0.0;
    open.emplace(0.0, origins[r]);
    while (!open.empty()) {
      const auto [d, u] = open.top();
      open.pop();
      if (d > row[u]) continue;
      for (std::uint32_t ei : roads.incident(u)) {
        const double nd = d + w[ei];
        const std::uint32_t v = edges[ei].a == u ? edges[ei].b : edges[ei].a;
        if (nd < row[v]) {
          row[v] = nd;
          open.emplace(nd, v);
        }
      }
    }
  }
  return out;
}

}  // namespace ttx::world
