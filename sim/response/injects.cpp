// The MSEL played through the run: injects delivered at their time, when the model
// reaches their state (conditional) or when an expected action is missed
// (contingency); their effects on the world; and whether the action each expects
// is taken, when and by whom. Deterministic: delivery follows the calendar's
// event order, and every check reads only the run's own state.
#include <algorithm>

#include "sim/response/response_model.h"

namespace ttx::response {

using core::Duration;
using core::SimTime;

namespace {

std::int64_t index_of(const auto& list, const std::string& id) {
  if (id.empty()) return -1;
  for (std::size_t k = 0; k < list.size(); ++k) {
    if (list[k].id == id) return static_cast<std::int64_t>(k);
  }
  return -1;
}


}  // namespace

void ResponseModel::start_injects() {
  closed_by_inject_.assign(roads_.edges().size(), false);
  for (const auto& in : scenario_.injects) add_inject(in);
}

void ResponseModel::add_inject(world::Inject in) {
  in.at_s = std::max(in.at_s, now_s());
  const std::size_t k = msel_.size();
  msel_.push_back(std::move(in));
  const world::Inject& added = msel_.back();
  InjectState& st = injects_.emplace_back();
  st.town = index_of(w_.towns, added.expected.town);
  st.village = index_of(w_.villages, added.expected.village);
  if (added.conditional) {
    st.condition_town = index_of(w_.towns, added.condition.town);
    st.condition_edge = roads_.edge_between(added.condition.from, added.condition.to);
    ++conditionals_waiting_;
  }
  // A contingency waits for the deadline it hangs on; the others for their time.
  if (added.if_missed == 0) sim_.schedule_at(SimTime::at_seconds(added.at_s), InjectDue{k});
}

void ResponseModel::handle(const InjectDue& e) {
  if (msel_[e.inject].conditional) {
    injects_[e.inject].armed = true;
    check_conditions();
    return;
  }
  deliver(e.inject);
}

void ResponseModel::deliver(std::size_t k) {
  const world::Inject& in = msel_[k];
  InjectState& st = injects_[k];
  if (st.delivered_s >= 0) return;
  st.delivered_s = now_s();
  if (in.conditional) --conditionals_waiting_;
  const std::int64_t town = in.recipient.kind == world::RecipientKind::town ? index_of(w_.towns, in.recipient.id) : -1;
  LogEntry& n = note(LogKind::inject, town);
  n.recipient = in.to;
  n.message = in.message;
  n.count = in.seq;
  for (const auto& effect : in.effects) apply_effect(effect);
  if (in.has_expected) {
    if (!in.false_report && expected_state_holds(k)) {
      st.done_s = now_s();
      st.done_before = true;
    }
    sim_.schedule_in(Duration::from_hours(in.expected.within_h), InjectDeadline{k});
  }
}

void ResponseModel::apply_effect(const world::InjectEffect& effect) {
  switch (effect.kind) {
    case world::EffectKind::cut_road:
    case world::EffectKind::reopen_road: {
      const std::int64_t e = roads_.edge_between(effect.from, effect.to);
      if (e < 0) return;
      const bool cut = effect.kind == world::EffectKind::cut_road;
      roads_.set_closed(static_cast<std::uint32_t>(e), cut);
      closed_by_inject_[static_cast<std::size_t>(e)] = cut;
      travel_.invalidate();
      if (!cut) logistics_.roads_changed();
      return;
    }
    case world::EffectKind::flood_depot:
      logistics_.lose_share(effect.depot, effect.share);
      return;
    case world::EffectKind::unit_unavailable: {
      const std::int64_t u = index_of(units_, effect.unit);
      if (u < 0) return;
      Unit& unit = units_[static_cast<std::size_t>(u)];
      unit.unavailable = true;
      // Out in the field, it goes home; a unit still at standby simply stays there.
      if (unit.task >= 0 || (unit.state == UnitState::idle && unit.node != unit.base_node)) stand_down(static_cast<std::uint32_t>(u));
      request_dispatch();
      return;
    }
  }
}

// An expected action missed by its deadline (or, for a false report, taken)
// delivers the contingency injects that hang on it.
void ResponseModel::handle(const InjectDeadline& e) {
  const world::Inject& in = msel_[e.inject];
  const bool missed = in.false_report ? injects_[e.inject].done_s >= 0 : injects_[e.inject].done_s < 0;
  if (!missed) return;
  for (std::size_t k = 0; k < msel_.size(); ++k) {
    if (msel_[k].if_missed == in.seq) deliver(k);
  }
}

// The level the response stands at: the plan's own when it is played by the book,
// the declared one when a trainee plays (the plan's own level then only advises).
world::ResponseLevel ResponseModel::response_level(const std::string& plan) const {
  const auto& plans = scenario_.plans;
  if (std::find(plans.begin(), plans.end(), plan) == plans.end()) return kNoResponse;
  return options_.doctrine ? std::min(plans_.level(plan), declared_level(plan)) : declared_level(plan);
}

bool ResponseModel::condition_holds(std::size_t k) const {
  const world::InjectCondition& c = msel_[k].condition;
  const InjectState& st = injects_[k];
  switch (c.kind) {
    case world::ConditionKind::road_cut:
      return st.condition_edge >= 0 && roads_.edges()[static_cast<std::size_t>(st.condition_edge)].closed;
    case world::ConditionKind::displaced_over:
      return st.condition_town >= 0 && towns_[static_cast<std::size_t>(st.condition_town)].displaced > c.people;
    case world::ConditionKind::level_reached: return response_level(c.plan) <= c.level;
  }
  return false;
}

// Until none is left to come: an inject's effect may bring about another's state.
void ResponseModel::check_conditions() {
  for (bool again = true; again && conditionals_waiting_ > 0;) {
    again = false;
    for (std::size_t k = 0; k < injects_.size(); ++k) {
      if (!injects_[k].armed || injects_[k].delivered_s >= 0 || !condition_holds(k)) continue;
      deliver(k);
      again = true;
    }
  }
}

bool ResponseModel::expected_state_holds(std::size_t k) const {
  const world::ExpectedAction& x = msel_[k].expected;
  const InjectState& st = injects_[k];
  using K = world::ExpectKind;
  switch (x.kind) {
    case K::set_level: return response_level(x.plan) <= x.level;
    case K::open_shelters: return st.town >= 0 && towns_[static_cast<std::size_t>(st.town)].shelters_open;
    case K::release_stock: return relief_released_;
    case K::activate_reserve: return logistics_.reserve_activated_s() >= 0;
    case K::request_aid: {
      const std::int64_t a = index_of(w_.mutual_aid, x.aid);
      return a >= 0 && aid_requested_[static_cast<std::size_t>(a)];
    }
    case K::evacuate:
      if (st.village >= 0) return evacuation_task_[static_cast<std::size_t>(st.village)] >= 0;
      for (std::size_t v = 0; v < w_.villages.size(); ++v) {
        if (static_cast<std::int64_t>(w_.villages[v].town) == st.town && evacuation_task_[v] >= 0) return true;
      }
      return false;
    case K::order_relief:
      // The town's own consolidated request (its relief round) after the inject counts.
      return st.town >= 0 && st.delivered_s >= 0 && towns_[static_cast<std::size_t>(st.town)].last_round_s >= st.delivered_s;
    case K::dispatch:
      for (const auto& u : units_) {
        if (u.task >= 0 && (x.team_type.empty() || u.group == x.team_type) &&
            static_cast<std::int64_t>(tasks_[static_cast<std::size_t>(u.task)].town) == st.town) {
          return true;
        }
      }
      return false;
    case K::mobilise:
      for (const auto& u : units_) {
        if (u.mobilised_s >= 0 && (x.team_type.empty() || u.group == x.team_type) &&
            (st.town < 0 || static_cast<std::int64_t>(u.home_town) == st.town)) {
          return true;
        }
      }
      return false;
    case K::send_report: return false;  // a report answers the inject only when sent after it
  }
  return false;
}

bool ResponseModel::command_meets(std::size_t k, const Command& c) const {
  const world::ExpectedAction& x = msel_[k].expected;
  const InjectState& st = injects_[k];
  // Commands name everything by id; an id the run does not know meets nothing.
  auto in_town = [&](const std::string& town) {
    const auto t = town_index(town);
    return t && static_cast<std::int64_t>(*t) == st.town;
  };
  auto unit_fits = [&](const std::string& id) {
    const auto u = unit_index(id);
    return u && (x.team_type.empty() || units_[*u].group == x.team_type) &&
           (st.town < 0 || x.kind == world::ExpectKind::dispatch || static_cast<std::int64_t>(units_[*u].home_town) == st.town);
  };
  using K = world::ExpectKind;
  if (const auto* a = std::get_if<Assign>(&c)) {
    if (x.kind != K::dispatch || !unit_fits(a->unit)) return false;
    const auto t = task_index(a->task);
    return t && static_cast<std::int64_t>(tasks_[*t].town) == st.town;
  }
  if (const auto* m = std::get_if<Mobilise>(&c)) {
    return x.kind == K::mobilise && std::any_of(m->units.begin(), m->units.end(), unit_fits);
  }
  if (const auto* l = std::get_if<SetLevel>(&c)) return x.kind == K::set_level && l->plan == x.plan && l->level <= x.level;
  if (const auto* o = std::get_if<OpenShelters>(&c)) return x.kind == K::open_shelters && in_town(o->town);
  if (const auto* e = std::get_if<Evacuate>(&c)) {
    const auto v = village_index(e->village);
    if (x.kind != K::evacuate || !v) return false;
    return st.village >= 0 ? static_cast<std::int64_t>(*v) == st.village
                           : static_cast<std::int64_t>(w_.villages[*v].town) == st.town;
  }
  if (const auto* r = std::get_if<ReleaseStock>(&c)) return x.kind == K::release_stock && r->relief;
  if (std::holds_alternative<ActivateReserve>(c)) return x.kind == K::activate_reserve;
  if (const auto* a = std::get_if<RequestAid>(&c)) return x.kind == K::request_aid && a->aid == x.aid;
  if (const auto* o = std::get_if<OrderRelief>(&c)) {
    return x.kind == K::order_relief && in_town(o->town) && (x.item.empty() || o->item == x.item);
  }
  if (const auto* s = std::get_if<SendReport>(&c)) return x.kind == K::send_report && s->to == x.to;
  return false;
}

void ResponseModel::expectations_met_by(Actor by, const Command& c) {
  for (std::size_t k = 0; k < injects_.size(); ++k) {
    InjectState& st = injects_[k];
    if (st.delivered_s < 0 || st.done_s >= 0 || !msel_[k].has_expected || !command_meets(k, c)) continue;
    st.done_s = now_s();
    st.done_by = by;
  }
}

void ResponseModel::expectations_met_by_state() {
  for (std::size_t k = 0; k < injects_.size(); ++k) {
    InjectState& st = injects_[k];
    if (st.delivered_s < 0 || st.done_s >= 0 || !msel_[k].has_expected) continue;
    const auto kind = msel_[k].expected.kind;
    // Only what the doctrine does outside a command: plan levels, shelters, relief rounds.
    if (kind != world::ExpectKind::set_level && kind != world::ExpectKind::open_shelters &&
        kind != world::ExpectKind::order_relief) {
      continue;
    }
    if (!expected_state_holds(k)) continue;
    st.done_s = now_s();
    st.done_by = Actor::doctrine;
  }
}

}  // namespace ttx::response
