// Names of the world's enums and the World lookups.
#include <cstdio>

#include "sim/world/provenance.h"
#include "sim/world/world.h"

namespace ttx::world {

std::string_view to_string(ProvenanceKind k) {
  switch (k) {
    case ProvenanceKind::seed: return "seed";
    case ProvenanceKind::bureau: return "bureau";
    case ProvenanceKind::public_: return "public";
    case ProvenanceKind::standard: return "standard";
    case ProvenanceKind::assumed: return "assumed";
  }
  return "?";
}

std::string_view to_string(TownKind k) { return k == TownKind::subdistrict ? "subdistrict" : "town"; }

std::string_view to_string(ItemClass c) {
  switch (c) {
    case ItemClass::relief: return "relief";
    case ItemClass::agreement: return "agreement";
    case ItemClass::equipment: return "equipment";
  }
  return "?";
}

std::string level_name(ResponseLevel level) {
  static const char* names[] = {"I", "II", "III", "IV"};
  return level >= 1 && level <= 4 ? names[level - 1] : "?";
}

std::string_view to_string(Indicator i) {
  static constexpr std::string_view names[kIndicatorCount] = {
      "dead_missing", "relocated", "households_collapsed", "rooms_collapsed", "magnitude",
      "warning_typhoon", "warning_rainstorm", "warning_road_icing", "warning_blizzard", "warning_cold_wave",
      "river_level", "levee_breach", "yangtze_levee_breach", "users_without_power_pct",
      "stranded_travellers", "expressway_closed"};
  return names[static_cast<int>(i)];
}

std::string indicator_text(Indicator i, double v) {
  static const char* colours[] = {"none", "blue", "yellow", "orange", "red"};
  static const char* levels[] = {"normal", "warning", "guaranteed"};
  const int k = static_cast<int>(v);
  switch (i) {
    case Indicator::warning_typhoon:
    case Indicator::warning_rainstorm:
    case Indicator::warning_road_icing:
    case Indicator::warning_blizzard:
    case Indicator::warning_cold_wave: return k >= 0 && k <= 4 ? colours[k] : "?";
    case Indicator::river_level: return k >= 0 && k <= 2 ? levels[k] : "?";
    case Indicator::levee_breach:
    case Indicator::yangtze_levee_breach:
    case Indicator::expressway_closed: return v != 0 ? "true" : "false";
    default: {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%g", v);
      return buf;
    }
  }
}

std::string_view to_string(ActionKind a) {
  static constexpr std::string_view names[] = {
      "mobilise_forces", "open_shelters", "release_stock", "activate_agreement_reserve",
      "request_city_aid", "request_province_aid", "report_to_city", "report_to_province",
      "deploy_working_group", "evacuate", "request_mutual_aid_crews"};
  return names[static_cast<int>(a)];
}

namespace {

// Position of the record with this id in a list of records, by linear search
// (the lists are short and looked up while loading, not in hot loops).
template <class Record>
std::optional<std::uint32_t> index_of(const std::vector<Record>& records, std::string_view id) {
  for (std::size_t i = 0; i < records.size(); ++i) {
    if (records[i].id == id) return static_cast<std::uint32_t>(i);
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::uint32_t> World::town_index(std::string_view id) const { return index_of(towns, id); }

std::optional<std::uint32_t> World::team_type_index(std::string_view id) const { return index_of(team_types, id); }

const ItemCategory* World::item(std::string_view id) const {
  const auto i = index_of(items, id);
  return i ? &items[*i] : nullptr;
}

const Depot* World::warehouse() const {
  const auto i = index_of(depots, "district_warehouse");
  return i ? &depots[*i] : nullptr;
}

}  // namespace ttx::world
