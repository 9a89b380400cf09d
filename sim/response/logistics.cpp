#include "sim/response/logistics.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace ttx::response {

using core::Duration;
using core::SimTime;

Logistics::Logistics(const world::World& w, const LogisticsOptions& o, Calendar& sim, TravelCache& travel)
    : w_(w), o_(o), sim_(sim), travel_(travel), bays_(1, core::QueueDiscipline::fifo), trucks_(0, core::QueueDiscipline::fifo) {
  depot_ = w.warehouse();
  if (depot_) {
    bays_ = core::CountedResource(static_cast<int>(depot_->handling.loading_bays), core::QueueDiscipline::fifo, sim.now());
    depot_node_ = w.roads.find(depot_->id);
  }
  int trucks = 0;
  for (const auto& v : w.transport.vehicles) {
    if (v.capacity_t > 0) trucks += v.count;
  }
  trucks_ = core::CountedResource(static_cast<int>(std::lround(trucks * o.truck_factor)), core::QueueDiscipline::fifo, sim.now());
  for (const auto& item : w.items) {
    const std::int64_t held = depot_ && item.location == depot_->id ? item.quantity : 0;
    stock_.emplace_back(held, core::LevelContainer::kUnlimited, sim.now());
    initial_.push_back(held);
  }
  received_.assign(w.items.size(), 0);
  backorders_.resize(w.items.size());
  issued_.assign(w.items.size(), 0);
  for (const auto& t : w.towns) town_node_.push_back(w.roads.find(t.id));
}

std::optional<std::uint32_t> Logistics::item_index(const std::string& id) const {
  const world::ItemCategory* item = w_.item(id);
  if (item == nullptr) return std::nullopt;
  return static_cast<std::uint32_t>(item - w_.items.data());
}

std::uint64_t Logistics::add_order(const ReliefOrder& order, std::uint64_t root) {
  const std::uint64_t k = orders_.size();
  orders_.push_back(order);
  outcomes_.emplace_back();
  order_item_.push_back(item_index(order.item).value_or(UINT32_MAX));
  root_.push_back(root == UINT64_MAX ? k : root);
  requested_.push_back(order.quantity);
  return k;
}

std::uint64_t Logistics::place(const ReliefOrder& order) {
  const std::uint64_t k = add_order(order, UINT64_MAX);
  sim_.schedule_at(std::max(sim_.now(), SimTime::at_seconds(order.at_s)), OrderPlaced{k});
  return k;
}

void Logistics::handle(const OrderPlaced& e) {
  const std::uint32_t item = order_item_[e.order];
  if (item == UINT32_MAX || depot_ == nullptr) return;  // nothing to give: never met
  backorders_[item].push_back(e.order);
  serve(item);
  if (backorders_[item].empty() || backorders_[item].back() != e.order) return;  // met in full
  stockouts_.push_back({sim_.now().count_s(), item});
  if (w_.items[item].cls == world::ItemClass::agreement && o_.agreement_reserve && o_.reserve_activated_s < 0) {
    activate_reserve();
  }
}

// First come, first served, and nobody waits while there is stock: the order at
// the head takes what there is, as a part order if it cannot be met in full.
void Logistics::serve(std::uint32_t item) {
  auto& queue = backorders_[item];
  core::LevelContainer& stock = stock_[item];
  while (!queue.empty() && stock.level() > 0) {
    const std::uint64_t k = queue.front();
    if (stock.try_take(orders_[k].quantity, sim_.now())) {
      queue.pop_front();
      granted(k);
      continue;
    }
    ReliefOrder part = orders_[k];
    part.quantity = stock.take_up_to(stock.level(), sim_.now());
    orders_[k].quantity -= part.quantity;
    granted(add_order(part, k));
  }
}

void Logistics::activate_reserve() {
  if (o_.agreement_reserve && reserve_activated_s_ < 0) activate_reserve_at(sim_.now().count_s());
}

// The suppliers load a first share after the first lead time, the rest by the full one.
void Logistics::activate_reserve_at(std::int64_t at_s) {
  reserve_activated_s_ = at_s;
  const auto& a = w_.agreement_reserve;
  for (const auto& id : a.item_ids) {
    const auto item = item_index(id);
    if (!item) continue;
    const std::int64_t total = w_.items[*item].quantity;
    const auto first = static_cast<std::int64_t>(std::floor(total * a.first_load_share));
    sim_.schedule_at(SimTime::at_seconds(at_s) + Duration::from_hours(a.lead_time_first_load_h), ReserveLoad{*item, first});
    sim_.schedule_at(SimTime::at_seconds(at_s) + Duration::from_hours(a.lead_time_full_quantity_h),
                     ReserveLoad{*item, total - first});
  }
}

void Logistics::receive(std::uint32_t item, std::int64_t quantity) {
  received_[item] += quantity;
  stock_[item].put(quantity, sim_.now());
  serve(item);
}

void Logistics::handle(const ReserveLoad& e) { receive(e.item, e.quantity); }

std::int64_t Logistics::issue(std::uint32_t item, std::int64_t quantity) {
  const std::int64_t got = stock_[item].take_up_to(quantity, sim_.now());
  issued_[item] += got;
  return got;
}

void Logistics::give_back(std::uint32_t item, std::int64_t quantity) {
  issued_[item] -= quantity;
  stock_[item].put(quantity, sim_.now());
  serve(item);
}

// Stock set aside: it waits for a truck, then for a loading bay.
void Logistics::granted(std::uint64_t k) {
  outcomes_[k].granted_s = sim_.now().count_s();
  if (trucks_.request(k, sim_.now())) truck_assigned(k);
}

void Logistics::truck_assigned(std::uint64_t k) {
  if (outcomes_[k].loaded_s >= 0) {  // a load from the yard: already on board
    drive(k);
  } else if (bays_.request(k, sim_.now())) {
    start_loading(k);
  }
}

void Logistics::start_loading(std::uint64_t k) {
  const auto& h = depot_->handling;
  const double tonnes = static_cast<double>(orders_[k].quantity) * w_.items[order_item_[k]].unit_weight_kg / 1000.0;
  const double hours = h.acknowledge_h + std::max(h.min_pick_load_h, tonnes / 10.0 * h.pick_load_h_per_10t);
  sim_.schedule_in(Duration::from_hours(hours), LoadingDone{k});
}

void Logistics::handle(const LoadingDone& e) {
  if (auto next = bays_.release(sim_.now())) start_loading(next->token);
  outcomes_[e.order].loaded_s = sim_.now().count_s();
  drive(e.order);
}

void Logistics::drive(std::uint64_t k) {
  const double h = travel_h(orders_[k].town);
  if (!std::isfinite(h)) {  // the town cannot be reached: the load waits in the yard
    yard_.push_back(k);
    release_truck();
    return;
  }
  sim_.schedule_in(Duration::from_hours(h), Delivered{k});
}

void Logistics::roads_changed() {
  std::vector<std::uint64_t> waiting;
  waiting.swap(yard_);
  for (const std::uint64_t k : waiting) {
    if (!std::isfinite(travel_h(orders_[k].town))) {
      yard_.push_back(k);
    } else if (trucks_.request(k, sim_.now())) {
      drive(k);
    }
  }
}

void Logistics::handle(const Delivered& e) {
  outcomes_[e.order].delivered_s = sim_.now().count_s();
  const double back = travel_h(orders_[e.order].town);  // the way back may have been cut meanwhile
  sim_.schedule_in(Duration::from_hours(std::isfinite(back) ? back : 0.0), TruckBack{e.order});
}

void Logistics::handle(const TruckBack&) { release_truck(); }

void Logistics::release_truck() {
  if (auto next = trucks_.release(sim_.now())) truck_assigned(next->token);
}

double Logistics::travel_h(std::uint32_t town) {
  if (town >= town_node_.size() || town_node_[town] < 0 || depot_node_ < 0) return world::kUnreachable;
  return travel_.hours(static_cast<std::uint32_t>(depot_node_), static_cast<std::uint32_t>(town_node_[town]));
}

void Logistics::check_books() const {
  std::vector<std::int64_t> delivered(stock_.size(), 0), in_transit(stock_.size(), 0);
  for (std::size_t k = 0; k < orders_.size(); ++k) {
    if (order_item_[k] == UINT32_MAX || outcomes_[k].granted_s < 0) continue;
    (outcomes_[k].delivered_s >= 0 ? delivered : in_transit)[order_item_[k]] += orders_[k].quantity;
  }
  for (std::size_t i = 0; i < stock_.size(); ++i) {
    if (initial_[i] + received_[i] != delivered[i] + in_transit[i] + issued_[i] + stock_[i].level()) {
      throw std::logic_error("logistics: the books of " + w_.items[i].id + " do not balance: initial " +
                             std::to_string(initial_[i]) + " + received " + std::to_string(received_[i]) +
                             " != delivered " + std::to_string(delivered[i]) + " + in transit " +
                             std::to_string(in_transit[i]) + " + issued " + std::to_string(issued_[i]) +
                             " + in stock " + std::to_string(stock_[i].level()));
    }
  }
}

LogisticsResult run_logistics(const world::World& world, const world::RoadNetwork& roads,
                              const std::vector<ReliefOrder>& orders, const LogisticsOptions& options) {
  Calendar sim;
  TravelCache travel(roads, world.transport);  // same nodes as the world's network, edges as given
  Logistics logistics(world, options, sim, travel);
  auto handle = [&](auto& e) {
    std::visit([&](const auto& ev) {
      if constexpr (requires { logistics.handle(ev); }) logistics.handle(ev);
    }, e.payload);
  };
  for (const auto& order : orders) logistics.place(order);
  if (options.agreement_reserve && options.reserve_activated_s >= 0) {
    sim.run_until(SimTime::at_seconds(options.reserve_activated_s), handle);
    logistics.activate_reserve();
  }
  sim.run_until(SimTime::at_seconds(options.horizon_s), handle);
  LogisticsResult result;
  result.orders.assign(logistics.outcomes().begin(), logistics.outcomes().begin() + static_cast<std::ptrdiff_t>(orders.size()));
  for (const auto& s : logistics.stockouts()) result.stockouts.push_back(world.items[s.item].id);
  std::sort(result.stockouts.begin(), result.stockouts.end());
  result.stockouts.erase(std::unique(result.stockouts.begin(), result.stockouts.end()), result.stockouts.end());
  result.reserve_activated_s = logistics.reserve_activated_s();
  return result;
}

}  // namespace ttx::response
