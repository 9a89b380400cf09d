// The units the response moves: the 72 teams, each sector crew and each town's
// comprehensive team, with the skills, rates, shifts and bases of their data.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sim/core/event_calendar.h"
#include "sim/world/world.h"

namespace ttx::response {

enum class UnitKind : std::uint8_t { team, sector_crew, town_team };
enum class UnitState : std::uint8_t { standby, assembling, idle, travelling, setting_up, working, resting, returning };
std::string_view to_string(UnitState s);

struct UnitSkill {
  std::uint32_t skill = 0;  ///< index into World::skills
  double efficiency = 1;    ///< multiplies the skill's output per crew-hour
  bool own_gear = false;    ///< brings its own equipment for it
};

struct Unit {
  // What it is (from the data)
  std::string id, name_zh, name_en;
  std::string group;  ///< team type, sector crew id, or "town_team"
  std::string subtype;
  UnitKind kind = UnitKind::team;
  int people = 0;
  std::vector<UnitSkill> skills;
  double speed_factor = 1;
  std::int64_t assembly_s = 0, shift_s = 12 * 3600, rest_s = 12 * 3600;
  std::uint32_t base_node = 0, home_town = 0;
  int relays = 1;  ///< relays taking turns on duty (1: the whole unit works its shift, then rests)

  // What it is doing
  UnitState state = UnitState::standby;
  std::uint32_t node = 0;        ///< where it is, or where it is heading
  // The current or last trip, so a map can place the unit at any instant.
  std::uint32_t from_node = 0;   ///< where the trip began
  std::int64_t depart_s = -1, arrive_s = -1;  ///< when it left and is due at `node`; -1 never sent
  std::int64_t via_node = -1;    ///< the warehouse when the trip draws gear on the way; -1 direct
  std::int64_t ready_s = -1;     ///< assembling or resting: when it is ready again
  std::int64_t task = -1;        ///< the task it is assigned to
  std::int64_t duty_start_s = -1;  ///< start of the current shift; -1 fresh (rested, not yet sent out)
  std::int64_t work_start_s = -1;  ///< when it began working its current task
  bool rest_due = false;         ///< the shift ended on the road: rest on arrival
  double rate = 0;               ///< output per hour on its task
  std::int64_t gear_item = -1, gear_quantity = 0;  ///< equipment drawn from the warehouse
  core::EventId shift_event{}, move_event{};
  double worked_h = 0, travelled_h = 0;  ///< totals, for the record
  std::int64_t mobilised_s = -1;         ///< first mobilised (on duty from then on), -1 never
  bool outside = false;                  ///< mutual aid from outside the district (a sector crew on_request, an aid team)
  bool arrived = true;                   ///< outside: requested and come; only then can it be mobilised
  bool unavailable = false;              ///< an inject took it out of play: never mobilised or sent again
  std::int64_t aid = -1, aid_team = -1;  ///< an aid team: index into World::mutual_aid and into its teams

  const UnitSkill* skill(std::uint32_t s) const;
  int on_duty_people() const { return people / relays; }
};

/// Every unit of the district, at standby at its base. Specialised teams get
/// their subtype's skills; sector crews one unit per crew, spread round-robin
/// over their bases; one town team per town with its own plan; and the teams mutual
/// aid brings under the plans in force (`plans`), outside and not yet arrived.
std::vector<Unit> build_units(const world::World& world, const std::vector<std::string>& plans = {});

}  // namespace ttx::response
