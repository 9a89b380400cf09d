#include "sim/world/road_builder.h"

#include <algorithm>
#include <set>

namespace ttx::world {

void build_road_network(World& w) {
  RoadNetwork net;
  const RoadGeneration& g = w.road_generation;
  auto length = [&](const RoadNode& a, const RoadNode& b) { return distance_km(a.lat, a.lon, b.lat, b.lon) * g.detour_factor; };
  auto link = [&](std::uint32_t a, std::uint32_t b, RoadClass cls) {
    net.add_edge(RoadEdge{a, b, length(net.nodes()[a], net.nodes()[b]), cls, false, {}});
  };
  std::vector<std::uint32_t> town_node;
  for (const Town& t : w.towns) town_node.push_back(net.add_node({t.id, NodeKind::town, t.lat, t.lon}));
  for (const Village& v : w.villages) {
    const std::uint32_t node = net.add_node({v.id, NodeKind::village, v.lat, v.lon});
    if (v.town < town_node.size()) link(node, town_node[v.town], RoadClass::village);
  }
  auto site = [&](const std::string& id, NodeKind kind, double lat, double lon, const std::string& town) {
    const auto ti = w.town_index(town);
    const std::uint32_t n = net.add_node({id, kind, lat, lon});
    if (ti) link(n, town_node[*ti], RoadClass::class_3);
  };
  for (const Depot& d : w.depots) site(d.id, NodeKind::depot, d.lat, d.lon, d.town);
  for (const Site& s : w.suppliers) site(s.id, NodeKind::supplier, s.lat, s.lon, s.town);
  for (const Site& s : w.transfer_points) site(s.id, NodeKind::transfer_point, s.lat, s.lon, s.town);
  for (const Shelter& s : w.shelters) site(s.id, NodeKind::shelter, s.lat, s.lon, s.town);

  // Town centres to their k nearest (ties by index), each pair once.
  auto manual = [&](std::size_t i) {
    return std::find(g.manual_only.begin(), g.manual_only.end(), w.towns[i].id) != g.manual_only.end();
  };
  std::set<std::pair<std::size_t, std::size_t>> joined;
  for (std::size_t i = 0; i < w.towns.size(); ++i) {
    if (manual(i)) continue;
    std::vector<std::pair<double, std::size_t>> near;
    for (std::size_t j = 0; j < w.towns.size(); ++j) {
      if (j != i && !manual(j)) near.emplace_back(length(net.nodes()[town_node[i]], net.nodes()[town_node[j]]), j);
    }
    std::sort(near.begin(), near.end());
    for (std::size_t k = 0; k < near.size() && k < static_cast<std::size_t>(g.town_neighbours); ++k) {
      const auto key = std::minmax(i, near[k].second);
      if (joined.insert(key).second) link(town_node[key.first], town_node[key.second], RoadClass::class_2);
    }
  }
  for (const auto& l : g.links) {
    const auto a = w.town_index(l.from), b = w.town_index(l.to);
    if (a && b) net.add_edge(RoadEdge{town_node[*a], town_node[*b], l.length_km, l.cls, l.bridge, l.ferry});
  }
  w.roads = std::move(net);
}

}  // namespace ttx::world
