// Logistics, the heart of 拿得出、调得快: relief orders met from the district
// warehouse's stock (拿得出: is it there?), picked and loaded at its bays, carried
// by the Transport department's trucks over the road network as it stands
// (调得快: how fast does it arrive?). Items of the agreement reserve come from the
// suppliers once the reserve is activated, after its lead times.
//
// A discrete-event model on the engine: stock is a LevelContainer per item (orders
// wait FIFO when it runs out), loading bays and trucks are CountedResources.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

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
  double truck_factor = 1.0;               ///< scales the trucks of vehicles.yaml (what-if)
  bool agreement_reserve = true;           ///< false: the suppliers' contracts do not exist
  std::int64_t reserve_activated_s = -1;   ///< when the plan activates the reserve; -1: at the first shortfall
  std::int64_t horizon_s = 7 * 24 * 3600;  ///< orders not met by then stay unmet
};

struct LogisticsResult {
  std::vector<OrderOutcome> orders;  ///< one per order, in order
  std::vector<std::string> stockouts;  ///< items that ran out (an order had to wait or was never met)
  std::int64_t reserve_activated_s = -1;
};

/// Runs the orders through the warehouse, bays and trucks. `roads` is the network
/// as the hazard left it (closed or slowed edges). Pure function of its inputs.
LogisticsResult run_logistics(const world::World& world, const world::RoadNetwork& roads,
                              const std::vector<ReliefOrder>& orders, const LogisticsOptions& options = {});

}  // namespace ttx::response
