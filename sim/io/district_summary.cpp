#include "sim/io/district_summary.h"

#include <cstdio>

#include <nlohmann/json.hpp>

namespace ttx::io {

DistrictSummary summarise(const world::World& w, const world::ProvenanceLog& provenance) {
  DistrictSummary s;
  s.district = w.district.name_zh + " " + w.district.name_en;
  s.towns = static_cast<int>(w.towns.size());
  for (const auto& t : w.towns) s.towns_with_own_plan += t.has_own_plan;
  s.villages = static_cast<int>(w.villages.size());
  s.villages_generated = w.villages.empty() || w.villages.front().generated;
  for (const auto& v : w.villages) s.population += v.population;
  s.teams = static_cast<int>(w.teams.size());
  for (std::size_t ti = 0; ti < w.team_types.size(); ++ti) {
    DistrictSummary::TypeLine line{w.team_types[ti].id, w.team_types[ti].name_zh};
    for (const auto& t : w.teams) {
      if (t.type == ti) ++line.teams, line.people += t.people;
    }
    s.people += line.people;
    s.types.push_back(line);
  }
  for (auto cls : {world::ItemClass::relief, world::ItemClass::agreement, world::ItemClass::equipment}) {
    DistrictSummary::ClassLine line{std::string(world::to_string(cls))};
    for (const auto& it : w.items) {
      if (it.cls == cls) ++line.categories, line.items += it.quantity;
    }
    s.categories += line.categories;
    s.items += line.items;
    s.classes.push_back(line);
  }
  if (const auto* warehouse = w.warehouse()) s.warehouse_area_m2 = warehouse->area_m2;
  s.shelters = static_cast<int>(w.shelters.size());
  for (const auto& sh : w.shelters) s.shelter_places += sh.capacity_short;
  for (const auto& v : w.transport.vehicles) s.vehicles += v.count;
  s.road_nodes = w.roads.nodes().size();
  s.road_edges = w.roads.edges().size();
  for (const auto& p : w.plans) {
    DistrictSummary::PlanLine line{p.id, p.title_zh, {}};
    for (const auto& l : p.levels) line.levels.push_back(world::level_name(l.level));
    s.plans.push_back(line);
  }
  for (const auto& e : provenance) ++s.figures[static_cast<int>(e.kind)];
  return s;
}

std::string format_summary(const DistrictSummary& s) {
  std::string out;
  char buf[512];
  auto line = [&](const char* fmt, auto... args) {
    std::snprintf(buf, sizeof buf, fmt, args...);
    out += buf;
    out += '\n';
  };
  line("%s: OK", s.district.c_str());
  line("  towns        %d units (%d with their own plan), %d villages/communities%s, population %.0f", s.towns,
       s.towns_with_own_plan, s.villages, s.villages_generated ? " (generated)" : " (villages.csv)", s.population);
  line("  forces       %d teams, %d people", s.teams, s.people);
  for (const auto& t : s.types) line("    %-14s %3d teams %5d people  %s", t.id.c_str(), t.teams, t.people, t.name_zh.c_str());
  line("  stock        %d categories, %lld items; district warehouse %.2f m²", s.categories,
       static_cast<long long>(s.items), s.warehouse_area_m2);
  for (const auto& c : s.classes) {
    line("    %-14s %3d categories %6lld items", c.cls.c_str(), c.categories, static_cast<long long>(c.items));
  }
  line("  shelters     %d sites, %.0f places (short stays)", s.shelters, s.shelter_places);
  line("  vehicles     %d", s.vehicles);
  line("  roads        %zu nodes, %zu edges", s.road_nodes, s.road_edges);
  line("  plans        %zu", s.plans.size());
  for (const auto& p : s.plans) {
    std::string levels;
    for (const auto& l : p.levels) levels += (levels.empty() ? "" : " ") + l;
    line("    %-24s levels %-12s %s", p.id.c_str(), levels.c_str(), p.title_zh.c_str());
  }
  line("  figures      %d seed, %d bureau, %d public, %d standard, %d assumed (ttx validate --provenance lists them)",
       s.figures[0], s.figures[1], s.figures[2], s.figures[3], s.figures[4]);
  return out;
}

std::string summary_json(const DistrictSummary& s) {
  using Json = nlohmann::ordered_json;
  Json types = Json::array(), classes = Json::array(), plans = Json::array();
  for (const auto& t : s.types) types.push_back({{"id", t.id}, {"name_zh", t.name_zh}, {"teams", t.teams}, {"people", t.people}});
  for (const auto& c : s.classes) classes.push_back({{"class", c.cls}, {"categories", c.categories}, {"items", c.items}});
  for (const auto& p : s.plans) plans.push_back({{"id", p.id}, {"title_zh", p.title_zh}, {"levels", p.levels}});
  Json j = {{"district", s.district},
            {"towns", s.towns},
            {"towns_with_own_plan", s.towns_with_own_plan},
            {"villages", s.villages},
            {"villages_generated", s.villages_generated},
            {"population", s.population},
            {"teams", s.teams},
            {"people", s.people},
            {"team_types", types},
            {"categories", s.categories},
            {"items", s.items},
            {"stock_classes", classes},
            {"warehouse_area_m2", s.warehouse_area_m2},
            {"shelters", s.shelters},
            {"shelter_places", s.shelter_places},
            {"vehicles", s.vehicles},
            {"road_nodes", s.road_nodes},
            {"road_edges", s.road_edges},
            {"plans", plans},
            {"figures", Json::object()}};
  for (int k = 0; k < 5; ++k) {
    const std::string kind(world::to_string(static_cast<world::ProvenanceKind>(k)));
    j["figures"][kind] = s.figures[k];  // tagged figures by kind
  }
  return j.dump(2) + "\n";
}

}  // namespace ttx::io
