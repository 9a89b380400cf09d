#include "sim/response/logistics.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace ttx::response {

using core::Duration;
using core::SimTime;

Logistics::Logistics(const world::World& w, const LogisticsOptions& o, Calendar& sim, TravelCache& travel)
    : w_(w), o_(o), sim_(sim), travel_(travel), bays_(1, core::QueueDiscipline::fifo) {
  depot_ = w.warehouse();
  if (depot_) {
    const int bays = o.loading_bays >= 1 ? o.loading_bays : static_cast<int>(depot_->handling.loading_bays);
    bays_ = core::CountedResource(bays, core::QueueDiscipline::fifo, sim.now());
    depot_node_ = w.roads.find(depot_->id);
  }
  // Each truck of vehicles.yaml (scaled by the what-if factor, per type); the largest first.
  for (const auto& v : w.transport.vehicles) {
    if (!(v.capacity_t > 0)) continue;
    const long n = std::lround(v.count * o.truck_factor);
    for (long k = 0; k < n; ++k) trucks_.push_back({v.id, v.capacity_t, v.capacity_m3, v.speed_factor});
  }
  std::stable_sort(trucks_.begin(), trucks_.end(), [](const Truck& a, const Truck& b) { return a.capacity_t > b.capacity_t; });
  for (std::size_t t = trucks_.size(); t-- > 0;) free_trucks_.push_back(static_cast<std::uint32_t>(t));  // back = largest
  for (const auto& item : w.items) {
    const std::int64_t held =
        depot_ && item.location == depot_->id ? static_cast<std::int64_t>(std::llround(item.quantity * o.stock_factor)) : 0;
    stock_.emplace_back(held, core::LevelContainer::kUnlimited, sim.now());
    initial_.push_back(held);
  }
  received_.assign(w.items.size(), 0);
  issued_.assign(w.items.size(), 0);
  lost_.assign(w.items.size(), 0);
  backorders_.resize(w.items.size());
  for (const auto& t : w.towns) town_node_.push_back(w.roads.find(t.id));
  ready_.resize(w.towns.size());
  town_waiting_.assign(w.towns.size(), false);
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

std::int64_t Logistics::lose_share(double share) {
  std::int64_t all = 0;
  for (std::size_t i = 0; i < stock_.size(); ++i) {
    const auto amount = static_cast<std::int64_t>(std::floor(static_cast<double>(stock_[i].level()) * share));
    const std::int64_t got = stock_[i].take_up_to(amount, sim_.now());
    lost_[i] += got;
    all += got;
  }
  return all;
}

void Logistics::give_back(std::uint32_t item, std::int64_t quantity) {
  issued_[item] -= quantity;
  stock_[item].put(quantity, sim_.now());
  serve(item);
}

// Stock set aside: it waits at the warehouse with its town's other orders for a truck.
void Logistics::granted(std::uint64_t k) {
  outcomes_[k].granted_s = sim_.now().count_s();
  const std::uint32_t town = orders_[k].town;
  if (town >= ready_.size()) return;  // no such town: set aside, never sent
  ready_[town].push_back(k);
  if (!town_waiting_[town]) {
    town_waiting_[town] = true;
    towns_waiting_.push_back(town);
  }
  call_trucks();
}

// Trucks are sent after every order of this moment is granted (priority 1: after
// the moment's other events), so the orders of one request share trucks.
void Logistics::call_trucks() {
  if (trucks_called_) return;
  trucks_called_ = true;
  sim_.schedule_at(sim_.now(), SendTrucks{}, 1);
}

void Logistics::handle(const SendTrucks&) {
  trucks_called_ = false;
  send_trucks();
}

// A load is made up when a loading bay and a truck are both free: the largest free
// truck takes the town that has waited longest among those it can reach now, with
// that town's orders up to its tonnes and cubic metres (so orders that arrive while
// the bays are busy travel together). A town cut off keeps its place and its orders
// until a road reopens; it never holds a truck or a bay meanwhile.
void Logistics::send_trucks() {
  while (!free_trucks_.empty() && !towns_waiting_.empty() && bays_.idle() > 0) {
    const auto reachable = std::find_if(towns_waiting_.begin(), towns_waiting_.end(), [&](std::uint32_t t) {
      return std::isfinite(travel_h(t, free_trucks_.back()));
    });
    if (reachable == towns_waiting_.end()) return;
    const std::uint32_t town = *reachable;
    towns_waiting_.erase(reachable);
    const std::uint32_t truck = free_trucks_.back();
    free_trucks_.pop_back();
    const Truck& t = trucks_[truck];
    Load load{truck, town, {}, 0, 0};
    auto& ready = ready_[town];
    while (!ready.empty()) {
      const std::uint64_t k = ready.front();
      const world::ItemCategory& item = w_.items[order_item_[k]];
      const auto fit = static_cast<std::int64_t>(std::min(
          item.unit_weight_kg > 0 ? (t.capacity_t - load.tonnes) * 1000.0 / item.unit_weight_kg : 1e18,
          item.unit_volume_m3 > 0 && t.capacity_m3 > 0 ? (t.capacity_m3 - load.m3) / item.unit_volume_m3 : 1e18));
      std::uint64_t taken = k;
      if (fit >= orders_[k].quantity) {
        ready.pop_front();
      } else if (fit > 0) {  // the part that fits goes now, the rest with the next truck
        ReliefOrder part = orders_[k];
        part.quantity = fit;
        orders_[k].quantity -= fit;
        taken = add_order(part, root_[k]);
        outcomes_[taken].granted_s = outcomes_[k].granted_s;
      } else if (load.orders.empty()) {  // a single unit bigger than the truck: it goes alone
        ready.pop_front();
      } else {
        break;
      }
      load.orders.push_back(taken);
      load.tonnes += static_cast<double>(orders_[taken].quantity) * item.unit_weight_kg / 1000.0;
      load.m3 += static_cast<double>(orders_[taken].quantity) * item.unit_volume_m3;
      if (taken != k) break;  // the truck is full
    }
    if (ready.empty()) {
      town_waiting_[town] = false;
    } else {
      towns_waiting_.push_back(town);
    }
    loads_.push_back(std::move(load));
    const std::uint64_t id = loads_.size() - 1;
    bays_.request(id, sim_.now());  // free: checked above
    start_loading(id);
  }
}

void Logistics::start_loading(std::uint64_t id) {
  const auto& h = depot_->handling;
  const double hours = h.acknowledge_h + std::max(h.min_pick_load_h, loads_[id].tonnes / 10.0 * h.pick_load_h_per_10t);
  sim_.schedule_in(Duration::from_hours(hours), LoadingDone{id});
}

void Logistics::handle(const LoadingDone& e) {
  bays_.release(sim_.now());  // nothing queues for a bay: loads are made up only when one is free
  call_trucks();
  for (const std::uint64_t k : loads_[e.load].orders) outcomes_[k].loaded_s = sim_.now().count_s();
  drive(e.load);
}

void Logistics::drive(std::uint64_t id) {
  const double h = travel_h(loads_[id].town, loads_[id].truck);
  if (!std::isfinite(h)) {  // the town cannot be reached: the loaded truck waits in the yard
    yard_.push_back(id);
    return;
  }
  sim_.schedule_in(Duration::from_hours(h), Delivered{id});
}

void Logistics::roads_changed() {
  std::vector<std::uint64_t> waiting;
  waiting.swap(yard_);
  for (const std::uint64_t id : waiting) drive(id);
  if (!towns_waiting_.empty()) call_trucks();  // a town cut off may be reachable again
}

void Logistics::handle(const Delivered& e) {
  const Load& load = loads_[e.load];
  for (const std::uint64_t k : load.orders) outcomes_[k].delivered_s = sim_.now().count_s();
  const double back = travel_h(load.town, load.truck);  // the way back may have been cut meanwhile
  sim_.schedule_in(Duration::from_hours(std::isfinite(back) ? back : 0.0), TruckBack{e.load});
}

void Logistics::handle(const TruckBack& e) {
  free_trucks_.push_back(loads_[e.load].truck);
  // The largest free truck goes next.
  std::sort(free_trucks_.begin(), free_trucks_.end(), [](auto a, auto b) { return a > b; });
  call_trucks();
}

double Logistics::travel_h(std::uint32_t town, std::uint32_t truck) {
  if (town >= town_node_.size() || town_node_[town] < 0 || depot_node_ < 0) return world::kUnreachable;
  return travel_.hours(static_cast<std::uint32_t>(depot_node_), static_cast<std::uint32_t>(town_node_[town])) /
         std::max(0.1, trucks_[truck].speed_factor);
}

void Logistics::check_books() const {
  // Delivered and in transit per item, in a reused buffer: this runs after every event.
  const std::size_t n = stock_.size();
  books_.assign(2 * n, 0);
  for (std::size_t k = 0; k < orders_.size(); ++k) {
    if (order_item_[k] == UINT32_MAX || outcomes_[k].granted_s < 0) continue;
    books_[order_item_[k] + (outcomes_[k].delivered_s >= 0 ? 0 : n)] += orders_[k].quantity;
  }
  const std::int64_t* delivered = books_.data();
  const std::int64_t* in_transit = books_.data() + n;
  for (std::size_t i = 0; i < n; ++i) {
    if (initial_[i] + received_[i] != delivered[i] + in_transit[i] + issued_[i] + lost_[i] + stock_[i].level()) {
      throw std::logic_error("logistics: the books of " + w_.items[i].id + " do not balance: initial " +
                             std::to_string(initial_[i]) + " + received " + std::to_string(received_[i]) +
                             " != delivered " + std::to_string(delivered[i]) + " + in transit " +
                             std::to_string(in_transit[i]) + " + issued " + std::to_string(issued_[i]) + " + lost " + std::to_string(lost_[i]) +
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
