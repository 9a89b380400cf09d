// The one-screen summary `ttx validate` prints for a district that loads cleanly.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sim/world/provenance.h"
#include "sim/world/world.h"

namespace ttx::io {

struct DistrictSummary {
  struct TypeLine {
    std::string id, name_zh;
    int teams = 0, people = 0;
  };
  struct ClassLine {
    std::string cls;
    int categories = 0;
    std::int64_t items = 0;
  };
  struct PlanLine {
    std::string id, title_zh;
    std::vector<std::string> levels;
  };
  std::string district;
  int towns = 0, towns_with_own_plan = 0, villages = 0;
  bool villages_generated = true;
  double population = 0;
  int teams = 0, people = 0;
  std::vector<TypeLine> types;
  std::vector<ClassLine> classes;
  int categories = 0;
  std::int64_t items = 0;
  double warehouse_area_m2 = 0;
  int shelters = 0;
  double shelter_places = 0;
  int vehicles = 0;
  std::size_t road_nodes = 0, road_edges = 0;
  std::vector<PlanLine> plans;
  int figures[5] = {};  ///< tagged figures by ProvenanceKind
};

DistrictSummary summarise(const world::World& world, const world::ProvenanceLog& provenance);
std::string format_summary(const DistrictSummary& s);
/// The same as JSON (`ttx validate --json`).
std::string summary_json(const DistrictSummary& s);

}  // namespace ttx::io
