// depots.yaml: depots, suppliers, transfer points and shelters; hospitals.yaml: hospitals
// and how the injured reach them.
#include "sim/io/load_context.h"

namespace ttx::io {

using namespace ranges;

namespace {

template <class Record>
void read_place(LoadContext& ctx, YamlMap& m, Record& r) {
  r.town = read_ref(ctx, m, "town", RefKind::town);
  r.lat = m.quantity("lat", kLat);
  r.lon = m.quantity("lon", kLon);
  ctx.places.push_back({r.lat, r.lon, located(m, "lat")});
}

void read_depot(LoadContext& ctx, YamlMap& m) {
  world::Depot d;
  d.id = record_id(ctx, m, RefKind::place);
  d.name_zh = m.text("name_zh");
  d.name_en = m.text("name_en");
  read_place(ctx, m, d);
  d.area_m2 = m.quantity("area_m2", Range{1, 1e6});
  d.usable_floor_share = m.quantity("usable_floor_share", kShare);
  d.usable_height_m = m.quantity("usable_height_m", Range{0.1, 30});
  m.allow("managed_by");
  if (m.has("handling")) {
    YamlMap h(m.file(), m.child("handling"), m.field("handling"));
    world::DepotHandling& x = d.handling;
    x.staff = h.quantity("staff", Range{0, 1000, true});
    x.forklifts = h.quantity("forklifts", Range{0, 100, true});
    x.loading_bays = h.quantity("loading_bays", Range{1, 100, true});
    x.acknowledge_h = h.quantity("acknowledge_h", kHours);
    x.pick_load_h_per_10t = h.quantity("pick_load_h_per_10t", Range{0.01, 100});
    x.min_pick_load_h = h.quantity("min_pick_load_h", kHours);
    x.night_extra_h = h.quantity("night_extra_h", kHours);
    x.night_start_hour = h.quantity("night_start_hour", kHourOfDay);
    x.night_end_hour = h.quantity("night_end_hour", kHourOfDay);
    h.finish();
  } else {
    m.error("handling", "missing (required): staff and pick/load rates");
  }
  // A town depot: its own stock (items.csv ids) and vehicles.
  if (m.has("stock")) {
    d.stock = read_quantity_map(m, "stock", Range{0, 1e7, true});
    for (const auto& kv : d.stock) ctx.refer(RefKind::item, kv.first, located(m, "stock"));
  }
  if (m.has("vehicles")) {
    YamlMap v(m.file(), m.child("vehicles"), m.field("vehicles"));
    d.vehicles.count = v.quantity("count", Range{0, 1000, true});
    d.vehicles.capacity_t = v.quantity("capacity_t", Range{0.1, 100});
    d.vehicles.capacity_m3 = v.quantity("capacity_m3", Range{0.1, 200});
    v.finish();
  }
  if (!d.stock.empty() && d.vehicles.count < 1 && d.id != "district_warehouse") {
    m.error(m.has("vehicles") ? "vehicles" : "stock",
            "a town depot with stock needs vehicles of its own (vehicles: count, capacity_t, capacity_m3), "
            "or its stock can never leave it");
  }
  m.finish();
  ctx.world.depots.push_back(std::move(d));
}

world::Site read_site(LoadContext& ctx, YamlMap& m, bool cross_dock) {
  world::Site s;
  s.id = record_id(ctx, m, RefKind::place);
  s.name_zh = m.text("name_zh", false);
  s.name_en = m.text("name_en", false);
  read_place(ctx, m, s);
  if (cross_dock) s.cross_dock_h = m.quantity("cross_dock_h", kHours);
  m.finish();
  return s;
}

void read_shelter(LoadContext& ctx, YamlMap& m) {
  world::Shelter s;
  s.id = record_id(ctx, m, RefKind::place);
  s.name_zh = m.text("name_zh");
  s.name_en = m.text("name_en");
  s.kind = m.text("kind", false);
  read_place(ctx, m, s);
  s.floor_area_m2 = m.quantity("floor_area_m2", Range{1, 1e6});
  s.capacity_short = m.quantity("capacity_short_persons", Range{0, 1e6, true});
  s.capacity_long = m.quantity("capacity_long_persons", Range{0, 1e6, true}, false);
  // GB 21734-2008 asks at least 1.5 m² a person for short stays.
  if (s.capacity_short > 0 && s.floor_area_m2 / s.capacity_short < 1.5 - 1e-6) {
    m.error_at(m.child("capacity_short_persons"), "capacity_short_persons",
               "more than floor_area_m2 / 1.5 m² per person (GB 21734-2008) allows");
  }
  m.finish();
  ctx.world.shelters.push_back(std::move(s));
}

void read_hospital(LoadContext& ctx, YamlMap& m) {
  world::Hospital h;
  h.id = record_id(ctx, m, RefKind::place);
  h.name_zh = m.text("name_zh");
  h.name_en = m.text("name_en");
  h.town = read_ref(ctx, m, "town", RefKind::town);
  h.casualty_beds = m.quantity("casualty_beds", Range{0, 1e5, true});
  m.finish();
  ctx.world.hospitals.push_back(std::move(h));
}

void read_casualty_transport(LoadContext& ctx, YamlMap& top) {
  YamlMap m(top.file(), top.child("casualty_transport"), "casualty_transport");
  if (!m.ok()) return;
  world::CasualtyTransport& c = ctx.world.casualty_transport;
  c.start_min = m.quantity("start_min", kMinutes);
  c.patients_per_1000_residents_h = m.quantity("patients_per_1000_residents_h", Range{0, 1000});
  m.finish();
  c.loaded = true;
}

}  // namespace

void read_sites(LoadContext& ctx, YamlMap& top) {
  if (top.has("depots")) for_each_record(top, "depots", [&](YamlMap& m) { read_depot(ctx, m); });
  if (top.has("suppliers")) {
    for_each_record(top, "suppliers", [&](YamlMap& m) { ctx.world.suppliers.push_back(read_site(ctx, m, false)); });
  }
  if (top.has("transfer_points")) {
    for_each_record(top, "transfer_points",
                    [&](YamlMap& m) { ctx.world.transfer_points.push_back(read_site(ctx, m, true)); });
  }
  if (top.has("shelters")) for_each_record(top, "shelters", [&](YamlMap& m) { read_shelter(ctx, m); });
  if (top.has("hospitals")) for_each_record(top, "hospitals", [&](YamlMap& m) { read_hospital(ctx, m); });
  if (top.has("casualty_transport") && ctx.claim_section("casualty_transport", located(top, "casualty_transport"))) {
    read_casualty_transport(ctx, top);
  }
}

}  // namespace ttx::io
