// Travel times over the road network as Eigen matrices, recomputed whenever the
// hazard cuts or slows edges (RoadNetwork::set_closed / set_speed_factor).
#pragma once

#include <cstdint>
#include <vector>

#include <Eigen/Core>

#include "sim/world/road_network.h"
#include "sim/world/transport.h"

namespace ttx::world {

/// Hours to drive each edge now (infinity when closed): length / (class design
/// speed × design_speed_factor × the edge's current speed factor).
Eigen::VectorXd edge_hours(const RoadNetwork& roads, const Transport& transport);

/// Shortest travel times (hours) from each origin to every node: origins.size()
/// rows × nodes().size() columns; unreachable nodes are infinity. Dijkstra with
/// ties broken by node index, so the result never depends on hashing.
Eigen::MatrixXd travel_hours(const RoadNetwork& roads, const std::vector<std::uint32_t>& origins,
                             const Transport& transport);

/// Shortest travel times (hours) from one origin to every node, with edge times
/// from edge_hours (computed once per state of the network by the caller).
Eigen::VectorXd hours_from(const RoadNetwork& roads, std::uint32_t origin, const Eigen::VectorXd& edge_hours);

/// The nodes of a shortest path from `from` to `to` under `weight` (one value per
/// edge, e.g. edge_hours), both ends included; empty when `to` cannot be reached.
std::vector<std::uint32_t> shortest_route(const RoadNetwork& roads, std::uint32_t from, std::uint32_t to,
                                          const Eigen::VectorXd& weight);

/// Shortest road distance (km) from `origin` to every node, ignoring closures
/// (how far water or a front travels along the ground, not how fast trucks do).
Eigen::VectorXd road_distances_km(const RoadNetwork& roads, std::uint32_t origin);

}  // namespace ttx::world
