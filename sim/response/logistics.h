// Logistics, the heart of 拿得出、调得快: relief orders met from the stock of the
// district warehouse and the town depots (拿得出: is it there?), picked and loaded at
// each depot's bays, carried by its trucks over the road network as it stands
// (调得快: how fast does it arrive?). Items of the agreement reserve come from the
// suppliers once the reserve is activated, after its lead times; mutual aid and
// equipment returned by teams go back into the district warehouse.
//
// A discrete-event model on the response's calendar. Stock is a LevelContainer per
// depot and item. Orders are served first come, first served, each from the depot
// nearest its town (by the roads as they stand) that holds the item; one that depot
// cannot cover in full takes what is there (a part order of its own) and the rest
// goes on to the next nearest, then waits for the reserve or aid. Granted orders wait
// at their depot by town. When one of its loading bays (a CountedResource) and one of
// its trucks are both free, the depot's largest free truck takes the town that has
// waited longest and loads its orders up to its tonnes and cubic metres, splitting an
// order too big for it; picking and loading take the time of its weight, and the truck
// drives at its own speed. The district warehouse's trucks are the Transport
// department's (vehicles.yaml); a town depot has its own. A town that cannot be
// reached is passed over (its orders wait, and hold no truck) until a road opens; a
// truck loaded for a town cut off while it was loading waits in the yard.
#pragma once

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "sim/core/counted_resource.h"
#include "sim/core/level_container.h"
#include "sim/core/simulator.h"
#include "sim/response/events.h"
#include "sim/response/travel_cache.h"
#include "sim/response/waiting.h"
#include "sim/world/world.h"

namespace ttx::response {

struct ReliefOrder {
  std::int64_t at_s = 0;
  std::uint32_t town = 0;  ///< destination: the town centre
  std::string item;        ///< items.csv id
  std::int64_t quantity = 0;
};

struct OrderOutcome {
  std::int64_t granted_s = -1;    ///< stock set aside (拿得出), -1 if never
  std::int64_t loaded_s = -1;     ///< on the truck
  std::int64_t delivered_s = -1;  ///< at the town (调得快), -1 if never
};

struct LogisticsOptions {
  double truck_factor = 1.0;               ///< scales the trucks of vehicles.yaml, per type (what-if)
  double stock_factor = 1.0;               ///< scales the warehouse's own stock (what-if)
  int loading_bays = -1;                   ///< replaces the warehouse's loading bays when >= 1 (what-if)
  bool agreement_reserve = true;           ///< false: the suppliers' contracts do not exist
  std::int64_t reserve_activated_s = -1;   ///< run_logistics: when the reserve is activated; -1: at the first shortfall
  std::int64_t horizon_s = 7 * 24 * 3600;  ///< run_logistics: orders not met by then stay unmet
  /// A drill of one town: stock set aside at a depot outside it is district support,
  /// loaded only `support_delay_s` after the order was placed.
  std::string drill_town;
  std::int64_t support_delay_s = 0;
};

/// One truckload: orders for one town.
struct Load {
  std::uint32_t truck = 0, town = 0;
  std::uint32_t depot = 0;  ///< index into World::depots: where it was loaded
  std::vector<std::uint64_t> orders;
  double tonnes = 0, m3 = 0;
};

/// A truck of vehicles.yaml.
struct Truck {
  std::string type;
  double capacity_t = 0, capacity_m3 = 0, speed_factor = 1;
  std::uint32_t depot = 0;  ///< index into World::depots: where it is based
};

/// An item that could not be given when asked.
struct Stockout {
  std::int64_t at_s = 0;
  std::uint32_t item = 0;
};

using Calendar = core::Simulator<Event>;

class Logistics {
 public:
  Logistics(const world::World& world, const LogisticsOptions& options, Calendar& sim, TravelCache& travel);

  /// Places an order now; returns its index.
  std::uint64_t place(const ReliefOrder& order);
  /// The order a part order was split from (itself for an order as placed).
  std::uint64_t root(std::uint64_t order) const { return root_[order]; }
  /// The quantity first asked for by the order as placed.
  std::int64_t requested(std::uint64_t order) const { return requested_[root_[order]]; }
  /// The agreement reserve is activated now (once; later calls do nothing).
  void activate_reserve();
  /// Stock arriving at the warehouse (mutual aid).
  void receive(std::uint32_t item, std::int64_t quantity);
  /// Equipment drawn by a team: takes up to `quantity` now and returns what it got.
  std::int64_t issue(std::uint32_t item, std::int64_t quantity);
  /// A share of a depot's stock of every item is lost (flooded, unusable); returns the items lost.
  std::int64_t lose_share(const std::string& depot, double share);
  std::int64_t lost(std::uint32_t item) const { return lost_[item]; }
  /// Equipment a team hands back.
  void give_back(std::uint32_t item, std::int64_t quantity);
  /// The network changed: loads waiting in the yard try again.
  void roads_changed();
  /// Per town, what holds up its orders now (none, support, no_stock, no_truck, no_bay or
  /// no_road; the worst when several do: a road cut first, then the drill's support delay,
  /// stock, trucks, bays). `out` is resized.
  void waiting_because(std::vector<WaitReason>& out);

  void handle(const OrderPlaced& e);
  void handle(const ReserveLoad& e);
  void handle(const SupportDue& e);
  void handle(const SendTrucks& e);
  void handle(const LoadingDone& e);
  void handle(const Delivered& e);
  void handle(const TruckBack& e);

  std::optional<std::uint32_t> item_index(const std::string& id) const;
  /// Held now at every depot together.
  std::int64_t in_stock(std::uint32_t item) const;
  /// Held now at one depot (index into World::depots).
  std::int64_t in_stock(std::uint32_t depot, std::uint32_t item) const { return depots_[depot].stock[item].level(); }
  /// The depot an order was granted from (index into World::depots), -1 if not granted.
  std::int64_t order_depot(std::uint64_t order) const { return order_depot_[order]; }
  /// Orders as placed and the part orders split off them (quantity: what each carries).
  const std::vector<ReliefOrder>& orders() const { return orders_; }
  const std::vector<OrderOutcome>& outcomes() const { return outcomes_; }
  const std::vector<Stockout>& stockouts() const { return stockouts_; }
  const std::vector<Load>& loads() const { return loads_; }
  /// The trucks of the run (every depot's), after the what-if factor.
  const std::vector<Truck>& trucks() const { return trucks_; }
  std::int64_t reserve_activated_s() const { return reserve_activated_s_; }
  /// When stock of an item that ran out was held again (left over once the orders waiting
  /// for it were served), the first time after its first stockout; -1 never.
  std::int64_t restocked_s(std::uint32_t item) const { return restocked_s_[item]; }
  /// Orders (or parts) of an item waiting for stock now.
  std::size_t waiting_for_stock(std::uint32_t item) const { return backorders_[item].size(); }
  /// Throws std::logic_error unless, for every item, initial + received =
  /// delivered + in transit + issued + in stock.
  void check_books() const;

 private:
  /// One depot's stock, bays, trucks and the granted orders waiting there.
  struct DepotState {
    const world::Depot* depot = nullptr;
    std::int64_t node = -1;  ///< its road node (its own, else its town's)
    core::CountedResource bays{1, core::QueueDiscipline::fifo};
    std::vector<std::uint32_t> free_trucks;         // sorted descending: back = largest
    std::vector<std::deque<std::uint64_t>> ready;   // per town: granted orders waiting for a truck, oldest first
    std::deque<std::uint32_t> towns_waiting;        // towns with ready orders, longest waiting first
    std::vector<bool> town_waiting;
    std::vector<core::LevelContainer> stock;        // per item
  };

  void activate_reserve_at(std::int64_t at_s);
  void note_restocked(std::uint32_t item);
  std::uint64_t add_order(const ReliefOrder& order, std::uint64_t root);
  void serve(std::uint32_t item);
  std::int64_t nearest_with_stock(std::uint32_t item, std::uint32_t town);
  void granted(std::uint64_t k, std::uint32_t depot);
  void set_aside(std::uint64_t k, std::uint32_t depot);
  void call_trucks();
  void send_trucks(std::uint32_t depot);
  void start_loading(std::uint64_t load);
  void drive(std::uint64_t load);
  double travel_h(std::uint32_t depot, std::uint32_t town, double speed_factor);

  const world::World& w_;
  const LogisticsOptions& o_;
  Calendar& sim_;
  TravelCache& travel_;
  std::vector<DepotState> depots_;
  std::uint32_t home_ = 0;  // the district warehouse (else the first depot): aid, the reserve, equipment
  std::vector<Truck> trucks_;
  std::vector<Load> loads_;
  bool trucks_called_ = false;  // a SendTrucks is due this moment
  std::vector<std::int64_t> initial_, received_, issued_, lost_;
  std::vector<std::int64_t> town_node_;
  std::vector<ReliefOrder> orders_;
  std::vector<OrderOutcome> outcomes_;
  std::vector<std::uint32_t> order_item_;
  std::vector<std::int64_t> order_depot_;
  std::vector<std::uint64_t> root_;
  std::vector<std::deque<std::uint64_t>> backorders_;  // per item: orders waiting for stock, oldest first
  std::vector<int> backordered_;                       // per town: its orders in backorders_
  std::vector<int> on_support_hold_;                   // per town: order parts waiting out the drill's support delay
  std::vector<std::int64_t> requested_;
  std::vector<std::uint64_t> yard_;  // loads on their trucks, waiting for a road
  std::vector<Stockout> stockouts_;
  std::vector<std::int64_t> restocked_s_;  // per item
  std::int64_t reserve_activated_s_ = -1;
  mutable std::vector<std::int64_t> books_;  // check_books' scratch, not state
};

/// Runs `orders` alone through the warehouse, bays and trucks on `roads` (the
/// network as the hazard left it). Pure function of its inputs.
struct LogisticsResult {
  std::vector<OrderOutcome> orders;  ///< one per order, in order (an order split for want of stock: its last part)
  std::vector<std::string> stockouts;  ///< items that ran out (an order had to wait or was never met)
  std::int64_t reserve_activated_s = -1;
};
LogisticsResult run_logistics(const world::World& world, const world::RoadNetwork& roads,
                              const std::vector<ReliefOrder>& orders, const LogisticsOptions& options = {});

}  // namespace ttx::response
