#include "sim/response/logistics.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <variant>

#include "sim/core/counted_resource.h"
#include "sim/core/level_container.h"
#include "sim/core/simulator.h"
#include "sim/world/travel_times.h"

namespace ttx::response {

namespace {

using core::Duration;
using core::SimTime;

struct OrderPlaced {
  static constexpr std::string_view kName = "order_placed";
  std::uint64_t order;
  void trace(core::TraceLine& l) const { l.field("order", order); }
};
struct ReserveLoad {
  static constexpr std::string_view kName = "reserve_load";
  std::uint32_t item;
  std::int64_t quantity;
  void trace(core::TraceLine& l) const { l.field("item", static_cast<std::int64_t>(item)).field("quantity", quantity); }
};
struct LoadingDone {
  static constexpr std::string_view kName = "loading_done";
  std::uint64_t order;
  void trace(core::TraceLine& l) const { l.field("order", order); }
};
struct Delivered {
  static constexpr std::string_view kName = "delivered";
  std::uint64_t order;
  void trace(core::TraceLine& l) const { l.field("order", order); }
};
struct TruckBack {
  static constexpr std::string_view kName = "truck_back";
  void trace(core::TraceLine&) const {}
};
using Event = std::variant<OrderPlaced, ReserveLoad, LoadingDone, Delivered, TruckBack>;

class Model {
 public:
  Model(const world::World& w, const world::RoadNetwork& roads, const std::vector<ReliefOrder>& orders,
        const LogisticsOptions& o)
      : w_(w), orders_(orders), o_(o), bays_(1, core::QueueDiscipline::fifo), trucks_(0, core::QueueDiscipline::fifo) {
    const world::Depot* depot = depot_ = w.warehouse();
    if (depot) bays_ = core::CountedResource(static_cast<int>(depot->handling.loading_bays), core::QueueDiscipline::fifo);
    int trucks = 0;
    for (const auto& v : w.transport.vehicles) {
      if (v.capacity_t > 0) trucks += v.count;
    }
    trucks_ = core::CountedResource(static_cast<int>(std::lround(trucks * o.truck_factor)), core::QueueDiscipline::fifo);
    for (std::size_t i = 0; i < w.items.size(); ++i) {
      index_[w.items[i].id] = static_cast<std::uint32_t>(i);
      const bool in_warehouse = depot && w.items[i].location == depot->id;
      stock_.emplace_back(in_warehouse ? w.items[i].quantity : 0);
    }
    // Hours from the warehouse to every town centre, on the roads as they stand.
    if (depot) {
      const auto from = roads.find(depot->id);
      if (from >= 0) hours_ = world::travel_hours(roads, {static_cast<std::uint32_t>(from)}, w.transport);
      for (const auto& t : w.towns) town_node_.push_back(roads.find(t.id));
    }
    result_.orders.resize(orders.size());
  }

  LogisticsResult run() {
    for (std::size_t k = 0; k < orders_.size(); ++k) sim_.schedule_at(SimTime::at_seconds(orders_[k].at_s), OrderPlaced{k});
    if (o_.agreement_reserve && o_.reserve_activated_s >= 0) activate_reserve(o_.reserve_activated_s);
    sim_.run_until(SimTime::at_seconds(o_.horizon_s), [this](auto& e) { std::visit([this](const auto& ev) { handle(ev); }, e.payload); });
    std::sort(result_.stockouts.begin(), result_.stockouts.end());
    result_.stockouts.erase(std::unique(result_.stockouts.begin(), result_.stockouts.end()), result_.stockouts.end());
    return result_;
  }

 private:
  void handle(const OrderPlaced& e) {
    const ReliefOrder& order = orders_[e.order];
    const auto it = index_.find(order.item);
    if (it == index_.end() || depot_ == nullptr) return;  // nothing to give: never met
    if (stock_[it->second].take_or_wait(e.order, order.quantity, sim_.now())) {
      granted(e.order);
      return;
    }
    result_.stockouts.push_back(order.item);
    if (w_.items[it->second].cls == world::ItemClass::agreement && o_.agreement_reserve && result_.reserve_activated_s < 0 &&
        o_.reserve_activated_s < 0) {
      activate_reserve(sim_.now().count_s());
    }
  }

  // The suppliers load a first share after the first lead time, the rest by the full one.
  void activate_reserve(std::int64_t at_s) {
    result_.reserve_activated_s = at_s;
    const auto& a = w_.agreement_reserve;
    for (const auto& id : a.item_ids) {
      const auto it = index_.find(id);
      if (it == index_.end()) continue;
      const std::int64_t total = w_.items[it->second].quantity;
      const auto first = static_cast<std::int64_t>(std::floor(total * a.first_load_share));
      sim_.schedule_at(SimTime::at_seconds(at_s) + Duration::from_hours(a.lead_time_first_load_h), ReserveLoad{it->second, first});
      sim_.schedule_at(SimTime::at_seconds(at_s) + Duration::from_hours(a.lead_time_full_quantity_h), ReserveLoad{it->second, total - first});
    }
  }

  void handle(const ReserveLoad& e) {
    std::vector<core::Grant> served;
    stock_[e.item].put(e.quantity, sim_.now(), &served);
    for (const auto& g : served) granted(g.token);
  }

  // Stock set aside: it waits for a truck, then for a loading bay.
  void granted(std::uint64_t k) {
    result_.orders[k].granted_s = sim_.now().count_s();
    if (trucks_.request(k, sim_.now())) truck_assigned(k);
  }
  void truck_assigned(std::uint64_t k) {
    if (bays_.request(k, sim_.now())) start_loading(k);
  }
  void start_loading(std::uint64_t k) {
    const auto& h = depot_->handling;
    const ReliefOrder& order = orders_[k];
    const double tonnes = static_cast<double>(order.quantity) * w_.items[index_.at(order.item)].unit_weight_kg / 1000.0;
    const double hours = h.acknowledge_h + std::max(h.min_pick_load_h, tonnes / 10.0 * h.pick_load_h_per_10t);
    sim_.schedule_in(Duration::from_hours(hours), LoadingDone{k});
  }

  void handle(const LoadingDone& e) {
    if (auto next = bays_.release(sim_.now())) start_loading(next->token);
    result_.orders[e.order].loaded_s = sim_.now().count_s();
    const double h = travel_h(orders_[e.order].town);
    if (!std::isfinite(h)) {  // the town cannot be reached: the load waits in the yard
      release_truck();
      return;
    }
    sim_.schedule_in(Duration::from_hours(h), Delivered{e.order});
  }

  void handle(const Delivered& e) {
    result_.orders[e.order].delivered_s = sim_.now().count_s();
    sim_.schedule_in(Duration::from_hours(travel_h(orders_[e.order].town)), TruckBack{});
  }

  void handle(const TruckBack&) { release_truck(); }

  void release_truck() {
    if (auto next = trucks_.release(sim_.now())) truck_assigned(next->token);
  }

  double travel_h(std::uint32_t town) const {
    if (town >= town_node_.size() || town_node_[town] < 0 || hours_.size() == 0) return world::kUnreachable;
    return hours_(0, town_node_[town]);
  }

  const world::World& w_;
  const std::vector<ReliefOrder>& orders_;
  const LogisticsOptions& o_;
  const world::Depot* depot_ = nullptr;
  core::Simulator<Event> sim_;
  core::CountedResource bays_, trucks_;
  std::vector<core::LevelContainer> stock_;
  std::map<std::string, std::uint32_t> index_;
  Eigen::MatrixXd hours_;
  std::vector<std::int64_t> town_node_;
  LogisticsResult result_;
};

}  // namespace

LogisticsResult run_logistics(const world::World& world, const world::RoadNetwork& roads,
                              const std::vector<ReliefOrder>& orders, const LogisticsOptions& options) {
  return Model(world, roads, orders, options).run();
}

}  // namespace ttx::response
