// The response run: construction and the event loop. The handlers live beside it:
// information.cpp (impacts, reports, plan checks), plan_actions.cpp (the plans'
// mandated actions played as commands), command_apply.cpp (checking and applying
// commands), unit_operations.cpp and dispatcher.cpp (the units), displaced.cpp
// (people and relief).
#include "sim/response/response_model.h"

#include <algorithm>
#include <cmath>
#include <utility>

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
    case LogKind::evacuation_done: return "evacuated";
    case LogKind::sheltered_elsewhere: return "sheltered elsewhere";
    case LogKind::crews: return "crews";
    case LogKind::power_site: return "power site";
    case LogKind::waiting: return "waiting";
    case LogKind::expressway_reopened: return "expressway reopened";
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
    case Refusal::no_such_village: return "no_such_village";
    case Refusal::already_ordered: return "already_ordered";
    case Refusal::water_arrived: return "water_arrived";
    case Refusal::nobody_to_move: return "nobody_to_move";
    case Refusal::unit_unavailable: return "unit_unavailable";
    case Refusal::no_free_places: return "no_free_places";
    case Refusal::no_such_crew: return "no_such_crew";
    case Refusal::no_more_crews: return "no_more_crews";
    case Refusal::not_arrived: return "not_arrived";
    case Refusal::no_site_without_power: return "no_site_without_power";
    case Refusal::no_generator: return "no_generator";
    case Refusal::nobody_cold: return "nobody_cold";
    case Refusal::no_collapse_known: return "no_collapse_known";
    case Refusal::no_unit_free: return "no_unit_free";
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
      skill_ids_(world) {
  units_ = build_units(world, scenario.plans);
  // A drill is scoped to one town: the forces of the others come as district support, later.
  if (const auto town = world.town_index(scenario.drill_town)) {
    const auto delay_s = static_cast<std::int64_t>(std::llround(scenario.drill_support_delay_h * 3600));
    for (auto& u : units_) {
      if (!u.outside && u.home_town != *town) u.assembly_s += delay_s;
    }
    // Its own stock first; the district warehouse's and other towns' come as support, as late.
    options_.logistics.drill_town = scenario.drill_town;
    options_.logistics.support_delay_s = delay_s;
  }
  towns_.resize(world.towns.size());
  end_s_ = static_cast<std::int64_t>(std::llround(scenario.duration_h * 3600));
  season_ = season_of(scenario);
  aid_requested_.assign(world.mutual_aid.size(), false);
  for (const auto& h : world.hospitals) beds_free_.push_back(h.casualty_beds);
  for (const auto& h : world.hospitals) hospital_node_.push_back(roads_.find(h.town));
  ambulances_free_ = world.casualty_transport.loaded ? world.casualty_transport.ambulances : 0;
  for (const auto& h : world.hospitals) beds_held_.push_back(ambulances_free_ > 0 ? h.casualty_beds * world.casualty_transport.ambulance_bed_share : 0.0);
  const std::size_t villages = world.villages.size();
  mapped_depth_m_.assign(villages, 0);
  evacuated_.assign(villages, 0);
  evacuee_credit_.assign(villages, 0);
  evacuation_task_.assign(villages, -1);
  water_came_.assign(villages, false);
  impact_share_.assign(truth_.impacts.size(), 1.0);
  for (const auto& i : truth_.impacts) {
    if (i.kind == hazard::ImpactKind::water_depth && i.where < villages) {
      mapped_depth_m_[i.where] = std::max(mapped_depth_m_[i.where], i.amount);
    }
  }
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
    unit_of_id_.emplace(units_[u].id, u);
  }
  for (std::uint32_t v = 0; v < villages; ++v) village_of_id_.emplace(world.villages[v].id, v);
  for (std::uint32_t t = 0; t < towns_.size(); ++t) towns_[t].shelter_capacity = shelter_places(world, t);
  prepare_last_mile();
  task_of_impact_.assign(truth_.impacts.size(), -1);
  boat_tasks_of_village_.resize(world.villages.size());
  collapse_task_.assign(world.villages.size(), -1);
  stockout_noted_.assign(world.items.size(), false);
  wait_reason_.assign(world.towns.size(), WaitReason::none);
  wait_logged_.assign(world.towns.size(), WaitReason::none);
  wait_since_s_.assign(world.towns.size(), sim_.now().count_s());
  waited_h_.assign(world.towns.size(), WaitHours{});
  init_freezing();
  init_coaches();

  for (std::size_t k = 0; k < truth_.impacts.size(); ++k) sim_.schedule_at(at(truth_.impacts[k].at_s), ImpactDue{k});
  for (std::size_t k = 0; k < arrivals_.size(); ++k) sim_.schedule_at(at(arrivals_[k].reported.at_s), ReportDue{k});
  start_injects();
  for (std::int64_t day = 1; day * 86400 < end_s_; ++day) sim_.schedule_at(at(day * 86400), DayStart{static_cast<std::uint64_t>(day)});
  sim_.schedule_at(at(end_s_), RunEnds{}, kCommandPriority + 1);
}

std::uint32_t ResponseModel::add_task(Task task) {
  const auto index = static_cast<std::uint32_t>(tasks_.size());
  const std::int64_t site = task.village >= 0 ? task.village : -1 - static_cast<std::int64_t>(task.town);
  task.id = task_id(w_, task, ++tasks_at_site_[{task.skill, site}]);
  task_of_id_.emplace(task.id, index);
  tasks_.push_back(std::move(task));
  return index;
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
  if (now_s() != wait_moment_s_) settle_waiting();  // the last moment is over: why do towns wait?
  wait_moment_s_ = now_s();
  std::visit([this](const auto& ev) { handle(ev); }, e);
  if (conditionals_waiting_ > 0) check_conditions();
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

double ResponseModel::unmet_person_h() const {
  double sum = 0;
  for (const auto& t : towns_) {
    sum += t.unmet_person_h + std::max(0.0, t.displaced - t.supplied) * static_cast<double>(now_s() - t.last_s) / 3600.0;
  }
  return sum;
}

}  // namespace ttx::response
