// The hazard's ground truth at a moment, for planners: a readable summary, a CSV
// per village, or GeoJSON for QGIS (villages as points, closed roads as lines).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sim/hazard/impacts.h"
#include "sim/world/world.h"

namespace ttx::io {

/// Cumulative impacts per village and the state of the roads at time `at_s`.
struct HazardSnapshot {
  std::int64_t at_s = 0;
  std::vector<double> field;  ///< per village
  std::vector<double> displaced, trapped, injured, killed, houses;  ///< per village
  std::vector<std::uint32_t> closed_edges;
  std::size_t impacts = 0;       ///< impacts up to at_s
  double users_without_power = 0, people_cold = 0;  ///< now, all towns
  std::vector<std::pair<std::int64_t, std::string>> indicators;  ///< "T+.. name = value", up to at_s
};

HazardSnapshot snapshot(const world::World& w, const hazard::HazardResult& r, std::int64_t at_s);

std::string hazard_summary(const world::World& w, const hazard::HazardResult& r, const HazardSnapshot& s);
std::string hazard_csv(const world::World& w, const hazard::HazardResult& r, const HazardSnapshot& s);
std::string hazard_geojson(const world::World& w, const hazard::HazardResult& r, const HazardSnapshot& s);

}  // namespace ttx::io
