// The freezing-rain consequences a run keeps track of: power cut and restored per
// town, the critical sites (hospitals, water works, shelters) and their generators,
// the grid's outside crews, the travellers stranded on the closed expressway, and
// people without heating. Data only; the handlers are in power_restoration.cpp,
// stranded_travellers.cpp and cold_relief.cpp.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace ttx::response {

enum class SiteKind : std::uint8_t { hospital, water_works, shelter };

/// A site restored first (its feeder before the households): the plan's priority.
struct PowerSite {
  std::uint32_t town = 0;
  SiteKind kind = SiteKind::hospital;
  std::int64_t index = -1;           ///< hospital or shelter index in the world; water works: its number in the town
  std::int64_t off_s = -1;           ///< lost power (its town's first cut), -1 never
  std::int64_t restored_s = -1;      ///< power back from the grid, -1 not yet
  std::int64_t generator_s = -1;     ///< a generator running there since, -1 none now
  std::int64_t first_generator_s = -1;  ///< the first generator came then, -1 never
  bool generator = false;            ///< a generator of the stock is there now
};

/// Outside crews of one sector crew kind (on_request): requested, on their way, arrived.
struct CrewRequest {
  int requested = 0, arrived = 0;
  std::int64_t first_request_s = -1, first_arrival_s = -1;
  bool plan_asked = false;           ///< the plan's action asked for them: the doctrine tops up as damage grows
};

/// Households off and restored at one hour of the run (district), for the curve.
struct PowerAt {
  std::int64_t at_s = 0;
  double households_off = 0, households_restored = 0;
  double spans_restored = 0;
};

struct FreezingState {
  bool active = false;               ///< a freezing-rain scenario: the hourly look runs
  // Power, per town
  std::vector<double> users_off;     ///< truth: households the hazard cut off (its latest total)
  std::vector<double> spans_down;    ///< truth: spans down so far
  std::vector<double> spans_restored, households_restored;  ///< at the last hourly look
  std::vector<double> known_cut;     ///< households reported without power
  std::vector<PowerSite> sites;      ///< in order of priority within each town
  std::vector<PowerAt> curve;        ///< one point per hourly look
  double households_off_peak = 0;
  std::int64_t generator_item = -1;
  double generators_placed = 0;      ///< generator placements over the run (a set may be placed twice)
  std::vector<CrewRequest> crews;    ///< per World::sector_crews
  std::vector<std::pair<std::uint32_t, int>> crew_trips;  ///< per request: (sector crew, crews on the way)
  // Travellers stranded on the closed expressway
  std::int64_t service_town = -1, service_node = -1;
  std::vector<std::uint32_t> relief_tasks;  ///< their relief at the service area, one per stranded impact
  double stranded = 0, relieved = 0, released = 0, released_without_relief = 0;
  std::int64_t first_stranded_s = -1, reopened_s = -1;
  bool reopened_by_deicing = false;
  std::int64_t storm_end_s = -1;     ///< the end of the last hour of freezing rain
  std::int64_t deicing_task = -1;
  double deicing_km_done = -1;       ///< at the reopening (the thaw may come first), -1 not reopened
  double expressway_km = 0;
  std::vector<std::uint32_t> expressway_edges;
  double travellers_ordered_for = 0; ///< known travellers the relief orders cover
  std::vector<std::uint64_t> traveller_orders;
  // People without heating, per town
  std::vector<double> cold_truth, cold_known, cold_covered;
  double cold_peak = 0;
  double cold_needing_relief = 0;    ///< of those covered: the people the checks found needing warm relief
  std::vector<std::uint64_t> warm_orders;  ///< logistics orders of warm relief
};

}  // namespace ttx::response
