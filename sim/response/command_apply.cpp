// Commands: whether one can be carried out now (and if not, why), and carrying it
// out. Every decision — the doctrine's, a trainee's, a director's — passes here.
#include <algorithm>
#include <cmath>
#include <string>

#include "sim/response/response_model.h"

namespace ttx::response {

using core::Duration;

Verdict ResponseModel::check(const Command& command) const {
  struct Check {
    const ResponseModel& m;
    Verdict operator()(const SetLevel& c) const {
      const auto& plans = m.scenario_.plans;
      if (std::find(plans.begin(), plans.end(), c.plan) == plans.end()) return {Refusal::plan_not_in_force};
      return {};
    }
    Verdict operator()(const Mobilise& c) const {
      for (const auto& u : c.units) {
        const auto ui = m.unit_index(u);
        if (!ui) return {Refusal::no_such_unit, -1, {}, u};
        if (!m.units_[*ui].arrived) return {Refusal::not_arrived, *ui, {}, u};
        if (m.units_[*ui].unavailable) return {Refusal::unit_unavailable, *ui, {}, u};
      }
      return {};
    }
    Verdict operator()(const Assign& c) const {
      const auto ui = m.unit_index(c.unit);
      if (!ui) return {Refusal::no_such_unit, -1, {}, c.unit};
      const auto ti = m.task_index(c.task);
      if (!ti) return {Refusal::no_such_task, -1, {}, c.task};
      const Unit& u = m.units_[*ui];
      const Task& t = m.tasks_[*ti];
      if (u.unavailable) return {Refusal::unit_unavailable, *ui, {}, c.unit};
      if (t.known_s < 0 || !t.open()) return {Refusal::task_not_open};
      if (u.state != UnitState::idle && u.state != UnitState::working && u.state != UnitState::setting_up &&
          u.state != UnitState::returning) {
        return {Refusal::unit_busy, *ui, std::string(to_string(u.state))};
      }
      if (!m.trip(*ui, *ti)) return {Refusal::no_trip};
      return {};
    }
    Verdict operator()(const StandDown& c) const {
      const auto ui = m.unit_index(c.unit);
      if (!ui) return {Refusal::no_such_unit, -1, {}, c.unit};
      const Unit& u = m.units_[*ui];
      const UnitState s = u.state;
      const bool away = s == UnitState::working || s == UnitState::setting_up || s == UnitState::travelling ||
                        (s == UnitState::idle && u.node != u.base_node);
      if (!away) return {Refusal::not_on_site};
      return {};
    }
    Verdict operator()(const OpenShelters& c) const {
      return m.town_index(c.town) ? Verdict{} : Verdict{Refusal::no_such_town, -1, {}, c.town};
    }
    Verdict operator()(const ReleaseStock&) const { return {}; }
    Verdict operator()(const ActivateReserve&) const { return {}; }
    Verdict operator()(const RequestAid& c) const {
      for (const auto& aid : m.w_.mutual_aid) {
        if (aid.id == c.aid) return {};
      }
      return {Refusal::no_such_aid, -1, {}, c.aid};
    }
    Verdict operator()(const OrderRelief& c) const {
      if (!m.town_index(c.town)) return {Refusal::no_such_town, -1, {}, c.town};
      if (!m.logistics_.item_index(c.item) || c.quantity <= 0) return {Refusal::bad_order};
      return {};
    }
    Verdict operator()(const Evacuate& c) const {
      const auto v = m.village_index(c.village);
      if (!v || m.skill_ids_.evacuation < 0) return {Refusal::no_such_village, -1, {}, c.village};
      if (m.water_came_[*v]) return {Refusal::water_arrived};
      if (m.evacuation_task_[*v] >= 0) return {Refusal::already_ordered};
      return {};
    }
    Verdict operator()(const ShelterElsewhere& c) const {
      const auto from = m.town_index(c.from), to = m.town_index(c.to);
      if (!from || !to) return {Refusal::no_such_town, -1, {}, from ? c.to : c.from};
      if (!(m.towns_[*from].unsheltered > 0.5)) return {Refusal::nobody_to_move};
      if (*from == *to || !(m.free_places(*to) > 0.5) || !std::isfinite(m.bus_hours(*from, *to))) return {Refusal::no_free_places};
      return {};
    }
    Verdict operator()(const SendReport& c) const {
      return c.to != "city" && c.to != "province" ? Verdict{Refusal::bad_report_target} : Verdict{};
    }
    Verdict operator()(const RequestCrews& c) const {
      const auto& crews = m.w_.sector_crews;
      for (std::size_t k = 0; k < crews.size(); ++k) {
        if (crews[k].id != c.crew || !crews[k].on_request()) continue;
        return m.crews_wanted(k) > m.freezing_.crews[k].requested ? Verdict{} : Verdict{Refusal::no_more_crews};
      }
      return {Refusal::no_such_crew};
    }
    Verdict operator()(const SendGenerators& c) const {
      const auto t = m.town_index(c.town);
      if (!t) return {Refusal::no_such_town, -1, {}, c.town};
      if (m.sites_needing_generator(*t, c.kinds) == 0) return {Refusal::no_site_without_power};
      const std::int64_t g = m.freezing_.generator_item;
      if (!m.equipment_released_ || g < 0 || m.logistics_.in_stock(static_cast<std::uint32_t>(g)) < 1) return {Refusal::no_generator};
      return {};
    }
    Verdict operator()(const WarmRelief& c) const {
      const auto t = m.town_index(c.town);
      if (!t) return {Refusal::no_such_town, -1, {}, c.town};
      if (m.w_.doctrine.freezing.cold_relief.empty() || !(m.cold_uncovered(*t) >= 1)) {
        return {Refusal::nobody_cold};
      }
      return {};
    }
    Verdict operator()(const CheckCollapses& c) const {
      const auto t = m.town_index(c.town);
      if (!t) return {Refusal::no_such_town, -1, {}, c.town};
      const auto plan = m.collapse_checks(*t);
      if (plan.waiting == 0) return {Refusal::no_collapse_known};
      if (plan.sends.empty()) return {Refusal::no_unit_free};
      return {};
    }
  };
  return std::visit(Check{*this}, command);
}

void ResponseModel::apply(Actor by, const Command& command) {
  commands_.push_back({now_s(), by, command});
  if (by != Actor::doctrine) {
    LogEntry& e = note(LogKind::command);
    e.by = by;
    e.command = command;
  }
  if (const Verdict v = check(command); v.refusal != Refusal::none) {
    LogEntry& e = note(LogKind::rejected);
    e.by = by;
    e.command = command;
    e.refusal = v.refusal;
    e.refused_id = v.id;
    e.refused_asked = v.asked;
    e.unit_state = v.unit_state;
    return;
  }
  expectations_met_by(by, command);
  struct Apply {
    ResponseModel& m;
    Actor by;
    void operator()(const SetLevel& c) {
      m.declared_[c.plan] = std::clamp(c.level, 1, kNoResponse);
      if (!m.options_.doctrine) {  // the trainee's declaration, scored against the plan's own level
        LogEntry& e = m.note(LogKind::level_change);
        e.plan = c.plan;
        e.to = std::clamp(c.level, 1, kNoResponse);
        e.by = by;
        e.declared = true;
        return;
      }
      m.plans_.set_level(m.now_s(), c.plan, c.level, "declared by the " + std::string(to_string(by)));
      m.update_plans();
    }
    void operator()(const Mobilise& c) {
      for (const auto& u : c.units) m.mobilise(*m.unit_index(u));
    }
    void operator()(const Assign& c) {
      const std::uint32_t u = *m.unit_index(c.unit), t = *m.task_index(c.task);
      m.send(u, t, *m.trip(u, t));
    }
    void operator()(const StandDown& c) {
      m.stand_down(*m.unit_index(c.unit));
      m.request_dispatch();
    }
    void operator()(const OpenShelters& c) { m.open_shelters(*m.town_index(c.town)); }
    void operator()(const ReleaseStock& c) {
      const bool newly = c.relief && !m.relief_released_;
      m.relief_released_ |= c.relief;
      m.equipment_released_ |= c.equipment;
      if (newly) {
        for (std::uint32_t t = 0; t < m.towns_.size(); ++t) m.plan_round(t);
      }
      if (c.equipment) m.request_dispatch();
    }
    void operator()(const ActivateReserve&) { m.logistics_.activate_reserve(); }
    void operator()(const RequestAid& c) {
      for (std::size_t k = 0; k < m.w_.mutual_aid.size(); ++k) {
        if (m.w_.mutual_aid[k].id != c.aid || m.aid_requested_[k]) continue;
        m.aid_requested_[k] = true;
        LogEntry& e = m.note(LogKind::aid);
        e.aid = static_cast<std::int64_t>(k);
        e.hours = m.w_.mutual_aid[k].delay_h;
        m.sim_.schedule_in(Duration::from_hours(m.w_.mutual_aid[k].delay_h), AidArrives{k});
        m.request_aid_teams(k);
        return;
      }
    }
    void operator()(const OrderRelief& c) {
      m.batch_of_order_.resize(m.logistics_.place({m.now_s(), *m.town_index(c.town), c.item, c.quantity}) + 1, -1);
    }
    void operator()(const Evacuate& c) { m.order_evacuation(*m.village_index(c.village)); }
    void operator()(const ShelterElsewhere& c) { m.move_to_shelters(*m.town_index(c.from), *m.town_index(c.to)); }
    void operator()(const RequestCrews& c) {
      for (std::size_t k = 0; k < m.w_.sector_crews.size(); ++k) {
        if (m.w_.sector_crews[k].id == c.crew) m.request_crews(k);
      }
    }
    void operator()(const SendGenerators& c) { m.send_generators(*m.town_index(c.town), c.kinds); }
    void operator()(const WarmRelief& c) { m.warm_relief(*m.town_index(c.town)); }
    void operator()(const CheckCollapses& c) {
      for (const auto& [u, t] : m.collapse_checks(*m.town_index(c.town)).sends) {
        if (const auto trip = m.trip(u, t)) m.send(u, t, *trip);
      }
    }
    void operator()(const SendReport& c) {
      std::int64_t& sent = c.to == "city" ? m.deadlines_.city_report_s : m.deadlines_.province_report_s;
      // The deadline counts from the first report of the disaster: earlier reports (of a warning) do not meet it.
      if (sent < 0 && m.deadlines_.first_report_s >= 0) sent = m.now_s();
      m.note(LogKind::report).recipient = c.to;
    }
  };
  std::visit(Apply{*this, by}, command);
}

}  // namespace ttx::response
