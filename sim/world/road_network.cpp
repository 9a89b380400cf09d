#include "sim/world/road_network.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace ttx::world {

double distance_km(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kRad = 3.14159265358979323846 / 180.0;
  const double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2.0 * 6371.0 * std::asin(std::min(1.0, std::sqrt(h)));
}

std::uint32_t RoadNetwork::add_node(RoadNode node) {
  if (index_.count(node.id)) throw std::logic_error("RoadNetwork: duplicate node id " + node.id);
  const auto i = static_cast<std::uint32_t>(nodes_.size());
  index_.emplace(node.id, i);
  nodes_.push_back(std::move(node));
  incident_.emplace_back();
  return i;
}

std::uint32_t RoadNetwork::add_edge(RoadEdge edge) {
  if (edge.a >= nodes_.size() || edge.b >= nodes_.size()) throw std::logic_error("RoadNetwork: edge to unknown node");
  const auto i = static_cast<std::uint32_t>(edges_.size());
  incident_[edge.a].push_back(i);
  incident_[edge.b].push_back(i);
  edges_.push_back(edge);
  return i;
}

std::int64_t RoadNetwork::find(const std::string& id) const {
  auto it = index_.find(id);
  return it == index_.end() ? -1 : static_cast<std::int64_t>(it->second);
}

std::int64_t RoadNetwork::edge_between(const std::string& a, const std::string& b) const {
  const auto na = find(a), nb = find(b);
  if (na < 0 || nb < 0) return -1;
  std::int64_t ferry = -1;  // a ferry beside a road between the same two places is not the road
  for (const std::uint32_t e : incident_[static_cast<std::size_t>(na)]) {
    const RoadEdge& edge = edges_[e];
    if (!((edge.a == na && edge.b == nb) || (edge.a == nb && edge.b == na))) continue;
    if (!edge.ferry.is_ferry()) return e;
    if (ferry < 0) ferry = e;
  }
  return ferry;
}

void RoadNetwork::set_closed(std::uint32_t edge, bool closed) { edges_.at(edge).closed = closed; }
void RoadNetwork::set_speed_factor(std::uint32_t edge, double factor) {
  if (!(factor > 0)) throw std::invalid_argument("RoadNetwork: speed factor must be > 0 (close the edge instead)");
  edges_.at(edge).speed_factor = factor;
}

}  // namespace ttx::world
