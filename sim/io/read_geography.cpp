// district.yaml, towns.yaml, roads.yaml and villages.csv.
#include "sim/io/load_context.h"
#include "sim/io/message_text.h"

namespace ttx::io {

using namespace ranges;

void read_district_section(LoadContext& ctx, YamlMap& top) {
  world::DistrictInfo& d = ctx.world.district;
  if (top.has("district") && ctx.claim_section("district", located(top, "district"))) {
    YamlMap m(top.file(), top.child("district"), "district");
    d.id = m.id();
    d.name_zh = m.text("name_zh");
    d.name_en = m.text("name_en");
    d.division_code = m.text("division_code", false);
    m.allow({"parent_zh", "parent_en", "former_division_code", "winter_months", "summer_months", "note"});
    d.area_km2 = m.quantity("area_km2", kAreaKm2);
    d.population = m.quantity("population", kPopulation);
    ctx.population_at = located(m, "population");
    if (m.has("extent")) {
      YamlMap e(top.file(), m.child("extent"), "district.extent");
      d.lat_min = e.quantity("lat_min", kLat);
      d.lat_max = e.quantity("lat_max", kLat);
      d.lon_min = e.quantity("lon_min", kLon);
      d.lon_max = e.quantity("lon_max", kLon);
      e.finish();
      if (d.lat_min >= d.lat_max || d.lon_min >= d.lon_max) m.error("extent", "minimum must be below maximum");
    }
    if (m.has("seat")) {
      YamlMap s(top.file(), m.child("seat"), "district.seat");
      d.seat_town = read_ref(ctx, s, "town", RefKind::town);
      s.allow("name_zh");
      s.quantity("lat", kLat);
      s.quantity("lon", kLon);
      s.finish();
    }
    if (m.has("ground_level")) {
      YamlMap g(top.file(), m.child("ground_level"), "district.ground_level");
      g.allow("datum");
      d.ground_mean_m = g.quantity("mean_m", kGroundLevelM);
      d.ground_west_m = g.quantity("west_m", kGroundLevelM);
      d.ground_east_m = g.quantity("east_m", kGroundLevelM);
      g.finish();
    }
    m.quantity("seismic_design_intensity", Range{4, 12, true}, false);
    m.quantity("seismic_design_pga_g", Range{0, 2}, false);
    m.finish();
  }
  if (top.has("declared") && ctx.claim_section("declared", located(top, "declared"))) {
    ctx.declared_at = located(top, "declared");
    YamlMap m(top.file(), top.child("declared"), "declared");
    world::DeclaredTotals& t = d.declared;
    auto count = [&](const char* key) { return static_cast<int>(m.quantity(key, kBigCount)); };
    t.towns_in_source = count("towns_in_source");
    t.villages = count("villages");
    t.teams = count("teams");
    t.people = count("people");
    t.relief_categories = count("relief_categories");
    t.relief_items = count("relief_items");
    t.agreement_categories = count("agreement_categories");
    t.agreement_items = count("agreement_items");
    t.equipment_categories = count("equipment_categories");
    t.equipment_items = count("equipment_items");
    t.all_categories = count("all_categories");
    t.all_items = count("all_items");
    t.warehouse_area_m2 = m.quantity("warehouse_area_m2", kNonNegative);
    for (const char* key : {"towns_in_source", "villages", "teams", "people", "relief_categories", "relief_items",
                            "agreement_categories", "agreement_items", "equipment_categories", "equipment_items",
                            "all_categories", "all_items", "warehouse_area_m2"}) {
      ctx.declared_fields[key] = located(m, key);
    }
    m.finish();
  }
  if (top.has("context")) {
    YamlMap m(top.file(), top.child("context"), "context");
    for (const char* k : {"departments_with_safety_duties", "safety_subcommittees", "departments_with_supervision_section",
                          "departments_with_designated_supervision_body", "extra_emergency_officers_per_town",
                          "enterprises_risk_graded"}) {
      m.quantity(k, kBigCount, false);
    }
    m.allow({"stock_daily_management", "stock_dispatch_linkage", "stock_standard_zh", "stock_standard_en"});
    m.finish();
  }
  top.allow("note");
}

void read_towns(LoadContext& ctx, YamlMap& top) {
  if (!top.has("towns")) return;
  for_each_record(top, "towns", [&](YamlMap& m) {
    world::Town t;
    t.id = record_id(ctx, m, RefKind::town);
    t.name_zh = m.text("name_zh");
    t.name_en = m.text("name_en");
    const std::string kind = m.text("kind");
    if (kind == "subdistrict") t.kind = world::TownKind::subdistrict;
    else if (kind == "town") t.kind = world::TownKind::town;
    else if (!kind.empty()) m.error_at(m.child("kind"), "kind", "expected 'subdistrict' or 'town', got " + echoed(kind));
    t.is_seat = m.flag("is_seat", false);
    t.lat = m.quantity("lat", kLat);
    t.lon = m.quantity("lon", kLon);
    ctx.places.push_back({t.lat, t.lon, located(m, "lat")});
    t.population = m.quantity("population", kPopulation);
    t.area_km2 = m.quantity("area_km2", Range{0.01, 1e5});
    t.ground_level_m = m.quantity("ground_level_m", kGroundLevelM);
    t.villages = static_cast<int>(m.quantity("villages", Range{0, 10000, true}));
    t.has_own_plan = m.flag("has_own_plan");
    if (m.has("building_mix")) {
      YamlMap b(top.file(), m.child("building_mix"), m.field("building_mix"));
      t.share_masonry = b.quantity("share_masonry", kShare);
      t.share_rc = b.quantity("share_rc", kShare);
      b.finish();
      if (std::abs(t.share_masonry + t.share_rc - 1.0) > 1e-6) {
        m.error_at(m.child("building_mix"), "building_mix", "share_masonry + share_rc must be 1");
      }
    }
    m.allow("note");
    m.finish();
    ctx.world.towns.push_back(std::move(t));
  });
}

void read_roads(LoadContext& ctx, YamlMap& top) {
  if (!top.has("roads") || !ctx.claim_section("roads", located(top, "roads"))) return;
  YamlMap m(top.file(), top.child("roads"), "roads");
  world::RoadGeneration& g = ctx.world.road_generation;
  g.detour_factor = m.quantity("detour_factor", Range{1.0, 5.0});
  g.town_neighbours = static_cast<int>(m.quantity("town_neighbours", Range{1, 20, true}));
  g.manual_only = read_ref_list(ctx, m, "manual_only", RefKind::town, false);
  for_each_record(m, "links", [&](YamlMap& l) {
    world::RoadGeneration::Link link;
    link.from = read_ref(ctx, l, "from", RefKind::town);
    link.to = read_ref(ctx, l, "to", RefKind::town);
    const std::string cls = l.text("class");
    static const char* names[] = {"expressway", "class_2", "class_3", "village"};
    bool found = false;
    for (int c = 0; c < world::kRoadClassCount; ++c) {
      if (cls == names[c]) link.cls = static_cast<world::RoadClass>(c), found = true;
    }
    if (!found && !cls.empty()) {
      l.error_at(l.child("class"), "class", "expected expressway, class_2, class_3 or village, got " + echoed(cls));
    }
    link.bridge = l.flag("bridge", false);
    if (l.has("ferry")) {
      YamlMap f(l.file(), l.child("ferry"), l.field("ferry"));
      if (f.ok()) {
        link.ferry.crossing_h = f.quantity("crossing_h", Range{0.01, 24});
        link.ferry.departures_per_h = f.quantity("departures_per_h", Range{0.01, 60});
        link.ferry.vehicles_per_crossing = f.quantity("vehicles_per_crossing", Range{1, 1000});
        const std::string stop = f.text("stops_at_typhoon_warning", false);
        static const char* colours[] = {"blue", "yellow", "orange", "red"};
        for (int c = 0; c < 4; ++c) {
          if (stop == colours[c]) link.ferry.stops_at_typhoon = c + 1;
        }
        if (!stop.empty() && link.ferry.stops_at_typhoon == 0) {
          f.error_at(f.child("stops_at_typhoon_warning"), "stops_at_typhoon_warning", "expected blue, yellow, orange or red, got " + echoed(stop));
        }
        f.finish();
      }
    }
    link.length_km = l.quantity("length_km", Range{0.01, 1000});
    if (!link.from.empty() && link.from == link.to) l.error("to", "a link must join two different towns");
    l.finish();
    g.links.push_back(link);
  }, false);
  m.finish();
}

void read_villages_csv(LoadContext& ctx, const CsvTable& table) {
  if (!check_columns(table, {"id", "town", "name", "lat", "lon", "population", "provenance"},
                     {"ground_level_m", "share_masonry"}, ctx.diags)) {
    return;
  }
  if (table.rows.empty()) {
    ctx.diags.add(table.file, table.header_line, 1, "", "no villages in the table, only its header");
    return;
  }
  const bool has_ground = std::find(table.header.begin(), table.header.end(), "ground_level_m") != table.header.end();
  const bool has_mix = std::find(table.header.begin(), table.header.end(), "share_masonry") != table.header.end();
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    CsvRowReader row(table, table.rows[r], ctx.diags, "villages[" + std::to_string(r) + "]");
    world::Village v;
    v.id = row.id("id");
    if (!v.id.empty()) row.set_path("villages[" + cut(v.id) + "]");
    ctx.define(RefKind::village, v.id, located(row, table, "id"));
    const std::string town = row.text("town");
    ctx.refer(RefKind::town, town, located(row, table, "town"));
    v.name = row.text("name");
    v.lat = row.number("lat", kLat);
    v.lon = row.number("lon", kLon);
    v.population = row.number("population", kPopulation);
    ctx.places.push_back({v.lat, v.lon, located(row, table, "lat")});
    if (has_ground) v.ground_level_m = row.number("ground_level_m", kGroundLevelM);
    if (has_mix) {
      v.share_masonry = row.number("share_masonry", kShare);
      v.share_rc = 1.0 - v.share_masonry;
    }
    v.generated = false;
    row.provenance(ctx.prov, {"lat", "lon", "population", "ground_level_m", "share_masonry"});
    v.town = UINT32_MAX;  // resolved in check_references once every file is read
    ctx.village_refs.push_back({town, has_ground, has_mix, located(row, table, "population")});
    ctx.world.villages.push_back(std::move(v));
  }
}

}  // namespace ttx::io
