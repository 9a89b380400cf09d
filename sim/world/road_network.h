// The road network: nodes (town centres, villages, depots, shelters, suppliers,
// transfer points) and edges with length, road class and current state. Travel
// times over it are in travel_times.h (Eigen stays out of this header).
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <unordered_map>
#include <vector>

#include "sim/world/transport.h"

namespace ttx::world {

enum class NodeKind { town, village, depot, supplier, transfer_point, shelter };

struct RoadNode {
  std::string id;
  NodeKind kind = NodeKind::town;
  double lat = 0, lon = 0;
};

/// A car ferry across the water: a link whose travel time is the crossing and the
/// wait for a departure, not its length; it stops in a typhoon warning.
struct Ferry {
  double crossing_h = 0;          ///< boarding, crossing and landing; 0: not a ferry
  double departures_per_h = 1;    ///< a vehicle waits half the interval on average
  double vehicles_per_crossing = 0;
  int stops_at_typhoon = 0;       ///< typhoon warning colour (1 blue .. 4 red) from which it does not sail; 0 never
  bool is_ferry() const { return crossing_h > 0; }
  double hours() const { return crossing_h + 0.5 / departures_per_h; }
};

struct RoadEdge {
  std::uint32_t a = 0, b = 0;
  double length_km = 0;
  RoadClass cls = RoadClass::village;
  bool bridge = false;
  Ferry ferry;
  // Current state, changed by hazards:
  bool closed = false;
  double speed_factor = 1.0;  ///< multiplies the class speed (ice, water, debris)
};

inline constexpr double kUnreachable = std::numeric_limits<double>::infinity();

class RoadNetwork {
 public:
  std::uint32_t add_node(RoadNode node);
  std::uint32_t add_edge(RoadEdge edge);

  const std::vector<RoadNode>& nodes() const { return nodes_; }
  const std::vector<RoadEdge>& edges() const { return edges_; }
  /// Index of the node with this id, or -1.
  std::int64_t find(const std::string& id) const;
  /// Index of an edge joining the nodes with these ids (either way), or -1.
  std::int64_t edge_between(const std::string& a, const std::string& b) const;

  void set_closed(std::uint32_t edge, bool closed);
  void set_speed_factor(std::uint32_t edge, double factor);

  /// Edges meeting at a node.
  const std::vector<std::uint32_t>& incident(std::uint32_t node) const { return incident_[node]; }

 private:
  std::vector<RoadNode> nodes_;
  std::vector<RoadEdge> edges_;
  std::vector<std::vector<std::uint32_t>> incident_;  // edges at each node
  std::unordered_map<std::string, std::uint32_t> index_;  // lookup only, never iterated
};

/// Great-circle distance in km (haversine, mean Earth radius 6371.0 km).
double distance_km(double lat1, double lon1, double lat2, double lon2);

}  // namespace ttx::world
