#include "sim/response/logistics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace ttx::response {

using core::Duration;
using core::SimTime;

Logistics::Logistics(const world::World& w, const LogisticsOptions& o, Calendar& sim, TravelCache& travel)
    : w_(w), o_(o), sim_(sim), travel_(travel) {
  const world::Depot* warehouse = w.warehouse();
  for (const auto& d : w.depots) {
    DepotState x;
    x.depot = &d;
    x.node = w.roads.find(d.id);
    if (x.node < 0) x.node = w.roads.find(d.town);  // a town depot without a node of its own: at its town's centre
    const bool main = &d == warehouse;
    if (main) home_ = static_cast<std::uint32_t>(depots_.size());
    const int bays = main && o.loading_bays >= 1 ? o.loading_bays : static_cast<int>(d.handling.loading_bays);
    x.bays = core::CountedResource(std::max(1, bays), core::QueueDiscipline::fifo, sim.now());
    for (const auto& item : w.items) {
      double held = item.location == d.id ? static_cast<double>(item.quantity) : 0.0;
      if (const auto it = d.stock.find(item.id); it != d.stock.end()) held += it->second;
      const auto n = static_cast<std::int64_t>(std::llround(main ? held * o.stock_factor : held));
      x.stock.emplace_back(n, core::LevelContainer::kUnlimited, sim.now());
    }
    x.ready.resize(w.towns.size());
    x.town_waiting.assign(w.towns.size(), false);
    depots_.push_back(std::move(x));
  }
  // The Transport department's trucks (scaled by the what-if factor, per type) serve the
  // district warehouse; a town depot has its own. The largest first.
  for (const auto& v : w.transport.vehicles) {
    if (!(v.capacity_t > 0) || depots_.empty()) continue;
    const long n = std::lround(v.count * o.truck_factor);
    for (long k = 0; k < n; ++k) trucks_.push_back({v.id, v.capacity_t, v.capacity_m3, v.speed_factor, home_});
  }
  for (std::uint32_t d = 0; d < depots_.size(); ++d) {
    const world::DepotVehicles& v = w.depots[d].vehicles;
    for (long k = 0; k < std::lround(v.count); ++k) trucks_.push_back({w.depots[d].id, v.capacity_t, v.capacity_m3, 1.0, d});
  }
  std::stable_sort(trucks_.begin(), trucks_.end(), [](const Truck& a, const Truck& b) { return a.capacity_t > b.capacity_t; });
  for (std::size_t t = trucks_.size(); t-- > 0;) depots_[trucks_[t].depot].free_trucks.push_back(static_cast<std::uint32_t>(t));
  for (std::size_t i = 0; i < w.items.size(); ++i) {
    std::int64_t held = 0;
    for (const auto& d : depots_) held += d.stock[i].level();
    initial_.push_back(held);
  }
  received_.assign(w.items.size(), 0);
  issued_.assign(w.items.size(), 0);
  lost_.assign(w.items.size(), 0);
  backorders_.resize(w.items.size());
  backordered_.assign(w.towns.size(), 0);
  on_support_hold_.assign(w.towns.size(), 0);
  restocked_s_.assign(w.items.size(), -1);
  for (const auto& t : w.towns) town_node_.push_back(w.roads.find(t.id));
}

std::int64_t Logistics::in_stock(std::uint32_t item) const {
  std::int64_t held = 0;
  for (const auto& d : depots_) held += d.stock[item].level();
  return held;
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
  order_depot_.push_back(-1);
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
  if (item == UINT32_MAX || depots_.empty()) return;  // nothing to give: never met
  backorders_[item].push_back(e.order);
  if (orders_[e.order].town < backordered_.size()) ++backordered_[orders_[e.order].town];
  serve(item);
  if (backorders_[item].empty() || backorders_[item].back() != e.order) return;  // met in full
  stockouts_.push_back({sim_.now().count_s(), item});
  if (w_.items[item].cls == world::ItemClass::agreement && o_.agreement_reserve && o_.reserve_activated_s < 0) {
    activate_reserve();
  }
}

// First come, first served, and nobody waits while there is stock: the order at
// the head takes what the nearest depot holding the item has, as a part order if
// that cannot meet it in full, and the rest goes on to the next nearest.
void Logistics::serve(std::uint32_t item) {
  auto& queue = backorders_[item];
  while (!queue.empty()) {
    const std::uint64_t k = queue.front();
    const std::int64_t d = nearest_with_stock(item, orders_[k].town);
    if (d < 0) return;
    core::LevelContainer& stock = depots_[static_cast<std::size_t>(d)].stock[item];
    if (stock.try_take(orders_[k].quantity, sim_.now())) {
      queue.pop_front();
      if (orders_[k].town < backordered_.size()) --backordered_[orders_[k].town];
      granted(k, static_cast<std::uint32_t>(d));
      continue;
    }
    ReliefOrder part = orders_[k];
    part.quantity = stock.take_up_to(stock.level(), sim_.now());
    orders_[k].quantity -= part.quantity;
    granted(add_order(part, k), static_cast<std::uint32_t>(d));
  }
}

// The depot with some of `item` that is nearest `town` by the roads as they stand
// (one cut off counts as farthest; ties go to the first in depots.yaml); -1 if none holds any.
std::int64_t Logistics::nearest_with_stock(std::uint32_t item, std::uint32_t town) {
  std::int64_t best = -1;
  double best_h = 0;
  for (std::uint32_t d = 0; d < depots_.size(); ++d) {
    if (depots_[d].stock[item].level() <= 0) continue;
    if (depots_.size() == 1) return d;  // the one warehouse: no roads to look at
    double h = travel_h(d, town, 1.0);
    if (!std::isfinite(h)) h = std::numeric_limits<double>::max();
    if (best < 0 || h < best_h) best = d, best_h = h;
  }
  return best;
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
  if (depots_.empty()) return;  // nowhere to hold it (the books still count it as received)
  depots_[home_].stock[item].put(quantity, sim_.now());
  serve(item);
  note_restocked(item);
}

// Stock is held again after a stockout once what came in outlasts the orders waiting for it.
void Logistics::note_restocked(std::uint32_t item) {
  if (restocked_s_[item] >= 0 || in_stock(item) <= 0) return;
  for (const Stockout& s : stockouts_) {
    if (s.item == item) {
      restocked_s_[item] = sim_.now().count_s();
      return;
    }
  }
}

void Logistics::handle(const ReserveLoad& e) { receive(e.item, e.quantity); }

// Teams draw equipment at the district warehouse first, then at the town depots in order.
std::int64_t Logistics::issue(std::uint32_t item, std::int64_t quantity) {
  std::int64_t got = 0;
  for (std::size_t k = 0; k < depots_.size() && got < quantity; ++k) {
    const std::size_t d = (home_ + k) % depots_.size();
    got += depots_[d].stock[item].take_up_to(quantity - got, sim_.now());
  }
  issued_[item] += got;
  return got;
}

std::int64_t Logistics::lose_share(const std::string& depot, double share) {
  std::int64_t all = 0;
  for (auto& d : depots_) {
    if (d.depot == nullptr || d.depot->id != depot) continue;
    for (std::size_t i = 0; i < d.stock.size(); ++i) {
      const auto amount = static_cast<std::int64_t>(std::floor(static_cast<double>(d.stock[i].level()) * share));
      const std::int64_t got = d.stock[i].take_up_to(amount, sim_.now());
      lost_[i] += got;
      all += got;
    }
  }
  return all;
}

void Logistics::give_back(std::uint32_t item, std::int64_t quantity) {
  issued_[item] -= quantity;
  if (depots_.empty()) return;
  depots_[home_].stock[item].put(quantity, sim_.now());
  serve(item);
  note_restocked(item);
}

// Stock set aside: it waits at its depot with its town's other orders for a truck
// (in a drill, at a depot outside the town, first for the district's support delay).
void Logistics::granted(std::uint64_t k, std::uint32_t depot) {
  outcomes_[k].granted_s = sim_.now().count_s();
  order_depot_[k] = depot;
  const bool support = depot == home_ || w_.depots[depot].town != o_.drill_town;  // the district's stock, or another town's
  if (o_.support_delay_s > 0 && !o_.drill_town.empty() && support) {
    const std::int64_t release_s = orders_[root(k)].at_s + o_.support_delay_s;
    if (release_s > sim_.now().count_s()) {
      sim_.schedule_at(SimTime::at_seconds(release_s), SupportDue{k, depot});
      if (orders_[k].town < on_support_hold_.size()) ++on_support_hold_[orders_[k].town];
      return;
    }
  }
  set_aside(k, depot);
}

void Logistics::handle(const SupportDue& e) {
  if (orders_[e.order].town < on_support_hold_.size()) --on_support_hold_[orders_[e.order].town];
  set_aside(e.order, e.depot);
}

void Logistics::set_aside(std::uint64_t k, std::uint32_t depot) {
  const std::uint32_t town = orders_[k].town;
  DepotState& d = depots_[depot];
  if (town >= d.ready.size()) return;  // no such town: set aside, never sent
  d.ready[town].push_back(k);
  if (!d.town_waiting[town]) {
    d.town_waiting[town] = true;
    d.towns_waiting.push_back(town);
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
  for (std::uint32_t d = 0; d < depots_.size(); ++d) send_trucks(d);
}

// A load is made up when a loading bay and a truck are both free: the largest free
// truck takes the town that has waited longest among those it can reach now, with
// that town's orders up to its tonnes and cubic metres (so orders that arrive while
// the bays are busy travel together). A town cut off keeps its place and its orders
// until a road reopens; it never holds a truck or a bay meanwhile.
void Logistics::send_trucks(std::uint32_t depot) {
  DepotState& d = depots_[depot];
  auto& free = d.free_trucks;
  auto& waiting = d.towns_waiting;
  while (!free.empty() && !waiting.empty() && d.bays.idle() > 0) {
    const auto reachable = std::find_if(waiting.begin(), waiting.end(), [&](std::uint32_t t) {
      return std::isfinite(travel_h(depot, t, trucks_[free.back()].speed_factor));
    });
    if (reachable == waiting.end()) return;
    const std::uint32_t town = *reachable;
    waiting.erase(reachable);
    const std::uint32_t truck = free.back();
    free.pop_back();
    const Truck& t = trucks_[truck];
    Load load{truck, town, depot, {}, 0, 0};
    auto& ready = d.ready[town];
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
        order_depot_[taken] = order_depot_[k];
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
      d.town_waiting[town] = false;
    } else {
      waiting.push_back(town);
    }
    loads_.push_back(std::move(load));
    const std::uint64_t id = loads_.size() - 1;
    d.bays.request(id, sim_.now());  // free: checked above
    start_loading(id);
  }
}

void Logistics::start_loading(std::uint64_t id) {
  const auto& h = depots_[loads_[id].depot].depot->handling;
  const double hours = h.acknowledge_h + std::max(h.min_pick_load_h, loads_[id].tonnes / 10.0 * h.pick_load_h_per_10t);
  sim_.schedule_in(Duration::from_hours(hours), LoadingDone{id});
}

void Logistics::handle(const LoadingDone& e) {
  depots_[loads_[e.load].depot].bays.release(sim_.now());  // nothing queues for a bay: loads are made up only when one is free
  call_trucks();
  for (const std::uint64_t k : loads_[e.load].orders) outcomes_[k].loaded_s = sim_.now().count_s();
  drive(e.load);
}

void Logistics::drive(std::uint64_t id) {
  const Load& load = loads_[id];
  const double h = travel_h(load.depot, load.town, trucks_[load.truck].speed_factor);
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
  for (const auto& d : depots_) {
    if (!d.towns_waiting.empty()) call_trucks();  // a town cut off may be reachable again
  }
}

// The worst first: a road cut holds a town whatever arrives; then, in a town drill, the
// district's support delay (it holds what the district set aside, and a stockout of some
// other item would otherwise hide it for the whole drill); then stock, trucks, bays.
void Logistics::waiting_because(std::vector<WaitReason>& out) {
  out.assign(w_.towns.size(), WaitReason::none);
  const auto rank = [](WaitReason r) {
    switch (r) {
      case WaitReason::no_road: return 5;
      case WaitReason::support: return 4;
      case WaitReason::no_stock: return 3;
      case WaitReason::no_truck: return 2;
      case WaitReason::no_bay: return 1;
      default: return 0;
    }
  };
  const auto hold = [&](std::uint32_t town, WaitReason r) {
    if (town < out.size() && rank(r) > rank(out[town])) out[town] = r;
  };
  for (std::uint32_t t = 0; t < backordered_.size(); ++t) {
    if (backordered_[t] > 0) hold(t, WaitReason::no_stock);
    if (on_support_hold_[t] > 0) hold(t, WaitReason::support);
  }
  for (const std::uint64_t id : yard_) hold(loads_[id].town, WaitReason::no_road);
  for (std::uint32_t d = 0; d < depots_.size(); ++d) {
    const DepotState& x = depots_[d];
    for (const std::uint32_t town : x.towns_waiting) {
      if (!std::isfinite(travel_h(d, town, 1.0))) hold(town, WaitReason::no_road);
      else if (x.free_trucks.empty()) hold(town, WaitReason::no_truck);
      else if (x.bays.idle() == 0) hold(town, WaitReason::no_bay);
      // else: a truck and a bay are free, the load is made up this moment
    }
  }
}

void Logistics::handle(const Delivered& e) {
  const Load& load = loads_[e.load];
  for (const std::uint64_t k : load.orders) outcomes_[k].delivered_s = sim_.now().count_s();
  const double back = travel_h(load.depot, load.town, trucks_[load.truck].speed_factor);  // the way back may have been cut meanwhile
  sim_.schedule_in(Duration::from_hours(std::isfinite(back) ? back : 0.0), TruckBack{e.load});
}

void Logistics::handle(const TruckBack& e) {
  auto& free = depots_[loads_[e.load].depot].free_trucks;
  free.push_back(loads_[e.load].truck);
  // The largest free truck goes next.
  std::sort(free.begin(), free.end(), [](auto a, auto b) { return a > b; });
  call_trucks();
}

double Logistics::travel_h(std::uint32_t depot, std::uint32_t town, double speed_factor) {
  const std::int64_t from = depots_[depot].node;
  if (town >= town_node_.size() || town_node_[town] < 0 || from < 0) return world::kUnreachable;
  return travel_.hours(static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(town_node_[town])) / std::max(0.1, speed_factor);
}

void Logistics::check_books() const {
  // Delivered and in transit per item, in a reused buffer: this runs after every event.
  const std::size_t n = w_.items.size();
  books_.assign(2 * n, 0);
  for (std::size_t k = 0; k < orders_.size(); ++k) {
    if (order_item_[k] == UINT32_MAX || outcomes_[k].granted_s < 0) continue;
    books_[order_item_[k] + (outcomes_[k].delivered_s >= 0 ? 0 : n)] += orders_[k].quantity;
  }
  const std::int64_t* delivered = books_.data();
  const std::int64_t* in_transit = books_.data() + n;
  for (std::size_t i = 0; i < n; ++i) {
    // Aid received with no depot to hold it is in the books as received and held nowhere.
    const std::int64_t held = depots_.empty() ? received_[i] : in_stock(static_cast<std::uint32_t>(i));
    if (initial_[i] + received_[i] != delivered[i] + in_transit[i] + issued_[i] + lost_[i] + held) {
      throw std::logic_error("logistics: the books of " + w_.items[i].id + " do not balance: initial " +
                             std::to_string(initial_[i]) + " + received " + std::to_string(received_[i]) +
                             " != delivered " + std::to_string(delivered[i]) + " + in transit " +
                             std::to_string(in_transit[i]) + " + issued " + std::to_string(issued_[i]) + " + lost " + std::to_string(lost_[i]) +
                             " + in stock " + std::to_string(held));
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
