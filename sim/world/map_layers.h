// Background shapes of the district's map (map.yaml): its outline, rivers and
// coast, for the console and for exports. Drawn by hand where no survey is given.
#pragma once

#include <string>
#include <vector>

namespace ttx::world {

enum class MapShapeKind { outline, river, coast };

struct MapShape {
  std::string id, name_zh, name_en;
  MapShapeKind kind = MapShapeKind::outline;
  std::vector<double> lat, lon;  ///< degrees; an outline is a closed ring (last point joins the first)
  double width_km = 0;           ///< river: width drawn along the centre line
};

}  // namespace ttx::world
