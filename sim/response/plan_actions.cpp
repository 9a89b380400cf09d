// The plans' mandated actions, played by the doctrine as commands (or only logged
// as expected when a trainee plays).
#include <algorithm>
#include <string>
#include <vector>

#include "sim/response/response_model.h"

namespace ttx::response {

void ResponseModel::apply_action(const MandatedAction& a) {
  const world::Action& act = *a.action;
  auto noted = [&]() -> LogEntry& {
    LogEntry& e = note(LogKind::action);
    e.plan = a.plan;
    e.to = a.level;
    e.action = std::string(world::to_string(act.kind));
    return e;
  };
  if (!options_.doctrine) {
    noted().expected_only = true;
    return;
  }
  if (act.kind != world::ActionKind::mobilise_forces) noted();  // evacuate: its figures are filled in below
  auto has = [](const std::vector<std::string>& list, const std::string& id) {
    return std::find(list.begin(), list.end(), id) != list.end();
  };
  switch (act.kind) {
    case world::ActionKind::mobilise_forces: {
      Mobilise m;
      for (std::uint32_t u = 0; u < units_.size(); ++u) {
        const Unit& unit = units_[u];
        // Outside help is mobilised when it comes; a unit an inject took out of play, never.
        if (unit.state != UnitState::standby || !unit.arrived || unit.unavailable) continue;
        const bool wanted =
            (unit.kind == UnitKind::team && has(act.team_types, unit.group) &&
             (unit.subtype.empty() || act.subtypes.empty() || has(act.subtypes, unit.subtype))) ||
            (unit.kind == UnitKind::sector_crew && has(act.sector_crews, unit.group)) ||
            (unit.kind == UnitKind::town_team && act.town_teams);
        if (wanted) m.units.push_back(unit.id);
      }
      int people = 0;
      for (const auto& u : m.units) people += units_[*unit_index(u)].people;
      LogEntry& e = noted();
      e.count = static_cast<double>(m.units.size());
      e.people = people;
      if (!m.units.empty()) apply(Actor::doctrine, m);
      break;
    }
    case world::ActionKind::open_shelters:
      shelters_for_affected_ = true;
      for (std::uint32_t t = 0; t < towns_.size(); ++t) {
        if (towns_[t].known_displaced > 0 && !towns_[t].shelters_open) apply(Actor::doctrine, OpenShelters{w_.towns[t].id});
      }
      break;
    case world::ActionKind::release_stock:
      apply(Actor::doctrine, ReleaseStock{act.classes.empty() || has(act.classes, "relief"),
                                          act.classes.empty() || has(act.classes, "equipment")});
      break;
    case world::ActionKind::activate_agreement_reserve: apply(Actor::doctrine, ActivateReserve{}); break;
    case world::ActionKind::request_city_aid: apply(Actor::doctrine, RequestAid{"city"}); break;
    case world::ActionKind::request_province_aid: apply(Actor::doctrine, RequestAid{"province"}); break;
    case world::ActionKind::report_to_city: apply(Actor::doctrine, SendReport{"city"}); break;
    case world::ActionKind::report_to_province: apply(Actor::doctrine, SendReport{"province"}); break;
    case world::ActionKind::deploy_working_group: break;  // people, not resources: logged only
    case world::ActionKind::request_mutual_aid_crews:
      // Scaled to the damage known now; the hourly look tops the request up as more is reported.
      for (std::size_t k = 0; k < w_.sector_crews.size(); ++k) {
        if (!has(act.sector_crews, w_.sector_crews[k].id) || !w_.sector_crews[k].on_request()) continue;
        freezing_.crews[k].plan_asked = true;
        const RequestCrews ask{w_.sector_crews[k].id};
        if (check(ask).refusal == Refusal::none) apply(Actor::doctrine, ask);
      }
      break;
    case world::ActionKind::evacuate: {
      const std::size_t noted_at = log_.size() - 1;  // the action's own record, filled in below
      double villages = 0, people = 0;
      for (std::uint32_t v = 0; v < w_.villages.size(); ++v) {
        if (!(mapped_depth_m_[v] > act.depth_m)) continue;
        const Evacuate order{w_.villages[v].id};
        if (check(order).refusal != Refusal::none) continue;
        apply(Actor::doctrine, order);
        villages += 1;
        people += w_.villages[v].population;
      }
      log_[noted_at].count = villages;
      log_[noted_at].people = people;
      break;
    }
  }
}

void ResponseModel::handle(const ActionDue& e) { apply_action(plans_.actions()[e.action]); }

}  // namespace ttx::response
