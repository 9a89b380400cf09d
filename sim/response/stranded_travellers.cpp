// Travellers stranded on the closed expressway: the traffic police lead them into
// the service area (doctrine.yaml freezing service_area_town), where units with the
// relief_distribution skill hand out water, food and quilts ordered from the stock.
// Once the freezing rain has stopped the transport crews de-ice every expressway km
// while the traffic police hold new vehicles at the entrances;
// the road reopens when they are done (or on the thaw, if that comes first) and the
// travellers drive on.
#include <algorithm>
#include <cmath>

#include "sim/response/response_model.h"

namespace ttx::response {

// Truth and reports of the freezing rain that the response keeps its own books of.
void ResponseModel::freezing_impact(const hazard::Impact& i, std::size_t index) {
  using hazard::ImpactKind;
  FreezingState& f = freezing_;
  if (!f.active) return;
  switch (i.kind) {
    case ImpactKind::line_down:
      if (i.where < f.spans_down.size()) f.spans_down[i.where] += i.amount;
      break;
    case ImpactKind::power_cut:
      if (i.where >= f.users_off.size()) break;
      f.users_off[i.where] = i.amount;
      for (auto& s : f.sites) {
        if (s.town == i.where && s.off_s < 0 && i.amount > 0) s.off_s = now_s();
      }
      break;
    case ImpactKind::cold_exposure:
      if (i.where >= f.cold_truth.size()) break;
      f.cold_truth[i.where] = i.amount;
      {
        double all = 0;
        for (const double c : f.cold_truth) all += c;
        f.cold_peak = std::max(f.cold_peak, all);
      }
      break;
    case ImpactKind::stranded: stranded_relief(i, index); break;
    case ImpactKind::road_reopened:
      if (std::find(f.expressway_edges.begin(), f.expressway_edges.end(), i.where) != f.expressway_edges.end()) {
        reopen_expressway(false);
      }
      break;
    default: break;
  }
}

void ResponseModel::freezing_report(const hazard::Impact& r) {
  FreezingState& f = freezing_;
  if (!f.active) return;
  if (r.kind == hazard::ImpactKind::power_cut && r.where < f.known_cut.size()) f.known_cut[r.where] = r.amount;
  if (r.kind == hazard::ImpactKind::cold_exposure && r.where < f.cold_known.size()) f.cold_known[r.where] = r.amount;
}

void ResponseModel::stranded_relief(const hazard::Impact& i, std::size_t index) {
  FreezingState& f = freezing_;
  // Open again, or held at the entrances while the crews de-ice (traffic control): nobody more is caught.
  if (f.reopened_s >= 0 || f.deicing_task >= 0 || !(i.amount > 0)) return;
  f.stranded += i.amount;
  if (f.first_stranded_s < 0) f.first_stranded_s = now_s();
  const std::int64_t skill = skill_ids_.relief_distribution;
  if (skill < 0 || f.service_node < 0) return;
  Task t;
  t.skill = static_cast<std::uint32_t>(skill);
  t.cls = TaskClass::protection;
  t.node = static_cast<std::uint32_t>(f.service_node);
  t.town = static_cast<std::uint32_t>(f.service_town);
  t.impact = index;
  t.created_s = t.last_s = now_s();
  t.total = t.remaining = i.amount;
  const std::uint32_t id = add_task(std::move(t));  // with its stable id, as every task
  task_of_impact_[index] = static_cast<std::int64_t>(id);
  f.relief_tasks.push_back(id);
}

// De-icing holds only once the freezing rain has stopped; the duty office knows the road is shut.
void ResponseModel::start_deicing() {
  FreezingState& f = freezing_;
  if (f.deicing_task >= 0 || f.reopened_s >= 0 || f.storm_end_s < 0 || now_s() < f.storm_end_s || f.service_node < 0) return;
  bool closed = false;
  for (const auto e : f.expressway_edges) closed = closed || roads_.edges()[e].closed;
  const std::int64_t skill = skill_ids_.road_deicing;
  if (!closed || skill < 0) return;
  Task t;
  t.skill = static_cast<std::uint32_t>(skill);
  t.cls = TaskClass::restoration;
  t.node = static_cast<std::uint32_t>(f.service_node);
  t.town = static_cast<std::uint32_t>(f.service_town);
  t.impact = truth_.impacts.size();  // made by the road's closure, not by one impact
  t.created_s = t.last_s = t.known_s = now_s();
  t.total = t.remaining = f.expressway_km * w_.doctrine.freezing.deicing_passes;
  const std::uint8_t cls = static_cast<std::uint8_t>(t.cls);
  const std::int64_t known = t.known_s;
  const std::uint32_t id = add_task(std::move(t));  // with its stable id, as every task
  f.deicing_task = id;
  open_known_.insert({cls, known, id, static_cast<std::uint32_t>(skill)});
  request_dispatch();
}

void ResponseModel::reopen_expressway(bool by_deicing) {
  FreezingState& f = freezing_;
  if (f.reopened_s >= 0) return;
  f.reopened_s = now_s();
  f.reopened_by_deicing = by_deicing;
  for (const auto e : f.expressway_edges) {
    if (roads_.edges()[e].closed) roads_.set_closed(e, false);
  }
  travel_.invalidate();
  logistics_.roads_changed();
  // The travellers drive on; those nobody reached leave without relief.
  for (const auto t : f.relief_tasks) {
    Task& task = tasks_[t];
    if (!task.open()) continue;
    progress(task);
    f.released_without_relief += task.remaining;
    task.remaining = 0;
    task_finished(t);
  }
  f.released = f.stranded;
  if (f.deicing_task >= 0) {
    Task& d = tasks_[static_cast<std::size_t>(f.deicing_task)];
    if (d.open()) progress(d);
    f.deicing_km_done = d.total - d.remaining;
    if (d.open()) {
      d.remaining = 0;  // the thaw did the rest
      task_finished(static_cast<std::uint32_t>(f.deicing_task));
    }
  }
  LogEntry& n = note(LogKind::expressway_reopened, f.service_town);
  n.count = f.released;
  n.people = f.released_without_relief;
  n.arrived = by_deicing;
}

}  // namespace ttx::response

namespace ttx::response {

void ResponseModel::order_traveller_relief() {
  FreezingState& f = freezing_;
  double known = 0;
  for (const auto t : f.relief_tasks) known += tasks_[t].known_s >= 0 ? tasks_[t].total : 0.0;
  const double people = known - f.travellers_ordered_for;
  if (f.reopened_s >= 0 || !(people >= 1) || f.service_town < 0) return;
  f.travellers_ordered_for = known;
  const auto town = static_cast<std::uint32_t>(f.service_town);
  for (const auto& [item, per_person] : w_.doctrine.freezing.traveller_relief) {
    const auto quantity = static_cast<std::int64_t>(std::ceil(people * per_person - 1e-9));
    if (quantity <= 0 || !logistics_.item_index(item)) continue;
    const std::uint64_t order = logistics_.place({now_s(), town, item, quantity});
    batch_of_order_.resize(order + 1, -1);
    f.traveller_orders.push_back(order);
  }
}

}  // namespace ttx::response
