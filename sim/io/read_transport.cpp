// vehicles.yaml (vehicles, road classes, speed and closure rules) and needs.yaml.
#include <algorithm>

#include "sim/io/did_you_mean.h"
#include "sim/io/load_context.h"
#include "sim/io/message_text.h"

namespace ttx::io {

using namespace ranges;

namespace {

/// Reports `value` of `key` unless it is empty or one of `allowed`.
void one_of(YamlMap& m, std::string_view key, const std::string& value, const std::vector<std::string>& allowed) {
  if (value.empty() || std::find(allowed.begin(), allowed.end(), value) != allowed.end()) return;
  std::string list;
  for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
  m.error_at(m.child(key, false), key, echoed(value) + " is not one of " + list + did_you_mean(value, allowed));
}

}  // namespace

void read_transport(LoadContext& ctx, YamlMap& top) {
  world::Transport& t = ctx.world.transport;
  if (top.has("vehicles")) {
    for_each_record(top, "vehicles", [&](YamlMap& m) {
      world::VehicleType v;
      v.id = record_id(ctx, m);
      v.name_zh = m.text("name_zh");
      v.name_en = m.text("name_en");
      v.provider = m.text("provider", false);
      v.count = static_cast<int>(m.quantity("count", Range{0, 10000, true}));
      const bool persons = m.has("capacity_persons");
      if (persons) {
        v.capacity_persons = m.quantity("capacity_persons", Range{1, 500, true});
      } else {
        v.capacity_t = m.quantity("capacity_t", Range{0.1, 100});
        v.capacity_m3 = m.quantity("capacity_m3", Range{0.1, 500});
      }
      v.speed_factor = m.quantity("speed_factor", Range{0.1, 3});
      v.flood_closure_depth_m = m.quantity("flood_closure_depth_m", Range{0, 5});
      v.base_depot = read_ref(ctx, m, "base_depot", RefKind::place);
      v.mobilise_h = m.quantity("mobilise_h", kHours);
      m.finish();
      t.vehicles.push_back(std::move(v));
    });
  }
  if (top.has("road_classes")) {
    static const char* names[] = {"expressway", "class_2", "class_3", "village"};
    bool seen[world::kRoadClassCount] = {};
    for (const auto& node : top.list("road_classes")) {
      YamlMap m(top.file(), node, "road_classes");
      if (!m.ok()) continue;
      const std::string id = m.id();
      int c = -1;
      for (int k = 0; k < world::kRoadClassCount; ++k) {
        if (id == names[k]) c = k;
      }
      if (c < 0) {
        m.error_at(m.child("id"), "id", "expected expressway, class_2, class_3 or village, got " + echoed(id));
        m.finish();
        continue;
      }
      m.set_path("road_classes[" + cut(id) + "]");
      if (seen[c]) m.error("id", "road class listed twice");
      seen[c] = true;
      world::RoadClassInfo& rc = t.road_classes[c];
      rc.id = id;
      rc.name_zh = m.text("name_zh");
      rc.name_en = m.text("name_en");
      rc.design_speed_km_h = m.quantity("design_speed_km_h", Range{1, 200});
      m.finish();
    }
    for (int k = 0; k < world::kRoadClassCount; ++k) {
      if (!seen[k]) top.error("road_classes", std::string("road class '") + names[k] + "' is missing");
    }
  }
  if (top.has("design_speed_factor")) t.design_speed_factor = top.quantity("design_speed_factor", Range{0.1, 1.5});
  if (top.has("car_flood_closure_depth_m")) {
    t.car_flood_closure_depth_m = top.quantity("car_flood_closure_depth_m", Range{0, 5});
  }
  if (top.has("weather_factors")) {
    t.weather_factors = read_quantity_map(top, "weather_factors", Range{0.01, 1.5});
    for (const auto& [key, factor] : t.weather_factors) {
      one_of(top, "weather_factors", key, {"heavy_rain", "snow_arterial", "snow_expressway_light", "snow_expressway_heavy",
                                           "glaze_untreated", "glaze_treated"});
    }
  }
  if (top.has("glaze_closes_bridges_and_ramps_until_treated")) {
    t.glaze_closes_bridges_and_ramps = top.flag("glaze_closes_bridges_and_ramps_until_treated");
  }
}

void read_needs(LoadContext& ctx, YamlMap& top) {
  world::Needs& n = ctx.world.needs;
  if (top.has("population") && ctx.claim_section("population", located(top, "population"))) {
    YamlMap m(top.file(), top.child("population"), "population");
    n.stay_with_relatives_share = m.quantity("stay_with_relatives_share", kShare);
    n.vulnerable_share = m.quantity("vulnerable_share", kShare);
    m.finish();
  }
  if (top.has("last_mile") && ctx.claim_section("last_mile", located(top, "last_mile"))) {
    YamlMap m(top.file(), top.child("last_mile"), "last_mile");
    world::LastMile& l = n.last_mile;
    l.shelter_handout_h = m.quantity("shelter_handout_h", kHours);
    l.village_handout_h = m.quantity("village_handout_h", kHours);
    l.speed_factor = m.quantity("speed_factor", Range{0.05, 2});
    m.finish();
    l.loaded = true;
  }
  if (!top.has("needs")) return;
  for_each_record(top, "needs", [&](YamlMap& m) {
    world::Need need;
    need.id = record_id(ctx, m, RefKind::need);
    need.name_zh = m.text("name_zh");
    need.name_en = m.text("name_en");
    need.measure = m.text("measure");
    if (need.measure != "l" && need.measure != "kg" && need.measure != "m2" && need.measure != "unit" &&
        !need.measure.empty()) {
      m.error_at(m.child("measure"), "measure", "expected l, kg, m2 or unit, got " + echoed(need.measure));
    }
    need.amount = m.quantity("amount", Range{0, 1e4});
    need.amount_winter = m.quantity("amount_winter", Range{0, 1e4}, false, -1);
    need.per_persons = m.quantity("per_persons", Range{1, 1e4});
    need.period_days = m.quantity("period_days", Range{0, 366});
    need.from_day = m.quantity("from_day", Range{0, 366}, false, 0);
    need.to_day = m.quantity("to_day", Range{0, 366}, false, -1);
    if (need.to_day >= 0 && need.to_day <= need.from_day) m.error_at(m.child("to_day"), "to_day", "must be after from_day");
    need.applies_to = m.text("applies_to");
    need.season = m.text("season");
    need.met_by = m.text("met_by", false);
    one_of(m, "applies_to", need.applies_to, {"displaced", "displaced_in_shelter", "displaced_not_in_shelter", "vulnerable"});
    one_of(m, "season", need.season, {"all", "winter", "summer"});
    one_of(m, "met_by", need.met_by, {"shelters", "water_utility"});
    for_each_record(m, "items", [&](YamlMap& im) {
      world::NeedItem ni;
      ni.item = read_ref(ctx, im, "item", RefKind::item);
      ni.content_per_unit = im.quantity("content_per_unit", Range{1e-6, 1e6}, false, 1);
      im.finish();
      need.items.push_back(ni);
    });
    m.finish();
    n.needs.push_back(std::move(need));
  });
}

}  // namespace ttx::io
