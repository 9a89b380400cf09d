// Trucks on the road, followed from the events of each frame (a load leaves when
// loading is done, reaches its town when delivered, is back at the warehouse
// when the truck returns). Outbound trucks are drawn part way to their town
// (the arrival time is not known until they arrive); returning ones are placed
// by the time of the trip out.
#pragma once

#include <cstdint>
#include <map>
#include <vector>

#include "sim/exercise/session.h"

namespace ttx::gui {

struct TruckTrip {
  std::uint64_t load = 0;
  std::uint32_t town = 0;
  double tonnes = 0;
  std::int64_t left_s = 0, delivered_s = -1;
};

class TruckTracks {
 public:
  void take(const std::vector<exercise::ProcessedEvent>& events, const response::ResponseModel& run);
  void clear() { trips_.clear(); }
  const std::map<std::uint64_t, TruckTrip>& trips() const { return trips_; }

 private:
  std::map<std::uint64_t, TruckTrip> trips_;  // by load
};

}  // namespace ttx::gui
