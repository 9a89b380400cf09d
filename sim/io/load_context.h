// Shared state of one district load: the world being filled, where problems go,
// and the references to check once every file is read. Internal to sim/io.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "sim/io/csv_table.h"
#include "sim/io/diagnostic.h"
#include "sim/io/yaml_reader.h"
#include "sim/world/world.h"

namespace ttx::io {

/// What an id names, for reference checks.
enum class RefKind { town, skill, team_type, subtype, item, place, sector_crew, team, village, need, plan };

struct Located {
  std::string file;
  int line = 0, column = 0;
  std::string field;
};

struct LoadContext {
  LoadContext(world::World& w, Diagnostics& d, world::ProvenanceLog& p, std::filesystem::path r)
      : world(w), diags(d), prov(p), root(std::move(r)) {}

  world::World& world;
  Diagnostics& diags;
  world::ProvenanceLog& prov;
  std::filesystem::path root;  ///< folder of district.yaml; file names are shown relative to it

  struct Definition {
    RefKind kind;
    std::string id;
    Located at;
  };
  struct Reference {
    RefKind kind;
    std::string id;
    Located at;
  };
  /// teams.csv rows keep their type and base ids until every file is read.
  struct TeamRef {
    std::string type, base;
    Located subtype_at;
  };
  std::vector<TeamRef> team_refs;
  std::vector<Definition> definitions;
  std::vector<Reference> references;
  Located declared_at;  ///< where `declared:` totals stand, for total mismatches
  std::map<std::string, Located> declared_fields;  ///< each declared total's own position
  std::map<std::string, Located> type_declared;    ///< team type id -> its `declared:` block
  Located population_at;                          ///< district.population
  /// Where the totals that differ from the declared ones go, when not to `diags`: a
  /// what-if on figures departs from the source document's totals by design.
  Diagnostics* departures = nullptr;
  /// Files whose own fields failed to read: totals built on them would only echo
  /// those errors, so they are checked once the files read cleanly.
  std::vector<std::string> unreadable;
  /// Files that could not be read or parsed at all.
  std::vector<std::string> lost;
  /// villages.csv rows keep their town id until every file is read.
  struct VillageRef {
    std::string town;
    bool has_ground, has_mix;
    Located population_at;
  };
  /// Every position read (towns, villages, depots, shelters, ...), checked against
  /// the district's extent once district.yaml is read.
  struct Place {
    double lat, lon;
    Located at;
  };
  std::vector<Place> places;
  std::vector<VillageRef> village_refs;
  struct Section {
    std::string name;
    Located at;
  };
  std::vector<Section> sections;  ///< singleton sections seen so far

  /// Records a section that may appear once in the whole district; reports a repeat.
  bool claim_section(const std::string& name, const Located& at);

  void define(RefKind kind, const std::string& id, Located at) {
    if (!id.empty()) definitions.push_back({kind, id, std::move(at)});
  }
  void refer(RefKind kind, const std::string& id, Located at) {
    if (!id.empty()) references.push_back({kind, id, std::move(at)});
  }
};

Located located(YamlMap& map, std::string_view key);
Located located(YamlMap& map);
Located located(CsvRowReader& row, const CsvTable& table, std::string_view column);

/// Calls `fn` for each mapping in the list `key` of `parent`; each record's path is
/// "key[i]" until `record_id` renames it.
void for_each_record(YamlMap& parent, std::string_view key, const std::function<void(YamlMap&)>& fn,
                     bool required = true);
/// Reads a record's `id`, renames its path "list[i]" -> "list[id]" and, given a
/// kind, records the definition for the duplicate and reference checks.
std::string record_id(LoadContext& ctx, YamlMap& record, std::optional<RefKind> kind = std::nullopt);

/// Reads an id-valued key and records it as a reference of `kind`.
std::string read_ref(LoadContext& ctx, YamlMap& map, std::string_view key, RefKind kind, bool required = true);
/// Reads a list of ids and records each as a reference of `kind`.
std::vector<std::string> read_ref_list(LoadContext& ctx, YamlMap& map, std::string_view key, RefKind kind,
                                       bool required = true);
/// A map of id -> quantity (skill_efficiency, weather factors, skill params).
std::map<std::string, double> read_quantity_map(YamlMap& parent, std::string_view key, Range range,
                                                bool required = false);

// Section readers: each takes the top-level mapping of one file and reads its keys.
void read_district_section(LoadContext& ctx, YamlMap& top);
void read_towns(LoadContext& ctx, YamlMap& top);
void read_roads(LoadContext& ctx, YamlMap& top);
void read_forces(LoadContext& ctx, YamlMap& top);
void read_stock(LoadContext& ctx, YamlMap& top);
void read_sites(LoadContext& ctx, YamlMap& top);
void read_map_layers(LoadContext& ctx, YamlMap& top);
void read_transport(LoadContext& ctx, YamlMap& top);
void read_needs(LoadContext& ctx, YamlMap& top);
void read_hazard_models(LoadContext& ctx, YamlMap& top);
void read_reporting(LoadContext& ctx, YamlMap& top);
void read_doctrine(LoadContext& ctx, YamlMap& top);
void read_scoring(LoadContext& ctx, YamlMap& top);
void read_plan(LoadContext& ctx, YamlMap& top);

// CSV tables.
void read_teams_csv(LoadContext& ctx, const CsvTable& table);
void read_items_csv(LoadContext& ctx, const CsvTable& table);
void read_villages_csv(LoadContext& ctx, const CsvTable& table);

/// True unless a file whose name ends with `name` had errors of its own.
bool readable(const LoadContext& ctx, std::string_view name);

/// After every file: references resolve, ids are unique, totals match the declared ones.
void check_required_sections(LoadContext& ctx);
void check_references(LoadContext& ctx);
/// Road-network node ids (towns, villages, depots, suppliers, transfer points,
/// shelters, generated villages included) must be unique across kinds.
void check_node_ids(LoadContext& ctx);
void check_totals(LoadContext& ctx);
/// Every node of the built road network can be reached from every other.
void check_connected(LoadContext& ctx);
/// Figures that are in range but cannot be true of this district: places outside
/// its extent, a village more populous than its town.
void check_plausible(LoadContext& ctx);

}  // namespace ttx::io
