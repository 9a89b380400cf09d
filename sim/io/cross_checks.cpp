// Checks across files: every reference resolves, ids are unique, and the files
// add up to the totals the source document declares.
#include <algorithm>
#include <cmath>
#include <map>

#include "sim/io/did_you_mean.h"
#include "sim/io/load_context.h"
#include "sim/io/message_text.h"
#include "sim/world/travel_times.h"

namespace ttx::io {

namespace {

const char* kind_name(RefKind k) {
  switch (k) {
    case RefKind::town: return "town";
    case RefKind::skill: return "skill";
    case RefKind::team_type: return "team type";
    case RefKind::subtype: return "team subtype";
    case RefKind::item: return "item";
    case RefKind::place: return "depot, supplier, transfer point or shelter";
    case RefKind::sector_crew: return "sector crew";
    case RefKind::team: return "team";
    case RefKind::village: return "village";
    case RefKind::need: return "need";
    case RefKind::plan: return "plan";
  }
  return "?";
}

void report(LoadContext& ctx, const Located& at, std::string message) {
  ctx.diags.add(at.file, at.line, at.column, at.field, std::move(message));
}

std::string where(const Located& at) { return at.file + ":" + std::to_string(at.line); }

}  // namespace

bool readable(const LoadContext& ctx, std::string_view name) {
  for (const auto& f : ctx.unreadable) {
    if (f.size() >= name.size() && f.compare(f.size() - name.size(), name.size(), name) == 0) return false;
  }
  return true;
}

void check_required_sections(LoadContext& ctx) {
  const world::World& w = ctx.world;
  const Located& at = ctx.declared_at;
  if (at.file.empty()) return;  // reported by check_totals
  auto need = [&](bool present, const char* what) {
    if (!present) ctx.diags.add(at.file, at.line, at.column, "include", std::string("no ") + what + " in the district");
  };
  need(!w.team_types.empty(), "team types (team_types.yaml)");
  need(!w.skills.empty(), "skills (team_types.yaml)");
  need(!w.items.empty(), "stock (items.csv)");
  need(!w.depots.empty(), "depots (depots.yaml)");
  need(!w.transport.vehicles.empty(), "vehicles (vehicles.yaml)");
  need(!w.transport.road_classes[0].id.empty(), "road classes (vehicles.yaml)");
  need(!w.needs.needs.empty(), "needs (needs.yaml)");
  need(w.hazard_models.loaded, "hazard model coefficients (hazard_models.yaml)");
  need(w.reporting.loaded, "reporting chain (reporting.yaml)");
  need(w.doctrine.loaded, "dispatch doctrine (doctrine.yaml)");
  need(w.scoring.loaded, "scorecard weights and targets (scoring.yaml)");
  for (const char* factor : {"glaze_untreated", "glaze_treated", "snow_arterial", "snow_expressway_light",
                             "snow_expressway_heavy"}) {
    need(w.transport.weather_factors.count(factor) > 0, (std::string("weather factor ") + factor + " (vehicles.yaml)").c_str());
  }
  bool roads = false;
  for (const auto& s : ctx.sections) roads |= s.name == "roads";
  need(roads, "road network settings (roads.yaml)");
}

void check_references(LoadContext& ctx) {
  // Duplicate ids, per kind (std::map: iteration order fixed by the key, never by hashing).
  std::map<std::pair<RefKind, std::string>, const Located*> first;
  std::map<RefKind, std::vector<std::string>> ids;
  for (const auto& d : ctx.definitions) {
    auto [it, inserted] = first.emplace(std::make_pair(d.kind, d.id), &d.at);
    if (inserted) ids[d.kind].push_back(d.id);
    else report(ctx, d.at, std::string("duplicate ") + kind_name(d.kind) + " id " + echoed(d.id) +
                               " (first defined at " + where(*it->second) + ")");
  }
  for (const auto& r : ctx.references) {
    if (first.count({r.kind, r.id})) continue;
    if (ctx.diags.full()) {
      ctx.diags.add_dropped();  // no suggestion search for problems nobody will see
      continue;
    }
    report(ctx, r.at, std::string("unknown ") + kind_name(r.kind) + " " + echoed(r.id) + did_you_mean(r.id, ids[r.kind]));
  }
  world::World& w = ctx.world;
  // Resolve villages.csv rows to their towns, with the towns' defaults.
  for (std::size_t i = 0; i < w.villages.size() && i < ctx.village_refs.size(); ++i) {
    world::Village& v = w.villages[i];
    const auto& ref = ctx.village_refs[i];
    const auto t = w.town_index(ref.town);
    if (!t) continue;  // reported above
    v.town = *t;
    if (!ref.has_ground) v.ground_level_m = w.towns[*t].ground_level_m;
    if (!ref.has_mix) v.share_masonry = w.towns[*t].share_masonry, v.share_rc = w.towns[*t].share_rc;
  }
  // Resolve teams.csv rows to indices now that types and towns are known.
  for (std::size_t i = 0; i < w.teams.size() && i < ctx.team_refs.size(); ++i) {
    const auto& ref = ctx.team_refs[i];
    world::Team& t = w.teams[i];
    if (auto ti = w.team_type_index(ref.type)) {
      t.type = *ti;
      const auto& subtypes = w.team_types[*ti].subtypes;
      const bool has_subtypes = !subtypes.empty();
      const bool known = std::any_of(subtypes.begin(), subtypes.end(), [&](const auto& s) { return s.id == t.subtype; });
      if (has_subtypes && !known) {
        std::vector<std::string> names;
        for (const auto& s : subtypes) names.push_back(s.id);
        report(ctx, ref.subtype_at, "team type " + echoed(ref.type) + " needs a subtype (one of its subtypes), got " +
                                        echoed(t.subtype) + did_you_mean(t.subtype, names));
      } else if (!has_subtypes && !t.subtype.empty()) {
        report(ctx, ref.subtype_at, "team type " + echoed(ref.type) + " has no subtypes; leave the cell empty");
      }
    }
    if (auto bi = w.town_index(ref.base)) t.base_town = *bi;
  }
}

void check_node_ids(LoadContext& ctx) {
  std::map<std::string, const Located*> seen;
  for (const auto& d : ctx.definitions) {
    if (d.kind != RefKind::town && d.kind != RefKind::place && d.kind != RefKind::village) continue;
    auto [it, inserted] = seen.emplace(d.id, &d.at);
    if (!inserted && it->second != &d.at) {
      report(ctx, d.at, "id " + echoed(d.id) + " is already used at " + where(*it->second) +
                            " (towns, villages, depots, suppliers, transfer points and shelters share one set of ids)");
    }
  }
  const world::World& w = ctx.world;
  for (const auto& v : w.villages) {
    if (!v.generated) continue;
    if (auto it = seen.find(v.id); it != seen.end()) {
      report(ctx, *it->second, "id " + echoed(v.id) + " is also the id of a generated village of " + w.towns[v.town].id +
                                   "; choose another");
    }
  }
}

void check_connected(LoadContext& ctx) {
  const world::RoadNetwork& roads = ctx.world.roads;
  if (roads.nodes().empty()) return;
  const Eigen::VectorXd d = world::road_distances_km(roads, 0);
  int villages = 0;
  std::string first_village;
  for (std::size_t i = 0; i < roads.nodes().size(); ++i) {
    if (std::isfinite(d[static_cast<Eigen::Index>(i)])) continue;
    const auto& node = roads.nodes()[i];
    if (node.kind == world::NodeKind::village) {
      if (villages++ == 0) first_village = node.id;
      continue;
    }
    ctx.diags.add(ctx.declared_at.file, ctx.declared_at.line, ctx.declared_at.column, "roads",
                  echoed(node.id) + " cannot be reached by road from '" + roads.nodes()[0].id +
                      "' (add a link in roads.yaml)");
  }
  if (villages > 0) {
    ctx.diags.add(ctx.declared_at.file, ctx.declared_at.line, ctx.declared_at.column, "roads",
                  std::to_string(villages) + " villages, such as " + echoed(first_village) + ", cannot be reached by road");
  }
}

void check_totals(LoadContext& ctx) {
  const world::World& w = ctx.world;
  const world::DeclaredTotals& d = w.district.declared;
  const Located& at = ctx.declared_at;
  if (at.file.empty()) {
    ctx.diags.add(ctx.root.string(), 0, 0, "declared", "missing: the source document's totals (see FORMAT.md)");
    return;
  }
  auto mismatch = [&](const char* field, double declared, double found, const std::string& what) {
    if (std::fabs(declared - found) > 1e-6) {
      char buf[256];
      std::snprintf(buf, sizeof buf, "declared %.10g but %s add up to %.10g", declared, what.c_str(), found);
      auto it = ctx.declared_fields.find(field);
      const Located& f = it != ctx.declared_fields.end() ? it->second : at;
      (ctx.departures ? *ctx.departures : ctx.diags).add(f.file, f.line, f.column, std::string("declared.") + field, buf);
    }
  };
  const bool towns_ok = readable(ctx, "towns.yaml");
  int own_plans = 0, villages = 0;
  for (const auto& t : w.towns) own_plans += t.has_own_plan, villages += t.villages;
  if (towns_ok) mismatch("towns_in_source", d.towns_in_source, own_plans, "the towns with has_own_plan: true");
  if (!w.villages.empty() && !w.villages.front().generated) {
    if (readable(ctx, ".csv")) {
      mismatch("villages", d.villages, static_cast<double>(w.villages.size()), "the rows of villages.csv");
    }
  } else if (towns_ok) {
    mismatch("villages", d.villages, villages, "towns[].villages");
  }
  if (readable(ctx, "teams.csv") && readable(ctx, "team_types.yaml")) {
    mismatch("teams", d.teams, static_cast<double>(w.teams.size()), "the rows of teams.csv");
    double people = 0;
    for (const auto& t : w.teams) people += t.people;
    mismatch("people", d.people, people, "teams.csv people");
    // Per type: the declared figures of team_types.yaml against teams.csv.
    for (std::size_t ti = 0; ti < w.team_types.size(); ++ti) {
      const auto& type = w.team_types[ti];
      int n = 0, p = 0;
      for (const auto& t : w.teams) {
        if (t.type == ti) ++n, p += t.people;
      }
      if (n != type.declared_teams || p != type.declared_people) {
        const Located& tat = ctx.type_declared.count(type.id) ? ctx.type_declared.at(type.id) : at;
        (ctx.departures ? *ctx.departures : ctx.diags).add(tat.file, tat.line, tat.column, "team_types[" + type.id + "].declared",
                      "declares " + std::to_string(type.declared_teams) + " teams / " +
                          std::to_string(type.declared_people) + " people but teams.csv has " + std::to_string(n) +
                          " / " + std::to_string(p));
      }
    }
  }
  // Town populations against the district's.
  double population = 0;
  for (const auto& t : w.towns) population += t.population;
  if (towns_ok && w.district.population > 0 && std::fabs(population - w.district.population) > 0.5) {
    char buf[200];
    std::snprintf(buf, sizeof buf, "declared %.0f but the towns' populations add up to %.0f", w.district.population,
                  population);
    const Located& p = ctx.population_at.file.empty() ? at : ctx.population_at;
    ctx.diags.add(p.file, p.line, p.column, "district.population", buf);
  }
  if (w.plans.empty()) ctx.diags.add(at.file, at.line, at.column, "include", "no plan file included");
  if (w.towns.empty()) ctx.diags.add(at.file, at.line, at.column, "include", "no towns");
  if (!readable(ctx, "items.csv")) return;
  double cats[3] = {}, items[3] = {};
  for (const auto& it : w.items) {
    cats[static_cast<int>(it.cls)] += 1;
    items[static_cast<int>(it.cls)] += static_cast<double>(it.quantity);
  }
  mismatch("relief_categories", d.relief_categories, cats[0], "the relief rows of items.csv");
  mismatch("relief_items", d.relief_items, items[0], "the relief quantities of items.csv");
  mismatch("agreement_categories", d.agreement_categories, cats[1], "the agreement rows of items.csv");
  mismatch("agreement_items", d.agreement_items, items[1], "the agreement quantities of items.csv");
  mismatch("equipment_categories", d.equipment_categories, cats[2], "the equipment rows of items.csv");
  mismatch("equipment_items", d.equipment_items, items[2], "the equipment quantities of items.csv");
  mismatch("all_categories", d.all_categories, cats[0] + cats[1] + cats[2], "all rows of items.csv");
  mismatch("all_items", d.all_items, items[0] + items[1] + items[2], "all quantities of items.csv");
  const world::Depot* warehouse = w.warehouse();
  if (warehouse == nullptr) {
    ctx.diags.add(at.file, at.line, at.column, "declared.warehouse_area_m2", "no depot 'district_warehouse' in depots.yaml");
  } else {
    mismatch("warehouse_area_m2", d.warehouse_area_m2, warehouse->area_m2, "depots[district_warehouse].area_m2");
    // What the warehouse holds must fit in it.
    double volume = 0;
    for (const auto& it : w.items) {
      if (it.location == warehouse->id) volume += static_cast<double>(it.quantity) * it.unit_volume_m3;
    }
    const double room = warehouse->area_m2 * warehouse->usable_floor_share * warehouse->usable_height_m;
    if (volume > room) {
      char buf[200];
      std::snprintf(buf, sizeof buf, "stock of %.0f m³ does not fit in %.0f m³ of usable space", volume, room);
      ctx.diags.add(at.file, at.line, at.column, "depots[district_warehouse]", buf);
    }
  }
  // A town depot's own stock must fit in it too.
  for (const auto& depot : w.depots) {
    double volume = 0;
    for (const auto& [id, quantity] : depot.stock) {
      if (const world::ItemCategory* item = w.item(id)) volume += quantity * item->unit_volume_m3;
    }
    const double room = depot.area_m2 * depot.usable_floor_share * depot.usable_height_m;
    if (depot.stock.empty() || volume <= room) continue;
    const auto def = std::find_if(ctx.definitions.begin(), ctx.definitions.end(),
                                  [&](const LoadContext::Definition& d) { return d.kind == RefKind::place && d.id == depot.id; });
    const Located where = def == ctx.definitions.end() ? at : def->at;
    char buf[200];
    std::snprintf(buf, sizeof buf, "stock of %.0f m³ does not fit in %.0f m³ of usable space", volume, room);
    ctx.diags.add(where.file, where.line, where.column, "depots[" + depot.id + "].stock", buf);
  }
  const auto& a = w.agreement_reserve;
  if (a.categories != static_cast<int>(cats[1]) || a.items != static_cast<std::int64_t>(items[1])) {
    // A declared total: a what-if (--no-reserve) departs from it by design.
    (ctx.departures ? *ctx.departures : ctx.diags).add(at.file, at.line, at.column, "agreement_reserve",
                  "stock.yaml says " + std::to_string(a.categories) + " categories / " + std::to_string(a.items) +
                      " items but items.csv holds " + std::to_string(static_cast<int>(cats[1])) + " / " +
                      std::to_string(static_cast<std::int64_t>(items[1])));
  }
}

}  // namespace ttx::io
