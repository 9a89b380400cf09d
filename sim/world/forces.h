// Rescue forces: skills with their work rates, team types, the 72 teams, sector
// repair crews and town comprehensive teams.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace ttx::world {

struct Skill {
  std::string id, name_zh, name_en;
  double crew_size = 1;             ///< people per crew
  std::string output;               ///< unit of work, e.g. persons_freed
  double output_per_crew_h = 0;     ///< units per crew-hour on site
  double setup_min = 0;             ///< per worksite
  std::string requires_item;        ///< items.csv id a crew draws unless the team has own gear
  std::vector<std::string> alternative_items;
  double items_per_crew = 0;
  std::map<std::string, double> params;  ///< model parameters of this skill (boat speed, ...)
};

struct TeamSubtype {
  std::string id, name_zh, name_en;
  std::vector<std::string> skills, own_gear;
};

struct TeamType {
  std::string id, name_zh, name_en;
  int declared_teams = 0, declared_people = 0;
  std::vector<std::string> skills, own_gear;
  std::vector<TeamSubtype> subtypes;
  double assembly_time_min = 0, shift_h = 12, rest_h = 12, speed_factor = 1;
  std::map<std::string, double> skill_efficiency;
};

struct Team {
  std::string id;
  std::uint32_t type = 0;           ///< index into World::team_types
  std::string subtype;              ///< specialised teams only
  std::string name_zh, name_en;
  int people = 0;
  std::uint32_t base_town = 0;      ///< index into World::towns
};

struct SectorCrew {
  std::string id, name_zh, name_en, owner;
  int crews = 0;
  double people_per_crew = 0;
  std::vector<std::string> skills, own_gear, bases;
  double assembly_time_min = 0, shift_h = 12, rest_h = 12;
  std::map<std::string, double> params;  ///< crew equipment figures (drainage truck rate, ...)
  /// Mutual aid from outside the district (on_request in the data): the crews come only when
  /// requested, this many hours later; 0: the district's own, at their bases from the start.
  double on_request_delay_h = 0;
  double spans_per_crew = 0;  ///< on request: one crew asked for per this many spans known down (scaled to the damage)
  bool on_request() const { return on_request_delay_h > 0; }
};

/// Neighbours and local people freeing the lightly trapped of their own village
/// (team_types.yaml community_rescue): from the first minutes, before any team.
struct CommunityRescue {
  double helper_share = 0;   ///< share of a village's people who join the rescue
  double start_min = 30;     ///< minutes from the impact to the first people digging
  double crew_size = 5;      ///< helpers per squad
  double persons_per_squad_h = 0;  ///< lightly trapped freed per squad-hour (hand tools)
  bool loaded = false;
};

/// The seriously injured taken to hospital by whatever vehicle their neighbours,
/// relatives and the 120 service have (hospitals.yaml casualty_transport).
struct CasualtyTransport {
  double start_min = 30;                 ///< minutes from the injury to the first cars leaving
  double patients_per_1000_residents_h = 0;  ///< patients a village's vehicles take per hour, per 1,000 residents
  bool loaded = false;
};

struct TownTeams {
  double per_town = 0, people = 0;
  std::vector<std::string> skills;
  double assembly_time_min = 0, shift_h = 12, rest_h = 12, speed_factor = 1;
  std::map<std::string, double> skill_efficiency;
};

}  // namespace ttx::world
