// Everything static about the district, loaded once and const afterwards.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sim/world/district.h"
#include "sim/world/forces.h"
#include "sim/world/hazard_models.h"
#include "sim/world/map_layers.h"
#include "sim/world/needs.h"
#include "sim/world/plans.h"
#include "sim/world/scoring.h"
#include "sim/world/road_network.h"
#include "sim/world/stock.h"
#include "sim/world/transport.h"

namespace ttx::world {

/// Parameters of the generated network (when the bureau has no real one).
struct RoadGeneration {
  double detour_factor = 1.3;       ///< road length / straight-line distance
  int town_neighbours = 3;          ///< each town centre links to its nearest k
  std::vector<std::string> manual_only;  ///< towns linked only by explicit edges
  struct Link {
    std::string from, to;
    double length_km = 0;
    RoadClass cls = RoadClass::class_2;
    bool bridge = false;
  };
  std::vector<Link> links;          ///< explicit edges (ferries, bridges, expressways)
};

/// The reporting chain from villages to the district (reporting.yaml).
struct Reporting {
  double village_to_town_min = 30, town_to_district_min = 40;  ///< mean delays
  double village_to_town_at_least_min = 0, town_to_district_at_least_min = 0;  ///< no report is faster: delay = at least + exponential
  double first_count_share = 0.6;  ///< share of a village's losses in its first report
  double verified_after_h = 12;    ///< the verified full count follows this long after
  double indicator_delay_min = 10; ///< warnings, gauges, breaches reach the duty office
  bool loaded = false;
};

/// How the plan is played by the book (doctrine.yaml): the dispatcher's rules and
/// the time limits outcomes are judged by.
struct Doctrine {
  double order_round_h = 2;          ///< towns send consolidated relief requests this often
  double backlog_for_more_units_h = 2;  ///< another unit joins a site whose work left exceeds this
  double min_work_in_shift_h = 1;    ///< a unit is only sent if it can work this long before its shift ends
  double treatment_window_h_severity_2 = 6, treatment_window_h_severity_3 = 1;  ///< injured treated in time
  double cut_off_speed_factor = 0.25;  ///< units where no road leads go on foot or by boat along the roads as they were
  /// Units work in relays (half on, half off for equal shift and rest) when each relay
  /// keeps at least this many people; 0: every unit works its shift whole, then rests.
  double relay_min_people = 0;
  /// Team types on 24-hour duty: the duty officer calls one out for any reported
  /// life-saving or casualty task, whether or not a plan's level has mobilised it.
  std::vector<std::string> duty_team_types;
  /// Freezing-rain consequences (doctrine.yaml freezing): what the plan does about power
  /// cuts, stranded travellers and cold homes. Zero figures switch a part off.
  struct Freezing {
    double critical_feeder_spans = 0;   ///< spans restored first to re-energise each critical site
    double water_works_per_town = 0;    ///< water plants or booster stations per town (critical sites)
    std::string generator_item;         ///< items.csv id of the generator a critical site without power gets
    std::string service_area_town;      ///< the town whose G40 service area shelters stranded travellers
    double deicing_passes = 1;          ///< treatments of every expressway km before it reopens
    double cold_relief_share = 0;       ///< of the people without heating, those the towns' checks find needing warm relief
    std::map<std::string, double> cold_relief;  ///< items.csv id -> units per person needing it (quilts, cotton coats)
    std::map<std::string, double> traveller_relief;  ///< items.csv id -> units per stranded traveller (water, food, quilts)
  } freezing;
  bool loaded = false;
};

struct World {
  DistrictInfo district;
  std::vector<Town> towns;
  std::vector<Village> villages;
  std::vector<Skill> skills;
  std::vector<TeamType> team_types;
  std::vector<Team> teams;
  std::vector<SectorCrew> sector_crews;
  TownTeams town_teams;
  CommunityRescue community_rescue;
  CasualtyTransport casualty_transport;
  std::vector<ItemCategory> items;
  std::vector<Depot> depots;
  std::vector<Site> suppliers;
  std::vector<Site> transfer_points;
  std::vector<Shelter> shelters;
  std::vector<Hospital> hospitals;
  std::vector<MapShape> map_shapes;  ///< map.yaml: outline, rivers, coast
  AgreementReserve agreement_reserve;
  std::vector<MutualAid> mutual_aid;
  Transport transport;
  RoadGeneration road_generation;
  RoadNetwork roads;
  Needs needs;
  std::vector<Plan> plans;
  HazardModels hazard_models;
  Reporting reporting;
  Doctrine doctrine;
  Scoring scoring;

  std::optional<std::uint32_t> town_index(std::string_view id) const;
  std::optional<std::uint32_t> team_type_index(std::string_view id) const;
  const ItemCategory* item(std::string_view id) const;
  /// The district relief warehouse (the depot `district_warehouse`), if the data has it.
  const Depot* warehouse() const;
};

std::string_view to_string(TownKind k);
std::string_view to_string(ItemClass c);

}  // namespace ttx::world
