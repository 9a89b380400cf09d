// items.csv and stock.yaml (agreement reserve, mutual aid).
#include "sim/io/load_context.h"
#include "sim/io/message_text.h"

namespace ttx::io {

using namespace ranges;

namespace {

int read_level(YamlMap& m, std::string_view key) {
  const std::string s = m.text(key);
  static const char* names[] = {"I", "II", "III", "IV"};
  for (int i = 0; i < 4; ++i) {
    if (s == names[i]) return i + 1;
  }
  if (!s.empty()) m.error_at(m.child(key), key, "expected a response level IV, III, II or I, got " + echoed(s));
  return 4;
}

}  // namespace

void read_items_csv(LoadContext& ctx, const CsvTable& table) {
  if (!check_columns(table, {"id", "class", "name_zh", "name_en", "unit", "quantity", "unit_volume_m3",
                             "unit_weight_kg", "location", "provenance"},
                     {"unit_zh"}, ctx.diags)) {
    return;
  }
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    CsvRowReader row(table, table.rows[r], ctx.diags, "items[" + std::to_string(r) + "]");
    world::ItemCategory it;
    it.id = row.id("id");
    if (!it.id.empty()) row.set_path("items[" + cut(it.id) + "]");
    ctx.define(RefKind::item, it.id, located(row, table, "id"));
    const std::string cls = row.text("class");
    if (cls == "relief") it.cls = world::ItemClass::relief;
    else if (cls == "agreement") it.cls = world::ItemClass::agreement;
    else if (cls == "equipment") it.cls = world::ItemClass::equipment;
    else if (!cls.empty()) row.error("class", "expected relief, agreement or equipment, got " + echoed(cls));
    it.name_zh = row.text("name_zh");
    it.name_en = row.text("name_en");
    it.unit = row.text("unit");
    it.unit_zh = row.text("unit_zh", false);  // the Chinese measure word (顶, 床, 箱); else one for the English unit
    it.quantity = static_cast<std::int64_t>(row.number("quantity", Range{0, 1e8, true}));
    it.unit_volume_m3 = row.number("unit_volume_m3", Range{1e-6, 100});
    it.unit_weight_kg = row.number("unit_weight_kg", Range{1e-4, 1e5});
    it.location = row.text("location");
    ctx.refer(RefKind::place, it.location, located(row, table, "location"));
    row.provenance(ctx.prov, {"quantity", "unit_volume_m3", "unit_weight_kg"});
    ctx.world.items.push_back(std::move(it));
  }
}

void read_stock(LoadContext& ctx, YamlMap& top) {
  if (top.has("agreement_reserve") && ctx.claim_section("agreement_reserve", located(top, "agreement_reserve"))) {
    YamlMap m(top.file(), top.child("agreement_reserve"), "agreement_reserve");
    world::AgreementReserve& a = ctx.world.agreement_reserve;
    m.allow({"name_zh", "name_en", "managed_by", "activated_by", "delivery_vehicles"});
    a.categories = static_cast<int>(m.quantity("categories", kCount));
    a.items = static_cast<std::int64_t>(m.quantity("items", kBigCount));
    a.item_ids = read_ref_list(ctx, m, "item_ids", RefKind::item);
    a.location = read_ref(ctx, m, "location", RefKind::place);
    a.delivers_to = read_ref(ctx, m, "delivers_to", RefKind::place);
    a.lead_time_first_load_h = m.quantity("lead_time_first_load_h", kHours);
    a.lead_time_full_quantity_h = m.quantity("lead_time_full_quantity_h", kHours);
    a.first_load_share = m.quantity("first_load_share", kShare);
    if (a.lead_time_full_quantity_h < a.lead_time_first_load_h) {
      m.error_at(m.child("lead_time_full_quantity_h"), "lead_time_full_quantity_h",
                 "must not be shorter than lead_time_first_load_h");
    }
    m.finish();
  }
  if (top.has("mutual_aid")) {
    for_each_record(top, "mutual_aid", [&](YamlMap& m) {
      world::MutualAid aid;
      aid.id = record_id(ctx, m);
      aid.from_zh = m.text("from_zh");
      aid.from_en = m.text("from_en");
      aid.condition_min_level = read_level(m, "condition_min_level");
      aid.delay_h = m.quantity("delay_h", kHours);
      aid.delivers_to = read_ref(ctx, m, "delivers_to", RefKind::place);
      for_each_record(m, "items", [&](YamlMap& im) {
        world::AidItem ai;
        ai.item = read_ref(ctx, im, "item", RefKind::item);
        ai.quantity = static_cast<std::int64_t>(im.quantity("quantity", Range{1, 1e8, true}));
        im.finish();
        aid.items.push_back(ai);
      });
      if (m.has("teams")) {
        for_each_record(m, "teams", [&](YamlMap& tm) {
          world::AidTeam t;
          t.team_type = read_ref(ctx, tm, "team_type", RefKind::team_type);
          t.name_zh = tm.text("name_zh");
          t.name_en = tm.text("name_en");
          t.units = static_cast<int>(tm.quantity("units", Range{1, 1000, true}));
          t.people_per_unit = static_cast<int>(tm.quantity("people_per_unit", Range{1, 1000, true}));
          t.delay_h = tm.quantity("delay_h", kHours);
          t.base = read_ref(ctx, tm, "base", RefKind::town);
          t.plans = read_ref_list(ctx, tm, "plans", RefKind::plan);
          tm.finish();
          aid.teams.push_back(std::move(t));
        });
      }
      m.finish();
      ctx.world.mutual_aid.push_back(std::move(aid));
    });
  }
}

}  // namespace ttx::io
