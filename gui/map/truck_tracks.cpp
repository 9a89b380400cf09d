#include "gui/map/truck_tracks.h"

namespace ttx::gui {

void TruckTracks::take(const std::vector<exercise::ProcessedEvent>& events, const response::ResponseModel& run) {
  const auto& loads = run.logistics().loads();
  for (const auto& e : events) {
    if (const auto* d = std::get_if<response::LoadingDone>(&e.event); d != nullptr && d->load < loads.size()) {
      trips_[d->load] = {d->load, loads[d->load].town, loads[d->load].tonnes, e.at_s, -1};
    } else if (const auto* v = std::get_if<response::Delivered>(&e.event)) {
      if (auto it = trips_.find(v->load); it != trips_.end()) it->second.delivered_s = e.at_s;
    } else if (const auto* b = std::get_if<response::TruckBack>(&e.event)) {
      trips_.erase(b->load);
    }
  }
}

}  // namespace ttx::gui
