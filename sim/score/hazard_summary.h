// The hazard's ground truth at a moment, as `ttx hazard` shows it: the field and the
// impacts per village and per town, the state of the roads, the indicators the plans
// watch, and the levels the plans reach with perfect information and as the reporting
// chain tells the duty office. Computed here; io/hazard_report only formats it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sim/hazard/generate.h"
#include "sim/hazard/impacts.h"
#include "sim/response/plan_engine.h"
#include "sim/world/scenario.h"
#include "sim/world/world.h"

namespace ttx::score {

/// Cumulative impacts per village and the state of the roads at time `at_s`.
struct HazardSnapshot {
  std::int64_t at_s = 0;
  std::vector<double> field;  ///< per village, in the hazard's own unit (HazardResult::field_name)
  std::vector<double> displaced, trapped, injured, killed, houses;  ///< per village, people (houses: buildings)
  std::vector<std::uint32_t> closed_edges;  ///< road edges closed at `at_s`
  std::size_t impacts = 0;                  ///< impacts up to `at_s`
  double users_without_power = 0, people_cold = 0;  ///< at `at_s`, all towns
};

/// One town's (or the district's) row: the highest field of its villages and their sums.
struct HazardTownRow {
  std::int64_t town = -1;  ///< index into World::towns; -1 for the district
  double max_field = 0, displaced = 0, trapped = 0, injured = 0, killed = 0, houses = 0, population = 0;
};

/// An indicator of the plans' triggers as the hazard set it.
struct HazardIndicator {
  std::int64_t at_s = 0;
  world::Indicator indicator{};
  double value = 0;
};

struct HazardSummary {
  std::int64_t at_s = 0;
  std::uint64_t replication = 0;
  std::string field_name;
  HazardSnapshot snapshot;
  std::vector<HazardTownRow> towns;  ///< every town, in the district's order
  HazardTownRow district;
  std::size_t roads = 0;             ///< edges of the road network
  hazard::ImpactTotals totals;       ///< up to `at_s`
  std::vector<HazardIndicator> indicators;       ///< up to `at_s`
  std::vector<response::LevelChange> levels_perfect;   ///< plan levels with perfect information, up to `at_s`
  std::vector<response::LevelChange> levels_reported;  ///< as the reporting chain tells the duty office
  hazard::HazardResult result;       ///< the impacts themselves (for CSV, GeoJSON, the fingerprint)
};

HazardSnapshot snapshot(const world::World& w, const hazard::HazardResult& r, std::int64_t at_s);

/// The hazard of `scenario`, replication `replication`, at `at_s` after its start.
HazardSummary summarise_hazard(const world::World& w, const world::Scenario& scenario, std::uint64_t replication,
                               std::int64_t at_s);

}  // namespace ttx::score
