// The district's geography: towns (区镇), villages and communities, and the
// district's own declared totals.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ttx::world {

enum class TownKind { subdistrict, town };

struct Town {
  std::string id;
  std::string name_zh, name_en;
  TownKind kind = TownKind::town;
  bool is_seat = false;
  double lat = 0, lon = 0;        ///< centre, degrees
  double population = 0;          ///< residents
  double area_km2 = 0;
  double ground_level_m = 0;      ///< above the 废黄河 datum
  int villages = 0;               ///< villages and communities (村、社区) in the unit
  bool has_own_plan = true;       ///< one of the towns with a supporting plan
  double share_masonry = 0.6;     ///< building mix: rural brick/masonry share
  double share_rc = 0.4;          ///< building mix: RC frame share
};

struct Village {
  std::string id;
  std::string name;
  std::uint32_t town = 0;         ///< index into World::towns
  double lat = 0, lon = 0;
  double population = 0;
  double ground_level_m = 0;
  double share_masonry = 0.6, share_rc = 0.4;
  bool generated = true;          ///< made from town figures (assumed), not the bureau's list
};

/// Totals stated by the source document; the validator checks the files against them.
struct DeclaredTotals {
  int towns_in_source = 0;
  int villages = 0;
  int teams = 0;
  int people = 0;
  int relief_categories = 0, relief_items = 0;
  int agreement_categories = 0, agreement_items = 0;
  int equipment_categories = 0, equipment_items = 0;
  int all_categories = 0, all_items = 0;
  double warehouse_area_m2 = 0;
};

struct DistrictInfo {
  std::string id, name_zh, name_en, division_code;
  double area_km2 = 0;
  double population = 0;
  std::string seat_town;
  double ground_mean_m = 0, ground_west_m = 0, ground_east_m = 0;
  double lat_min = 0, lat_max = 0, lon_min = 0, lon_max = 0;
  DeclaredTotals declared;
};

}  // namespace ttx::world
