#include "sim/response/tasks.h"

namespace ttx::response {

std::string_view to_string(TaskClass c) {
  switch (c) {
    case TaskClass::life_saving: return "life-saving";
    case TaskClass::casualty_care: return "casualty care";
    case TaskClass::protection: return "protection";
    case TaskClass::restoration: return "restoration";
    case TaskClass::drainage: return "drainage";
  }
  return "?";
}

std::string task_id(const world::World& w, const Task& t, int ordinal) {
  const std::string& skill = t.skill < w.skills.size() ? w.skills[t.skill].id : std::string("task");
  const std::string& site = t.village >= 0 && static_cast<std::size_t>(t.village) < w.villages.size()
                                ? w.villages[static_cast<std::size_t>(t.village)].id
                                : t.town < w.towns.size() ? w.towns[t.town].id : std::string("district");
  return skill + "@" + site + "#" + std::to_string(ordinal);
}

TaskSkills::TaskSkills(const world::World& w) {
  auto find = [&](const char* id) -> std::int64_t {
    for (std::size_t s = 0; s < w.skills.size(); ++s) {
      if (w.skills[s].id == id) return static_cast<std::int64_t>(s);
    }
    return -1;
  };
  light_rescue = find("light_rescue"), heavy_rescue = find("heavy_rescue"), boat_rescue = find("boat_rescue");
  medical = find("medical_triage"), sandbagging = find("sandbagging"), pumping = find("pumping");
  power_line = find("power_line_repair"), bridge = find("bridge_repair"), gas = find("gas_repair");
  evacuation = find("evacuation");
  relief_distribution = find("relief_distribution"), road_deicing = find("road_deicing");
}

std::optional<Task> task_for(const world::World& w, const TaskSkills& s, const hazard::Impact& i, std::size_t index) {
  using hazard::ImpactKind;
  std::int64_t skill = -1;
  TaskClass cls = TaskClass::life_saving;
  bool at_village = true;
  switch (i.kind) {
    case ImpactKind::trapped:
      skill = i.detail == 0 ? s.light_rescue : i.detail == 1 ? s.heavy_rescue : s.boat_rescue;
      break;
    case ImpactKind::injured:
      if (i.detail < 2) return std::nullopt;
      skill = s.medical, cls = TaskClass::casualty_care;
      break;
    case ImpactKind::levee_work: skill = s.sandbagging, cls = TaskClass::protection; break;
    case ImpactKind::pumping_work: skill = s.pumping, cls = TaskClass::drainage; break;
    case ImpactKind::line_down: skill = s.power_line, cls = TaskClass::restoration, at_village = false; break;
    case ImpactKind::bridge_damaged: skill = s.bridge, cls = TaskClass::restoration, at_village = false; break;
    case ImpactKind::gas_leak: skill = s.gas, cls = TaskClass::protection, at_village = false; break;
    default: return std::nullopt;
  }
  if (skill < 0 || !(i.amount > 0)) return std::nullopt;
  Task t;
  t.skill = static_cast<std::uint32_t>(skill);
  t.cls = cls;
  if (at_village) {
    if (i.where >= w.villages.size()) return std::nullopt;
    t.village = i.where;
    t.town = w.villages[i.where].town;
    const std::int64_t node = w.roads.find(w.villages[i.where].id);
    t.node = static_cast<std::uint32_t>(node < 0 ? w.roads.find(w.towns[t.town].id) : node);
  } else {
    if (i.where >= w.towns.size()) return std::nullopt;
    t.town = i.where;
    t.node = static_cast<std::uint32_t>(w.roads.find(w.towns[t.town].id));
  }
  t.impact = index;
  t.created_s = t.last_s = i.at_s;
  t.total = t.remaining = i.amount;
  t.heavy = i.kind == ImpactKind::trapped && i.detail == 1;
  // Boats launch and pumps stand at the edge of the water that closed the roads to the village.
  t.at_water = (i.kind == ImpactKind::trapped && i.detail == 2) || i.kind == ImpactKind::pumping_work;
  t.severity = i.kind == ImpactKind::injured ? i.detail : 0;
  return t;
}

}  // namespace ttx::response
