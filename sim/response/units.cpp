#include "sim/response/units.h"

#include <algorithm>
#include <cmath>

namespace ttx::response {

namespace {

std::int64_t seconds_of_h(double h) { return static_cast<std::int64_t>(std::llround(h * 3600)); }

std::uint32_t node_of(const world::World& w, const std::string& id) {
  const std::int64_t n = w.roads.find(id);
  return n < 0 ? 0 : static_cast<std::uint32_t>(n);
}

std::vector<UnitSkill> skills_of(const world::World& w, const std::vector<std::string>& ids,
                                 const std::vector<std::string>& own_gear,
                                 const std::map<std::string, double>& efficiency) {
  std::vector<UnitSkill> out;
  for (const auto& id : ids) {
    for (std::size_t s = 0; s < w.skills.size(); ++s) {
      if (w.skills[s].id != id) continue;
      const auto e = efficiency.find(id);
      out.push_back({static_cast<std::uint32_t>(s), e == efficiency.end() ? 1.0 : e->second,
                     std::find(own_gear.begin(), own_gear.end(), id) != own_gear.end()});
    }
  }
  return out;
}

// Relays cover the rest: shift 12 h, rest 12 h -> 2 relays (half on, half off); a unit
// works in relays only if each would still have relay_min_people.
int relays_of(const world::World& w, const Unit& u) {
  if (u.shift_s <= 0) return 1;
  const auto n = static_cast<int>((u.shift_s + u.rest_s + u.shift_s - 1) / u.shift_s);
  const double min_people = w.doctrine.relay_min_people;
  return min_people > 0 && n > 1 && u.people / n >= min_people ? n : 1;
}

}  // namespace

std::string_view to_string(UnitState s) {
  switch (s) {
    case UnitState::standby: return "standby";
    case UnitState::assembling: return "assembling";
    case UnitState::idle: return "idle";
    case UnitState::travelling: return "travelling";
    case UnitState::setting_up: return "setting up";
    case UnitState::working: return "working";
    case UnitState::resting: return "resting";
    case UnitState::returning: return "returning";
  }
  return "?";
}

const UnitSkill* Unit::skill(std::uint32_t s) const {
  for (const auto& k : skills) {
    if (k.skill == s) return &k;
  }
  return nullptr;
}

std::vector<Unit> build_units(const world::World& w, const std::vector<std::string>& plans) {
  std::vector<Unit> units;
  auto place = [&](Unit& u, std::uint32_t town) {
    u.home_town = town;
    u.base_node = u.node = node_of(w, w.towns[town].id);
  };
  for (const auto& t : w.teams) {
    const world::TeamType& type = w.team_types[t.type];
    Unit u;
    u.id = t.id, u.name_zh = t.name_zh, u.name_en = t.name_en, u.group = type.id, u.subtype = t.subtype;
    u.people = t.people;
    const world::TeamSubtype* sub = nullptr;
    for (const auto& s : type.subtypes) {
      if (s.id == t.subtype) sub = &s;
    }
    u.skills = sub ? skills_of(w, sub->skills, sub->own_gear, type.skill_efficiency)
                   : skills_of(w, type.skills, type.own_gear, type.skill_efficiency);
    u.speed_factor = type.speed_factor;
    u.assembly_s = seconds_of_h(type.assembly_time_min / 60), u.shift_s = seconds_of_h(type.shift_h),
    u.rest_s = seconds_of_h(type.rest_h);
    place(u, t.base_town);
    units.push_back(std::move(u));
  }
  for (const auto& c : w.sector_crews) {
    for (int k = 0; k < c.crews; ++k) {
      Unit u;
      u.id = c.id + "_" + std::to_string(k + 1), u.name_zh = c.name_zh, u.name_en = c.name_en, u.group = c.id;
      u.kind = UnitKind::sector_crew;
      u.outside = c.on_request();
      u.arrived = !u.outside;
      u.people = static_cast<int>(std::lround(c.people_per_crew));
      u.skills = skills_of(w, c.skills, c.own_gear, {});
      u.assembly_s = seconds_of_h(c.assembly_time_min / 60), u.shift_s = seconds_of_h(c.shift_h),
      u.rest_s = seconds_of_h(c.rest_h);
      const auto town = c.bases.empty() ? std::nullopt : w.town_index(c.bases[static_cast<std::size_t>(k) % c.bases.size()]);
      place(u, town.value_or(0));
      units.push_back(std::move(u));
    }
  }
  const world::TownTeams& tt = w.town_teams;
  for (std::uint32_t t = 0; t < w.towns.size(); ++t) {
    if (!w.towns[t].has_own_plan || tt.per_town <= 0) continue;
    Unit u;
    u.id = "town_team_" + w.towns[t].id, u.name_zh = w.towns[t].name_zh + "综合抢险救援队",
    u.name_en = w.towns[t].name_en + " comprehensive rescue team", u.group = "town_team";
    u.kind = UnitKind::town_team;
    u.people = static_cast<int>(std::lround(tt.people));
    u.skills = skills_of(w, tt.skills, {}, tt.skill_efficiency);
    u.speed_factor = tt.speed_factor;
    u.assembly_s = seconds_of_h(tt.assembly_time_min / 60), u.shift_s = seconds_of_h(tt.shift_h),
    u.rest_s = seconds_of_h(tt.rest_h);
    place(u, t);
    units.push_back(std::move(u));
  }
  // Mutual aid's teams: units of their team type, known from the start, come only when asked.
  for (std::size_t a = 0; a < w.mutual_aid.size(); ++a) {
    for (std::size_t k = 0; k < w.mutual_aid[a].teams.size(); ++k) {
      const world::AidTeam& at = w.mutual_aid[a].teams[k];
      const bool in_force = std::any_of(at.plans.begin(), at.plans.end(), [&](const std::string& p) {
        return std::find(plans.begin(), plans.end(), p) != plans.end();
      });
      const auto ti = w.team_type_index(at.team_type);
      const auto base = w.town_index(at.base);
      if (!in_force || !ti || !base) continue;
      const world::TeamType* type = &w.team_types[*ti];
      for (int n = 0; n < at.units; ++n) {
        Unit u;
        u.id = "aid_" + w.mutual_aid[a].id + "_" + at.team_type + "_" + std::to_string(n + 1);
        u.name_zh = at.name_zh + (at.units > 1 ? std::to_string(n + 1) + "队" : "");
        u.name_en = at.name_en + (at.units > 1 ? " " + std::to_string(n + 1) : "");
        u.group = type->id;
        u.outside = true, u.arrived = false;
        u.aid = static_cast<std::int64_t>(a), u.aid_team = static_cast<std::int64_t>(k);
        u.people = at.people_per_unit;
        u.skills = skills_of(w, type->skills, type->own_gear, type->skill_efficiency);
        u.speed_factor = type->speed_factor;
        u.assembly_s = seconds_of_h(type->assembly_time_min / 60), u.shift_s = seconds_of_h(type->shift_h),
        u.rest_s = seconds_of_h(type->rest_h);
        place(u, *base);
        units.push_back(std::move(u));
      }
    }
  }
  for (auto& u : units) u.relays = relays_of(w, u);
  return units;
}

}  // namespace ttx::response
