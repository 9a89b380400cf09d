// Vehicles of the Transport department and the road classes they drive on.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace ttx::world {

struct VehicleType {
  std::string id, name_zh, name_en, provider, base_depot;
  int count = 0;
  double capacity_t = 0, capacity_m3 = 0, capacity_persons = 0;
  double speed_factor = 1;
  double flood_closure_depth_m = 0.3;
  double mobilise_h = 0;
};

enum class RoadClass { expressway, class_2, class_3, village };
inline constexpr int kRoadClassCount = 4;

struct RoadClassInfo {
  std::string id, name_zh, name_en;
  double design_speed_km_h = 0;
};

struct Transport {
  std::vector<VehicleType> vehicles;
  RoadClassInfo road_classes[kRoadClassCount];
  double design_speed_factor = 0.8;
  double car_flood_closure_depth_m = 0.15;
  std::map<std::string, double> weather_factors;
  bool glaze_closes_bridges_and_ramps = true;
};

}  // namespace ttx::world
