// team_types.yaml (skills, team types, sector crews, town teams) and teams.csv.
#include "sim/io/load_context.h"
#include "sim/io/message_text.h"

namespace ttx::io {

using namespace ranges;

namespace {

void read_skills(LoadContext& ctx, YamlMap& top) {
  for_each_record(top, "skills", [&](YamlMap& m) {
    world::Skill s;
    s.id = record_id(ctx, m, RefKind::skill);
    s.name_zh = m.text("name_zh");
    s.name_en = m.text("name_en");
    s.crew_size = m.quantity("crew_size", Range{1, 1000, true});
    s.output = m.id("output");
    s.output_per_crew_h = m.quantity("output_per_crew_h", Range{1e-6, 1e6});
    s.setup_min = m.quantity("setup_min", kMinutes);
    s.requires_item = read_ref(ctx, m, "requires_item", RefKind::item, false);
    s.alternative_items = read_ref_list(ctx, m, "alternative_items", RefKind::item, false);
    s.items_per_crew = m.quantity("items_per_crew", Range{0, 1000}, !s.requires_item.empty());
    s.params = read_quantity_map(m, "params", Range{-1e9, 1e9});
    m.finish();
    ctx.world.skills.push_back(std::move(s));
  });
}

// Fields common to team types, sector crews and town teams.
struct Rota {
  double assembly_time_min, shift_h, rest_h;
};
Rota read_rota(YamlMap& m) {
  Rota r{m.quantity("assembly_time_min", kMinutes), m.quantity("shift_h", Range{0.5, 48}),
         m.quantity("rest_h", Range{0, 48})};
  return r;
}

void read_team_types(LoadContext& ctx, YamlMap& top) {
  for_each_record(top, "team_types", [&](YamlMap& m) {
    world::TeamType t;
    t.id = record_id(ctx, m, RefKind::team_type);
    t.name_zh = m.text("name_zh");
    t.name_en = m.text("name_en");
    if (m.has("declared")) {
      ctx.type_declared[t.id] = located(m, "declared");
      YamlMap d(top.file(), m.child("declared"), m.field("declared"));
      t.declared_teams = static_cast<int>(d.quantity("teams", kCount));
      t.declared_people = static_cast<int>(d.quantity("people", kBigCount));
      d.finish();
    } else {
      m.error("declared", "missing (required): the type's declared teams and people");
    }
    t.skills = read_ref_list(ctx, m, "skills", RefKind::skill);
    t.own_gear = read_ref_list(ctx, m, "own_gear", RefKind::skill, false);
    for_each_record(m, "subtypes", [&](YamlMap& s) {
      world::TeamSubtype st;
      st.id = record_id(ctx, s, RefKind::subtype);
      st.name_zh = s.text("name_zh");
      st.name_en = s.text("name_en");
      st.skills = read_ref_list(ctx, s, "skills", RefKind::skill);
      st.own_gear = read_ref_list(ctx, s, "own_gear", RefKind::skill, false);
      s.finish();
      t.subtypes.push_back(std::move(st));
    }, false);
    const Rota r = read_rota(m);
    t.assembly_time_min = r.assembly_time_min, t.shift_h = r.shift_h, t.rest_h = r.rest_h;
    t.speed_factor = m.quantity("speed_factor", Range{0.1, 3});
    t.skill_efficiency = read_quantity_map(m, "skill_efficiency", Range{0.01, 10});
    for (const auto& [skill, factor] : t.skill_efficiency) ctx.refer(RefKind::skill, skill, located(m, "skill_efficiency"));
    m.finish();
    ctx.world.team_types.push_back(std::move(t));
  });
}

void read_sector_crews(LoadContext& ctx, YamlMap& top) {
  for_each_record(top, "sector_crews", [&](YamlMap& m) {
    world::SectorCrew c;
    c.id = record_id(ctx, m, RefKind::sector_crew);
    c.name_zh = m.text("name_zh");
    c.name_en = m.text("name_en");
    c.owner = m.text("owner", false);
    c.crews = static_cast<int>(m.quantity("crews", kCount));
    c.people_per_crew = m.quantity("people_per_crew", Range{1, 1000, true});
    c.skills = read_ref_list(ctx, m, "skills", RefKind::skill);
    c.own_gear = read_ref_list(ctx, m, "own_gear", RefKind::skill, false);
    c.bases = read_ref_list(ctx, m, "bases", RefKind::town);
    c.params = read_quantity_map(m, "params", Range{-1e9, 1e9});
    if (m.has("on_request")) {
      YamlMap q(m.file(), m.child("on_request"), m.field("on_request"));
      if (q.ok()) {
        c.on_request_delay_h = q.quantity("delay_h", Range{0.1, 24 * 30});
        c.spans_per_crew = q.quantity("spans_per_crew", Range{1, 1e6});
      }
      q.finish();
    }
    const Rota r = read_rota(m);
    c.assembly_time_min = r.assembly_time_min, c.shift_h = r.shift_h, c.rest_h = r.rest_h;
    m.finish();
    ctx.world.sector_crews.push_back(std::move(c));
  });
}

void read_town_teams(LoadContext& ctx, YamlMap& top) {
  YamlMap m(top.file(), top.child("town_comprehensive_teams"), "town_comprehensive_teams");
  if (!m.ok()) return;
  world::TownTeams& t = ctx.world.town_teams;
  m.allow({"name_zh", "name_en"});
  t.per_town = m.quantity("per_town", Range{0, 100, true});
  t.people = m.quantity("people", Range{0, 10000, true});
  t.skills = read_ref_list(ctx, m, "skills", RefKind::skill);
  read_ref_list(ctx, m, "own_gear", RefKind::skill, false);
  const Rota r = read_rota(m);
  t.assembly_time_min = r.assembly_time_min, t.shift_h = r.shift_h, t.rest_h = r.rest_h;
  t.speed_factor = m.quantity("speed_factor", Range{0.1, 3});
  t.skill_efficiency = read_quantity_map(m, "skill_efficiency", Range{0.01, 10});
  for (const auto& [skill, factor] : t.skill_efficiency) ctx.refer(RefKind::skill, skill, located(m, "skill_efficiency"));
  m.finish();
}

void read_community_rescue(LoadContext& ctx, YamlMap& top) {
  YamlMap m(top.file(), top.child("community_rescue"), "community_rescue");
  if (!m.ok()) return;
  world::CommunityRescue& c = ctx.world.community_rescue;
  c.helper_share = m.quantity("helper_share", Range{0, 1});
  c.start_min = m.quantity("start_min", kMinutes);
  c.crew_size = m.quantity("crew_size", Range{1, 100});
  c.persons_per_squad_h = m.quantity("persons_per_squad_h", Range{0, 100});
  m.finish();
  c.loaded = true;
}

}  // namespace

void read_forces(LoadContext& ctx, YamlMap& top) {
  if (top.has("skills")) read_skills(ctx, top);
  if (top.has("team_types")) read_team_types(ctx, top);
  if (top.has("sector_crews")) read_sector_crews(ctx, top);
  if (top.has("town_comprehensive_teams") &&
      ctx.claim_section("town_comprehensive_teams", located(top, "town_comprehensive_teams"))) {
    read_town_teams(ctx, top);
  }
  if (top.has("community_rescue") && ctx.claim_section("community_rescue", located(top, "community_rescue"))) {
    read_community_rescue(ctx, top);
  }
}

void read_teams_csv(LoadContext& ctx, const CsvTable& table) {
  if (!check_columns(table, {"id", "type", "name_zh", "name_en", "people", "base_town", "provenance"}, {"subtype"},
                     ctx.diags)) {
    return;
  }
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    CsvRowReader row(table, table.rows[r], ctx.diags, "teams[" + std::to_string(r) + "]");
    world::Team t;
    t.id = row.id("id");
    if (!t.id.empty()) row.set_path("teams[" + cut(t.id) + "]");
    ctx.define(RefKind::team, t.id, located(row, table, "id"));
    const std::string type = row.text("type");
    ctx.refer(RefKind::team_type, type, located(row, table, "type"));
    t.subtype = row.text("subtype", false);
    t.name_zh = row.text("name_zh");
    t.name_en = row.text("name_en");
    t.people = static_cast<int>(row.number("people", Range{1, 5000, true}));
    const std::string base = row.text("base_town");
    ctx.refer(RefKind::town, base, located(row, table, "base_town"));
    row.provenance(ctx.prov, {"people"});
    // Indices are resolved in check_references once all files are read; keep ids for now.
    t.type = UINT32_MAX;
    t.base_town = UINT32_MAX;
    ctx.world.teams.push_back(std::move(t));
    ctx.team_refs.push_back({type, base, located(row, table, "subtype")});
  }
}

}  // namespace ttx::io
