// Relief stock and equipment, where it is held and how it moves: items, depots,
// suppliers, transfer points, shelters, the agreement reserve and mutual aid.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace ttx::world {

enum class ItemClass { relief, agreement, equipment };

struct ItemCategory {
  std::string id;
  ItemClass cls = ItemClass::relief;
  std::string name_zh, name_en, unit;
  std::string unit_zh;  ///< the Chinese measure word (顶 for tents, 床 for quilts); empty: from `unit`
  std::int64_t quantity = 0;
  double unit_volume_m3 = 0, unit_weight_kg = 0;
  std::string location;             ///< a depot or supplier id
};

struct DepotHandling {
  double staff = 0, forklifts = 0, loading_bays = 1;
  double acknowledge_h = 0, pick_load_h_per_10t = 0, min_pick_load_h = 0;
  double night_extra_h = 0, night_start_hour = 20, night_end_hour = 6;
};

/// A town depot's own vehicles (the district warehouse's are the Transport department's, vehicles.yaml).
struct DepotVehicles {
  double count = 0, capacity_t = 0, capacity_m3 = 0;
};

/// The district warehouse, or a town depot or stock point (储备点). Relief goes out
/// from the nearest one that holds the item.
struct Depot {
  std::string id, name_zh, name_en, town;
  double lat = 0, lon = 0;
  double area_m2 = 0, usable_floor_share = 1, usable_height_m = 2;
  DepotHandling handling;
  /// Held here by item id, besides the items.csv rows located here (a town depot's stock).
  std::map<std::string, double> stock;
  DepotVehicles vehicles;
};

struct Site {  ///< suppliers and town transfer points
  std::string id, name_zh, name_en, town;
  double lat = 0, lon = 0;
  double cross_dock_h = 0;
};

struct Shelter {
  std::string id, name_zh, name_en, town, kind;
  double lat = 0, lon = 0;
  double floor_area_m2 = 0;
  double capacity_short = 0, capacity_long = 0;  ///< persons, ≤ 3 days / longer stays
};

/// A hospital taking the seriously injured (hospitals.yaml), reached at its town's centre.
struct Hospital {
  std::string id, name_zh, name_en, town;
  double casualty_beds = 0;  ///< beds it can give casualties within hours of a disaster
};

struct AgreementReserve {
  int categories = 0;
  std::int64_t items = 0;
  std::vector<std::string> item_ids;
  std::string location, delivers_to;
  double lead_time_first_load_h = 0, lead_time_full_quantity_h = 0, first_load_share = 0;
};

struct AidItem {
  std::string item;
  std::int64_t quantity = 0;
};

/// Teams the city or the province sends with its aid where the plans say so: they
/// reach the staging town `delay_h` after the request and work like the district's teams.
struct AidTeam {
  std::string team_type;            ///< team_types.yaml id: their skills, gear, shifts
  std::string name_zh, name_en;
  int units = 0, people_per_unit = 0;
  double delay_h = 0;
  std::string base;                 ///< towns.yaml id: where they report (their base while here)
  std::vector<std::string> plans;   ///< plans/*.yaml ids: they come only when one of these is in force
};

struct MutualAid {
  std::string id, from_zh, from_en;
  int condition_min_level = 3;      ///< 4 = IV (lowest) ... 1 = I (highest)
  double delay_h = 0;
  std::string delivers_to;
  std::vector<AidItem> items;
  std::vector<AidTeam> teams;
};

}  // namespace ttx::world
