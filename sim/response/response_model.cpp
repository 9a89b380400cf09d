// The response run: construction, the event loop, information, plans and commands.
#include "sim/response/response_model.h"

#include <algorithm>
#include <cmath>

#include "sim/core/random_streams.h"
#include "sim/core/stream_names.h"
#include "sim/hazard/generate.h"
#include "sim/response/relief_needs.h"

namespace ttx::response {

using core::Duration;
using core::SimTime;

namespace {

// Order of events at one moment: everything else, then the dispatcher, then commands.
constexpr std::int32_t kDispatchPriority = 1;
constexpr std::int32_t kCommandPriority = 2;

SimTime at(std::int64_t s) { return SimTime::at_seconds(s); }

// Impacts on people and houses: what the disaster reports (灾情) are about.
bool affects_people(hazard::ImpactKind k) {
  using hazard::ImpactKind;
  return k == ImpactKind::killed || k == ImpactKind::displaced || k == ImpactKind::trapped || k == ImpactKind::injured ||
         k == ImpactKind::houses_damaged;
}

std::string season_of(const world::Scenario& s) {
  if (s.hazard_type == "freezing_rain") return "winter";
  if (s.hazard_type == "flood") return "summer";
  return "";
}

}  // namespace

std::string_view to_string(LogKind k) {
  switch (k) {
    case LogKind::level_change: return "level";
    case LogKind::action: return "action";
    case LogKind::command: return "command";
    case LogKind::rejected: return "rejected";
    case LogKind::inject: return "inject";
    case LogKind::unit_on_site: return "on site";
    case LogKind::relief_delivered: return "relief";
    case LogKind::stockout: return "stockout";
    case LogKind::reserve: return "reserve";
    case LogKind::aid: return "aid";
    case LogKind::shelters: return "shelters";
    case LogKind::report: return "report";
  }
  return "?";
}

std::string_view to_string(Refusal r) {
  switch (r) {
    case Refusal::none: return "none";
    case Refusal::plan_not_in_force: return "plan_not_in_force";
    case Refusal::no_such_unit: return "no_such_unit";
    case Refusal::no_such_task: return "no_such_task";
    case Refusal::task_not_open: return "task_not_open";
    case Refusal::unit_busy: return "unit_busy";
    case Refusal::no_trip: return "no_trip";
    case Refusal::not_on_site: return "not_on_site";
    case Refusal::no_such_town: return "no_such_town";
    case Refusal::no_such_aid: return "no_such_aid";
    case Refusal::bad_order: return "bad_order";
    case Refusal::bad_report_target: return "bad_report_target";
  }
  return "?";
}

ResponseModel::ResponseModel(const world::World& world, const world::Scenario& scenario, std::uint64_t replication,
                             RunOptions options)
    : w_(world),
      scenario_(scenario),
      replication_(replication),
      options_(options),
      roads_(world.roads),
      truth_(hazard::generate_impacts(world, scenario, replication)),
      travel_(roads_, world.transport),
      dry_travel_(world.roads, world.transport),
      logistics_(world, options_.logistics, sim_, travel_),
      plans_(world, scenario.plans),
      skill_ids_(world),
      units_(build_units(world)),
      towns_(world.towns.size()),
      end_s_(static_cast<std::int64_t>(std::llround(scenario.duration_h * 3600))),
      season_(season_of(scenario)),
      aid_requested_(world.mutual_aid.size(), false) {
  core::Rng reports = core::StreamFactory(scenario.seed, replication).stream(core::streams::kReports);
  arrivals_ = report_arrivals(world, truth_, reports);
  units_with_skill_.resize(world.skills.size());
  gear_items_.resize(world.skills.size());
  for (std::size_t s = 0; s < world.skills.size(); ++s) {
    const world::Skill& skill = world.skills[s];
    if (skill.requires_item.empty() || !(skill.items_per_crew > 0)) continue;
    std::vector<std::string> ids{skill.requires_item};
    ids.insert(ids.end(), skill.alternative_items.begin(), skill.alternative_items.end());
    for (const auto& id : ids) {
      if (const auto item = logistics_.item_index(id)) gear_items_[s].push_back(*item);
    }
  }
  if (world.warehouse()) depot_node_ = roads_.find(world.warehouse()->id);
  for (std::uint32_t u = 0; u < units_.size(); ++u) {
    for (const auto& s : units_[u].skills) units_with_skill_[s.skill].push_back(u);
  }
  for (std::uint32_t t = 0; t < towns_.size(); ++t) towns_[t].shelter_capacity = shelter_places(world, t);
  task_of_impact_.assign(truth_.impacts.size(), -1);
  boat_tasks_of_village_.resize(world.villages.size());
  stockout_noted_.assign(world.items.size(), false);

  for (std::size_t k = 0; k < truth_.impacts.size(); ++k) sim_.schedule_at(at(truth_.impacts[k].at_s), ImpactDue{k});
  for (std::size_t k = 0; k < arrivals_.size(); ++k) sim_.schedule_at(at(arrivals_[k].reported.at_s), ReportDue{k});
  for (std::size_t k = 0; k < scenario.injects.size(); ++k) sim_.schedule_at(at(scenario.injects[k].at_s), InjectDue{k});
  for (std::int64_t day = 1; day * 86400 < end_s_; ++day) sim_.schedule_at(at(day * 86400), DayStart{static_cast<std::uint64_t>(day)});
  sim_.schedule_at(at(end_s_), RunEnds{}, kCommandPriority + 1);
}

core::RunStatus ResponseModel::advance_until(std::int64_t t_s, std::uint64_t budget) {
  return sim_.run_until(at(t_s), [this](auto& entry) { on(entry.payload); }, budget);
}

// Never past the scenario's end: advance_until(end_s()) must stay valid after any steps.
bool ResponseModel::step() {
  const auto next = sim_.next_time();
  if (!next || next->count_s() > end_s_) return false;
  return sim_.step([this](auto& entry) { on(entry.payload); });
}

void ResponseModel::submit(Actor by, Command command) {
  schedule({now_s(), by, std::move(command)});
  advance_until(now_s());
}

void ResponseModel::schedule(const TimedCommand& command) {
  scheduled_.push_back(command);
  sim_.schedule_at(at(std::max(command.at_s, now_s())), CommandDue{scheduled_.size() - 1}, kCommandPriority);
}

void ResponseModel::on(const Event& e) {
  if (observer_) observer_(now_s(), e);
  std::visit([this](const auto& ev) { handle(ev); }, e);
  // Stockouts and the reserve surface in the log the moment logistics meets them.
  const auto& stockouts = logistics_.stockouts();
  for (; stockouts_seen_ < stockouts.size(); ++stockouts_seen_) {
    const std::uint32_t item = stockouts[stockouts_seen_].item;
    if (stockout_noted_[item]) continue;
    stockout_noted_[item] = true;
    note(LogKind::stockout).item = item;
    // By the book a stockout calls on mutual aid wherever the level allows it (stock.yaml).
    if (!options_.doctrine) continue;
    for (const auto& aid : w_.mutual_aid) {
      if (plans_.highest_level() <= aid.condition_min_level) apply(Actor::doctrine, RequestAid{aid.id});
    }
  }
  if (logistics_.reserve_activated_s() >= 0 && reserve_noted_s_ < 0) {
    reserve_noted_s_ = logistics_.reserve_activated_s();
    note(LogKind::reserve).hours = w_.agreement_reserve.lead_time_full_quantity_h;
  }
#ifdef TTX_VALIDATE
  check_invariants();
#endif
}

LogEntry& ResponseModel::note(LogKind kind, std::int64_t town) {
  LogEntry& e = log_.emplace_back();
  e.at_s = now_s();
  e.kind = kind;
  e.town = town;
  return e;
}

// --- Truth -----------------------------------------------------------------

void ResponseModel::handle(const ImpactDue& e) {
  using hazard::ImpactKind;
  const hazard::Impact& i = truth_.impacts[e.impact];
  if (affects_people(i.kind) && deadlines_.onset_s < 0) deadlines_.onset_s = now_s();
  switch (i.kind) {
    case ImpactKind::road_closed:
    case ImpactKind::road_reopened:
    case ImpactKind::road_slowed:
      if (i.where >= roads_.edges().size()) break;
      if (i.kind == ImpactKind::road_slowed) {
        roads_.set_speed_factor(i.where, i.amount);
      } else {
        roads_.set_closed(i.where, i.kind == ImpactKind::road_closed);
        if (i.kind == ImpactKind::road_reopened) roads_.set_speed_factor(i.where, 1.0);
      }
      travel_.invalidate();
      if (i.kind != ImpactKind::road_closed) logistics_.roads_changed();
      break;
    case ImpactKind::displaced:
      if (i.where < w_.villages.size()) displace(w_.villages[i.where].town, i.amount);
      break;
    case ImpactKind::killed: {
      // Deaths among people waiting for a boat leave its queue.
      double left = i.amount;
      if (i.where < boat_tasks_of_village_.size()) {
        for (const std::uint32_t t : boat_tasks_of_village_[i.where]) {
          Task& task = tasks_[t];
          if (!task.open() || left <= 0) continue;
          progress(task);
          const double taken = std::min(left, task.remaining);
          task.remaining -= taken;
          outcomes_.died_waiting += taken;
          left -= taken;
          if (task.remaining <= 1e-9) {
            task.remaining = 0;
            task_finished(t);
          } else {
            reschedule_done(t);
          }
        }
      }
      outcomes_.killed += left;
      break;
    }
    case ImpactKind::trapped: outcomes_.trapped += i.amount; break;
    case ImpactKind::injured:
      if (i.detail >= 2) outcomes_.injured_serious += i.amount;
      break;
    case ImpactKind::levee_work: outcomes_.bags_needed += i.amount; break;
    case ImpactKind::pumping_work: outcomes_.m3_to_pump += i.amount; break;
    case ImpactKind::line_down: outcomes_.spans_down += i.amount; break;
    case ImpactKind::bridge_damaged: outcomes_.bridges_damaged += i.amount; break;
    case ImpactKind::gas_leak: outcomes_.gas_leaks += i.amount; break;
    default: break;
  }
  if (auto task = task_for(w_, skill_ids_, i, e.impact)) {
    const auto t = static_cast<std::uint32_t>(tasks_.size());
    task_of_impact_[e.impact] = t;
    if (task->skill == static_cast<std::uint32_t>(skill_ids_.boat_rescue) && task->village >= 0) {
      boat_tasks_of_village_[static_cast<std::size_t>(task->village)].push_back(t);
    }
    tasks_.push_back(*task);
  }
}

// --- Information -----------------------------------------------------------

void ResponseModel::handle(const ReportDue& e) {
  const Arrival& a = arrivals_[e.arrival];
  if (affects_people(a.reported.kind) && deadlines_.first_report_s < 0) deadlines_.first_report_s = now_s();
  response::apply(picture_, a.reported);
  const std::int64_t t = task_of_impact_[a.impact];
  if (t >= 0 && tasks_[t].known_s < 0) {
    Task& task = tasks_[t];
    task.known_s = now_s();
    if (task.open()) {
      open_known_.insert({static_cast<std::uint8_t>(task.cls), task.known_s, static_cast<std::uint32_t>(t)});
      request_dispatch();
    }
  }
  if (a.reported.kind == hazard::ImpactKind::displaced && a.reported.where < w_.villages.size()) {
    const std::uint32_t town = w_.villages[a.reported.where].town;
    towns_[town].known_displaced += a.reported.amount;
    if (options_.doctrine && shelters_for_affected_) open_shelters(town);
    if (relief_released_) plan_round(town);
  }
  update_plans();
}

void ResponseModel::handle(const PlanCheck&) {
  plan_check_s_ = -1;
  update_plans();
}

void ResponseModel::update_plans() {
  plans_.update(now_s(), picture_);
  const auto& changes = plans_.changes();
  for (; changes_seen_ < changes.size(); ++changes_seen_) {
    const LevelChange& c = changes[changes_seen_];
    LogEntry& e = note(LogKind::level_change);
    e.plan = c.plan;
    e.from = c.from;
    e.to = c.to;
    e.reason = c.reason;
  }
  const auto& actions = plans_.actions();
  for (; actions_seen_ < actions.size(); ++actions_seen_) {
    sim_.schedule_at(at(std::max(actions[actions_seen_].due_s, now_s())), ActionDue{actions_seen_});
  }
  if (const auto next = plans_.next_check(); next && *next != plan_check_s_) {
    plan_check_s_ = *next;
    sim_.schedule_at(at(*next), PlanCheck{});
  }
}

void ResponseModel::handle(const ActionDue& e) { apply_action(plans_.actions()[e.action]); }

void ResponseModel::handle(const InjectDue& e) {
  const world::Inject& i = scenario_.injects[e.inject];
  LogEntry& n = note(LogKind::inject);
  n.recipient = i.to;
  n.message = i.message;
}

void ResponseModel::handle(const CommandDue& e) {
  const TimedCommand& c = scheduled_[e.command];
  apply(c.by, c.command);
}

void ResponseModel::handle(const Dispatch&) {
  dispatch_pending_ = false;
  dispatch();
}

void ResponseModel::request_dispatch() {
  if (!options_.doctrine || dispatch_pending_) return;
  dispatch_pending_ = true;
  sim_.schedule_at(sim_.now(), Dispatch{}, kDispatchPriority);
}

void ResponseModel::handle(const RunEnds&) {
  for (auto& t : tasks_) {
    if (t.open()) progress(t);
  }
  for (std::uint32_t t = 0; t < towns_.size(); ++t) touch(t);
}

// --- Plans played as commands ------------------------------------------------

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
  if (act.kind != world::ActionKind::mobilise_forces) noted();
  auto has = [](const std::vector<std::string>& list, const std::string& id) {
    return std::find(list.begin(), list.end(), id) != list.end();
  };
  switch (act.kind) {
    case world::ActionKind::mobilise_forces: {
      Mobilise m;
      for (std::uint32_t u = 0; u < units_.size(); ++u) {
        const Unit& unit = units_[u];
        if (unit.state != UnitState::standby) continue;
        const bool wanted =
            (unit.kind == UnitKind::team && has(act.team_types, unit.group) &&
             (unit.subtype.empty() || act.subtypes.empty() || has(act.subtypes, unit.subtype))) ||
            (unit.kind == UnitKind::sector_crew && has(act.sector_crews, unit.group)) ||
            (unit.kind == UnitKind::town_team && act.town_teams);
        if (wanted) m.units.push_back(u);
      }
      int people = 0;
      for (const auto u : m.units) people += units_[u].people;
      LogEntry& e = noted();
      e.count = static_cast<double>(m.units.size());
      e.people = people;
      if (!m.units.empty()) apply(Actor::doctrine, m);
      break;
    }
    case world::ActionKind::open_shelters:
      shelters_for_affected_ = true;
      for (std::uint32_t t = 0; t < towns_.size(); ++t) {
        if (towns_[t].known_displaced > 0 && !towns_[t].shelters_open) apply(Actor::doctrine, OpenShelters{t});
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
  }
}

void ResponseModel::apply(Actor by, const Command& command) {
  commands_.push_back({now_s(), by, command});
  if (by != Actor::doctrine) {
    LogEntry& e = note(LogKind::command);
    e.by = by;
    e.command = command;
  }
  struct Apply {
    ResponseModel& m;
    Actor by;
    const Command& command;
    void reject(Refusal why, std::int64_t id = -1, std::string state = {}) {
      LogEntry& e = m.note(LogKind::rejected);
      e.by = by;
      e.command = command;
      e.refusal = why;
      e.refused_id = id;
      e.unit_state = std::move(state);
    }
    void operator()(const SetLevel& c) {
      if (std::find(m.scenario_.plans.begin(), m.scenario_.plans.end(), c.plan) == m.scenario_.plans.end()) {
        return reject(Refusal::plan_not_in_force);
      }
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
      for (const auto u : c.units) {
        if (u >= m.units_.size()) return reject(Refusal::no_such_unit, u);
      }
      for (const auto u : c.units) m.mobilise(u);
    }
    void operator()(const Assign& c) {
      if (c.unit >= m.units_.size() || c.task >= m.tasks_.size()) return reject(Refusal::no_such_task);
      const Unit& u = m.units_[c.unit];
      const Task& t = m.tasks_[c.task];
      if (t.known_s < 0 || !t.open()) return reject(Refusal::task_not_open);
      if (u.state != UnitState::idle && u.state != UnitState::working && u.state != UnitState::setting_up) {
        return reject(Refusal::unit_busy, c.unit, std::string(to_string(u.state)));
      }
      const auto trip = m.trip(c.unit, c.task);
      if (!trip) return reject(Refusal::no_trip);
      m.send(c.unit, c.task, *trip);
    }
    void operator()(const StandDown& c) {
      if (c.unit >= m.units_.size()) return reject(Refusal::no_such_unit, c.unit);
      const UnitState s = m.units_[c.unit].state;
      if (s != UnitState::working && s != UnitState::setting_up) return reject(Refusal::not_on_site);
      m.leave_task(c.unit);
      m.request_dispatch();
    }
    void operator()(const OpenShelters& c) {
      if (c.town >= m.towns_.size()) return reject(Refusal::no_such_town);
      m.open_shelters(c.town);
    }
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
        if (m.w_.mutual_aid[k].id != c.aid) continue;
        if (m.aid_requested_[k]) return;
        m.aid_requested_[k] = true;
        LogEntry& e = m.note(LogKind::aid);
        e.aid = static_cast<std::int64_t>(k);
        e.hours = m.w_.mutual_aid[k].delay_h;
        m.sim_.schedule_in(Duration::from_hours(m.w_.mutual_aid[k].delay_h), AidArrives{k});
        return;
      }
      reject(Refusal::no_such_aid);
    }
    void operator()(const OrderRelief& c) {
      if (c.town >= m.towns_.size() || !m.logistics_.item_index(c.item) || c.quantity <= 0) {
        return reject(c.town >= m.towns_.size() ? Refusal::no_such_town : Refusal::bad_order);
      }
      m.batch_of_order_.resize(m.logistics_.place({m.now_s(), c.town, c.item, c.quantity}) + 1, -1);
    }
    void operator()(const SendReport& c) {
      if (c.to != "city" && c.to != "province") return reject(Refusal::bad_report_target);
      std::int64_t& sent = c.to == "city" ? m.deadlines_.city_report_s : m.deadlines_.province_report_s;
      // The deadline counts from the first report of the disaster: earlier reports (of a warning) do not meet it.
      if (sent < 0 && m.deadlines_.first_report_s >= 0) sent = m.now_s();
      m.note(LogKind::report).recipient = c.to;
    }
  };
  std::visit(Apply{*this, by, command}, command);
}

double ResponseModel::unmet_person_h() const {
  double sum = 0;
  for (const auto& t : towns_) {
    sum += t.unmet_person_h + std::max(0.0, t.displaced - t.supplied) * static_cast<double>(now_s() - t.last_s) / 3600.0;
  }
  return sum;
}

}  // namespace ttx::response
