// The 120 service's ambulances (hospitals.yaml casualty_transport ambulances): the
// life-threatening injured go to hospital only by ambulance, a counted vehicle, and a
// share of each hospital's casualty beds is kept for them (ambulance_bed_share). A
// village's call takes as many free ambulances as it has such patients; each carries
// patients_per_ambulance a round trip (there, the handover, back). The rest wait in
// the order they called, and take ambulances as others come free.
#include <algorithm>
#include <cmath>

#include "sim/response/response_model.h"

namespace ttx::response {

bool ResponseModel::by_ambulance(const Task& task) const {
  const world::CasualtyTransport& c = w_.casualty_transport;
  return c.loaded && c.ambulances > 0 && task.severity >= 3 && static_cast<std::int64_t>(task.skill) == skill_ids_.medical;
}

double ResponseModel::beds_for(const Task& task, std::size_t h) const {
  return task.ambulances > 0 || by_ambulance(task) ? beds_free_[h] : std::max(0.0, beds_free_[h] - beds_held_[h]);
}

void ResponseModel::send_ambulances() {
  const world::CasualtyTransport& c = w_.casualty_transport;
  for (; ambulances_free_ > 0 && ambulance_next_ < ambulance_queue_.size(); ++ambulance_next_) {
    const std::uint32_t t = ambulance_queue_[ambulance_next_];
    Task& task = tasks_[t];
    if (!task.open() || task.hospital < 0) continue;
    progress(task);
    const int k = std::min(ambulances_free_, static_cast<int>(std::ceil(task.remaining / c.patients_per_ambulance - 1e-9)));
    if (k <= 0) continue;
    ambulances_free_ -= k;
    task.ambulances = k;
    task.ambulances_s = now_s();
    const double round_trip_h = 2 * task.to_hospital_h + c.handover_min / 60.0;
    task.community_rate = k * c.patients_per_ambulance / std::max(round_trip_h, 1.0 / 60);
    task.community_on = true;
    task.rate += task.community_rate;
    task.planned_rate += task.community_rate;
    reschedule_done(t);
  }
}

void ResponseModel::release_ambulances(std::uint32_t t) {
  Task& task = tasks_[t];
  if (task.ambulances <= 0) return;
  outcomes_.ambulance_hours += task.ambulances * static_cast<double>(now_s() - task.ambulances_s) / 3600.0;
  ambulances_free_ += task.ambulances;
  task.ambulances = 0;
  if (task.community_on) {
    task.community_on = false;
    task.rate = std::max(0.0, task.rate - task.community_rate);
    task.planned_rate = std::max(0.0, task.planned_rate - task.community_rate);
    if (task.open()) reschedule_done(t);
  }
  task.community_rate = 0;
  send_ambulances();
}

}  // namespace ttx::response
