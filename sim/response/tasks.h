// Work the hazard creates for the units: people to free or evacuate, casualties
// to treat, levees to raise, water to pump, lines, bridges and gas leaks to
// repair. One task per impact; it exists from the impact on (truth) and becomes
// known to command when its report arrives.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sim/core/event_calendar.h"
#include "sim/hazard/impacts.h"
#include "sim/world/world.h"

namespace ttx::response {

/// Priority of the doctrine: life first, then casualties, then protecting
/// people and property, then restoring services, then draining.
enum class TaskClass : std::uint8_t { life_saving, casualty_care, protection, restoration, drainage };
std::string_view to_string(TaskClass c);

struct Task {
  /// Stable across runs and reorderings of the data: "<skill id>@<village or town id>#<n>",
  /// the n-th task of that skill at that site (task_id). Commands name tasks by it.
  std::string id;
  std::uint32_t skill = 0;       ///< index into World::skills
  TaskClass cls = TaskClass::life_saving;
  std::uint32_t node = 0;        ///< road node of the site
  std::uint32_t town = 0;
  std::int64_t village = -1;     ///< -1 for town-wide jobs
  std::size_t impact = 0;        ///< the impact that made it
  std::int64_t created_s = 0;    ///< when it arose (truth)
  std::int64_t known_s = -1;     ///< when command learnt of it, -1 not yet
  double total = 0, remaining = 0;  ///< in the skill's output unit
  bool heavy = false;            ///< heavy entrapment (survival halves)
  bool at_water = false;         ///< worked from the water's edge (boats, pumps): reached over the roads as they were
  std::uint8_t severity = 0;     ///< injured: 2 serious, 3 life-threatening
  // Progress
  int units = 0;                 ///< units assigned (on the way or on site)
  double rate = 0;               ///< output per hour of the units working now
  double planned_rate = 0;       ///< output per hour of every unit assigned (and of the community, once at work)
  double community_rate = 0;     ///< light rescue: output per hour of the village's own people once they dig
  bool community_on = false;     ///< the village's people are at work on it (in rate and planned_rate)
  std::int64_t hospital = -1;    ///< injured: the hospital their neighbours take them to, -1 none
  double to_hospital_h = 0;      ///< injured: hours on the road to it
  std::int64_t last_s = 0;       ///< progress is counted up to here
  std::int64_t done_s = -1;
  core::EventId done_event{};

  bool open() const { return done_s < 0; }
};

/// The id of the `ordinal`-th (from 1) task of `task.skill` at its site.
std::string task_id(const world::World& world, const Task& task, int ordinal);

/// Skill indices the tasks need, looked up once (-1 when the district lacks one).
struct TaskSkills {
  std::int64_t light_rescue = -1, heavy_rescue = -1, boat_rescue = -1, medical = -1, sandbagging = -1,
               pumping = -1, power_line = -1, bridge = -1, gas = -1, evacuation = -1, relief_distribution = -1,
               road_deicing = -1;
  explicit TaskSkills(const world::World& world);
};

/// The task an impact creates, if any (casualties of severity 1 are first aid on
/// the spot, not a task).
std::optional<Task> task_for(const world::World& world, const TaskSkills& skills, const hazard::Impact& impact,
                             std::size_t index);

}  // namespace ttx::response
