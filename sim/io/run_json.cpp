#include "sim/io/run_json.h"

#include <cmath>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "sim/io/clock_text.h"
#include "sim/io/drawn_text.h"

namespace ttx::io {

namespace {

using Json = nlohmann::ordered_json;

// Hours as numbers, "never" as null.
Json hours(double h) { return h < 0 ? Json(nullptr) : Json(h); }

// The same moment on the district's calendar, "2026-07-25 08:00"; null without a start or "never".
Json calendar(const score::RunSummary& s, double h) {
  if (h < 0 || !s.start_s) return nullptr;
  return format_date_time(*s.start_s + std::llround(h * 3600));
}

Json part(const score::Part& p) {
  Json figures = Json::object();
  for (const auto& f : p.figures) {
    if (f.target < 0) {
      figures[f.id] = f.value;
    } else {
      figures[f.id] = {{"value", f.value}, {"target", f.target}, {"met", f.met}};
    }
  }
  return {{"score", p.score}, {"rating", std::string(1, static_cast<char>(p.rating))}, {"applies", p.applies},
          {"figures", figures}};
}

// A record's kind as a JSON id: "on site" is on_site.
std::string kind_id(response::LogKind k) {
  std::string id(response::to_string(k));
  for (char& ch : id) ch = ch == ' ' ? '_' : ch;
  return id;
}

Json event_ref(std::int64_t id) { return id < 0 ? Json(nullptr) : Json(id); }

std::string_view evidence_kind(score::EvidenceKind k) {
  using K = score::EvidenceKind;
  switch (k) {
    case K::town_relief: return "town_relief";
    case K::town_first_unit: return "town_first_unit";
    case K::category_p90: return "category_p90";
    case K::category_fill: return "category_fill";
    case K::category_ran_out: return "category_ran_out";
    case K::deadline: return "deadline";
    case K::utilisation: return "utilisation";
  }
  return "?";
}

// Power restored, stranded travellers and cold homes; null when the run is not a freezing rain.
Json freezing_json(const score::RunSummary& s) {
  const score::FreezingFigures& f = s.freezing;
  if (!f.applies) return nullptr;
  Json sites = Json::array();
  for (const auto& x : f.sites) {
    sites.push_back({{"kind", x.kind}, {"town", x.town}, {"name_zh", x.name_zh}, {"name_en", x.name_en}, {"off_h", hours(x.off_h)},
                     {"generator_h", hours(x.generator_h)}, {"restored_h", hours(x.restored_h)}});
  }
  return {{"spans_down", f.spans_down},
          {"spans_restored", f.spans_restored},
          {"households_off_peak", f.households_off_peak},
          {"households_off_end", f.households_off_end},
          {"households_restored", f.households_restored},
          {"households_half_back_h", hours(f.households_half_back_h)},
          {"households_90_back_h", hours(f.households_90_back_h)},
          {"days_left_at_end_pace", hours(f.days_left_at_end_pace)},
          {"own_crews", f.own_crews},
          {"outside_crews_requested", f.outside_crews_requested},
          {"outside_crews_arrived", f.outside_crews_arrived},
          {"outside_people_arrived", f.outside_people_arrived},
          {"outside_requested_h", hours(f.outside_requested_h)},
          {"outside_arrived_h", hours(f.outside_arrived_h)},
          {"critical_sites_off", f.critical_sites_off},
          {"critical_sites_restored", f.critical_sites_restored},
          {"critical_sites_on_generator", f.critical_sites_on_generator},
          {"generators_placed", f.generators_placed},
          {"first_hospital_back_h", hours(f.first_hospital_back_h)},
          {"sites", sites},
          {"stranded", f.stranded},
          {"relieved", f.relieved},
          {"released", f.released},
          {"released_without_relief", f.released_without_relief},
          {"still_stranded", f.still_stranded},
          {"first_stranded_h", hours(f.first_stranded_h)},
          {"reopened_h", hours(f.reopened_h)},
          {"reopened_by_deicing", f.reopened_by_deicing},
          {"deicing_km", f.deicing_km},
          {"deicing_km_done", f.deicing_km_done},
          {"traveller_items_ordered", f.traveller_items_ordered},
          {"traveller_items_delivered", f.traveller_items_delivered},
          {"cold_peak", f.cold_peak},
          {"cold_reported_end", f.cold_reported_end},
          {"cold_needing_relief", f.cold_needing_relief},
          {"warm_relief_ordered", f.warm_relief_ordered},
          {"warm_relief_delivered", f.warm_relief_delivered},
          {"structures_collapsed", f.structures_collapsed},
          {"structures_known", f.structures_known},
          {"structures_checked", f.structures_checked},
          {"collapse_sites", f.collapse_sites},
          {"collapse_sites_done", f.collapse_sites_done},
          {"collapses_checked_h", hours(f.collapses_checked_h)},
          {"homes_collapsed", f.homes_collapsed}};
}

Json summary_json(const score::RunSummary& s, const score::Scorecard& c) {
  const score::DistrictFigures& d = s.district;
  Json j;
  j["scenario"] = {{"id", s.scenario_id}, {"name_zh", s.scenario_name_zh}, {"name_en", s.scenario_name_en},
                   {"seed", s.seed},      {"replication", s.replication},  {"duration_h", s.duration_h},
                   {"start", s.start_s ? Json(format_date_time(*s.start_s)) : Json(nullptr)},
                   {"ended_h", s.ended_h}, {"ended_at", calendar(s, s.ended_h)}};
  j["drawn"] = drawn_json(s.drawn);
  j["summary"] = {{"trapped", d.trapped},
                  {"rescued_alive", d.rescued_alive},
                  {"rescued_by_community", d.rescued_by_community},
                  {"rescued_by_teams", d.rescued_by_teams},
                  {"rescued_alive_within_24h", d.rescued_alive_within_24h},
                  {"rescued_dead", d.rescued_dead},
                  {"died_waiting", d.died_waiting},
                  {"still_trapped", d.still_trapped},
                  {"missing", d.missing},
                  {"killed", d.killed},
                  {"injured_serious", d.injured_serious},
                  {"treated_in_time", d.treated_in_time},
                  {"treated_late", d.treated_late},
                  {"to_hospital", d.to_hospital},
                  {"ambulances", d.ambulances},
                  {"by_ambulance", d.by_ambulance},
                  {"ambulance_hours", d.ambulance_hours},
                  {"displaced", d.displaced},
                  {"evacuated_before_impact", d.evacuated_before_impact},
                  {"caught_at_home", d.caught_at_home},
                  {"sheltered", d.sheltered},
                  {"with_relatives", d.with_relatives},
                  {"unsheltered", d.unsheltered},
                  {"sheltered_other_towns", d.sheltered_other_towns},
                  {"on_coaches", d.on_coaches},
                  {"coaches", d.coaches},
                  {"coach_trips", d.coach_trips},
                  {"coach_hours", d.coach_hours},
                  {"by_coach", d.by_coach},
                  {"coach_too_late", d.coach_too_late},
                  {"supplied", d.supplied},
                  {"delivered_to_towns", d.delivered_to_towns},
                  {"on_last_mile", d.on_last_mile},
                  {"relief_target_h", hours(s.relief_target_h)},
                  {"relief_within_target", d.relief_within_target},
                  {"unmet_person_h", d.unmet_person_h},
                  {"units", d.units},
                  {"units_mobilised", d.units_mobilised},
                  {"unit_hours_worked", d.unit_hours_worked},
                  {"unit_hours_on_duty", d.unit_hours_on_duty},
                  {"unit_hours_travelling", d.unit_hours_travelling},
                  {"spans_down", d.spans_down},
                  {"spans_restored", d.spans_restored},
                  {"bags_needed", d.bags_needed},
                  {"levee_bags", d.levee_bags},
                  {"bridges_damaged", d.bridges_damaged},
                  {"bridges_reopened", d.bridges_reopened},
                  {"gas_leaks", d.gas_leaks},
                  {"leaks_made_safe", d.leaks_made_safe},
                  {"orders", d.orders},
                  {"orders_delivered", d.orders_delivered},
                  {"orders_never_granted", d.orders_never_granted},
                  {"request_to_delivery_mean_h", hours(d.request_to_delivery_mean_h)},
                  {"orders_short_of_stock", s.stockouts},
                  {"reserve_activated_h", hours(s.reserve_activated_h)}};
  Json towns = Json::array();
  for (const auto& t : s.towns) {
    Json waiting = Json::object();  // hours the town's relief waited, by reason (none: nothing waited)
    for (std::size_t r = 1; r < response::kWaitReasons; ++r) waiting[std::string(response::to_string(static_cast<response::WaitReason>(r)))] = t.waiting_h[r];
    towns.push_back({{"id", t.id},
                     {"name_zh", t.name_zh},
                     {"name_en", t.name_en},
                     {"first_displaced_h", hours(t.first_displaced_h)},
                     {"first_unit_h", hours(t.first_unit_h)},
                     {"first_unit_at", calendar(s, t.first_unit_h)},
                     {"first_relief_h", hours(t.first_relief_h)},
                     {"first_relief_at", calendar(s, t.first_relief_h)},
                     {"first_unit_event", event_ref(t.first_unit_event)},
                     {"first_relief_event", event_ref(t.first_relief_event)},
                     {"first_relief_after_displacement_h", hours(t.first_relief_after_displacement_h)},
                     {"displaced", t.displaced},
                     {"sheltered", t.sheltered},
                     {"shelter_places", t.shelter_places},
                     {"supplied", t.supplied},
                     {"evacuated_before_impact", t.evacuated_before_impact},
                     {"sheltered_other_towns", t.sheltered_other_towns},
                     {"hosted", t.hosted},
                     {"rescued_by_community", t.rescued_by_community},
                     {"rescued_by_teams", t.rescued_by_teams},
                     {"unmet_person_h", t.unmet_person_h},
                     {"relief_within_target", t.relief_within_target},
                     {"relief_within_target_share", t.relief_within_target_share < 0 ? Json(nullptr) : Json(t.relief_within_target_share)},
                     {"waiting_h", waiting}});
  }
  j["towns"] = towns;
  Json categories = Json::array();
  for (const auto& k : s.categories) {
    categories.push_back({{"id", k.id},
                          {"name_zh", k.name_zh},
                          {"name_en", k.name_en},
                          {"unit", k.unit},
                          {"unit_zh", k.unit_zh},
                          {"orders", k.orders},
                          {"requested", k.requested},
                          {"granted", k.granted},
                          {"delivered", k.delivered},
                          {"in_stock_at_end", k.in_stock_at_end},
                          {"fill_rate", k.fill_rate},
                          {"orders_never_granted", k.orders_never_granted},
                          {"first_load_h", hours(k.first_load_h)},
                          {"first_delivery_h", hours(k.first_delivery_h)},
                          {"request_to_load_p50_h", hours(k.request_to_load_p50_h)},
                          {"request_to_delivery_p50_h", hours(k.request_to_delivery_p50_h)},
                          {"request_to_delivery_p90_h", hours(k.request_to_delivery_p90_h)},
                          {"ran_out_h", hours(k.ran_out_h)},
                          {"ran_out_at", calendar(s, k.ran_out_h)},
                          {"ran_out_event", event_ref(k.ran_out_event)},
                          {"restocked_h", hours(k.restocked_h)},
                          {"restocked_at", calendar(s, k.restocked_h)},
                          {"waiting_for_stock_at_end", k.waiting_for_stock_at_end},
                          {"first_delivery_event", event_ref(k.first_delivery_event)}});
  }
  j["categories"] = categories;
  Json levels = Json::array();
  for (const auto& l : s.levels) {
    levels.push_back({{"plan", l.plan}, {"level", l.level}, {"at_h", l.at_h}, {"at", calendar(s, l.at_h)}, {"reason", l.reason},
                      {"event", event_ref(l.event)}});
  }
  j["levels"] = levels;
  j["freezing"] = freezing_json(s);
  Json declared = Json::array();
  for (const auto& d : s.declared) {
    declared.push_back({{"plan", d.plan}, {"level", d.level}, {"at_h", d.at_h}, {"at", calendar(s, d.at_h)}, {"by", d.by},
                        {"plan_level", d.plan_level}});
  }
  j["declared_levels"] = declared;
  Json deadlines = Json::array();
  for (std::size_t k = 0; k < s.deadlines.size(); ++k) {
    const auto& dl = s.deadlines[k];
    deadlines.push_back({{"target", dl.target}, {"limit_h", dl.limit_h}, {"from_h", hours(dl.from_s < 0 ? -1 : dl.from_s / 3600.0)},
                         {"hours", hours(dl.hours())}, {"status", std::string(score::to_string(dl.status))},
                         {"event", event_ref(k < s.deadline_events.size() ? s.deadline_events[k] : -1)}});
  }
  j["deadlines"] = deadlines;
  Json expected = Json::array();
  for (const auto& x : s.expected_actions) {
    expected.push_back({{"seq", x.seq},
                        {"objective", x.objective},
                        {"capability", x.capability},
                        {"controller", x.controller},
                        {"to", x.to},
                        {"expected", x.what},
                        {"false_report", x.false_report},
                        {"delivered_h", hours(x.delivered_h)},
                        {"deadline_h", hours(x.deadline_h)},
                        {"done_h", hours(x.done_h)},
                        {"late_h", x.late_h},
                        {"status", std::string(score::to_string(x.status))},
                        {"by", x.by}});
  }
  j["expected_actions"] = expected;
  Json objectives = Json::array();
  for (const auto& o : s.objectives) {
    objectives.push_back({{"objective", o.objective},
                          {"rating", o.rated ? std::string(1, static_cast<char>(o.rating)) : std::string()},
                          {"expected", o.expected},
                          {"in_time", o.in_time},
                          {"late", o.late},
                          {"missed", o.missed},
                          {"not_delivered", o.not_delivered},
                          {"worst_late_h", o.worst_late_h}});
  }
  j["objectives"] = objectives;
  j["scorecard"] = {{"overall", c.overall},
                    {"rating", std::string(1, static_cast<char>(c.rating))},
                    {"life_safety", part(c.life_safety)},
                    {"timeliness", part(c.timeliness)},
                    {"sufficiency", part(c.sufficiency)},
                    {"compliance", part(c.compliance)},
                    {"efficiency", part(c.efficiency)}};
  Json series = Json::array();
  for (const auto& p : s.series) {
    series.push_back({{"at_h", p.at_h},
                      {"still_trapped", p.still_trapped},
                      {"rescued_alive", p.rescued_alive},
                      {"units_on_task", p.units_on_task},
                      {"life_saving_worked", p.life_saving_worked},
                      {"displaced", p.displaced},
                      {"supplied", p.supplied}});
  }
  j["series"] = series;
  j["fingerprint"] = fmt::format("{:016x}", s.fingerprint);
  return j;
}

// Every record of the run's log as structured values, numbered in time order.
Json events_json(const score::RunSummary& s, const response::ResponseModel& m) {
  const world::World& w = m.world();
  Json events = Json::array();
  const auto& log = m.log();
  for (std::size_t i = 0; i < log.size(); ++i) {
    const response::LogEntry& e = log[i];
    Json x = {{"id", i}, {"at_h", e.at_s / 3600.0}, {"at", calendar(s, e.at_s / 3600.0)}, {"kind", kind_id(e.kind)}};
    if (e.town >= 0 && static_cast<std::size_t>(e.town) < w.towns.size()) x["town"] = w.towns[static_cast<std::size_t>(e.town)].id;
    if (e.item >= 0 && static_cast<std::size_t>(e.item) < w.items.size()) x["item"] = w.items[static_cast<std::size_t>(e.item)].id;
    if (e.unit >= 0 && static_cast<std::size_t>(e.unit) < m.units().size()) x["unit"] = m.units()[static_cast<std::size_t>(e.unit)].id;
    if (!e.plan.empty()) x["plan"] = e.plan;
    if (e.kind == response::LogKind::level_change) x["level"] = e.to, x["from_level"] = e.from, x["declared"] = e.declared;
    if (e.kind == response::LogKind::action) x["level"] = e.to, x["action"] = e.action;
    if (e.kind == response::LogKind::sheltered_elsewhere && e.to >= 0 && static_cast<std::size_t>(e.to) < w.towns.size()) {
      x["to_town"] = w.towns[static_cast<std::size_t>(e.to)].id;
    }
    if (e.kind == response::LogKind::relief_delivered) {
      x["hours_after_displacement"] = e.hours;
    } else if (e.hours != 0) {
      x["hours"] = e.hours;
    }
    if (e.count != 0) x["count"] = e.count;
    if (e.people != 0) x["people"] = e.people;
    if (e.aid >= 0 && static_cast<std::size_t>(e.aid) < w.mutual_aid.size()) x["aid"] = w.mutual_aid[static_cast<std::size_t>(e.aid)].id;
    if (e.kind == response::LogKind::aid || e.kind == response::LogKind::crews) x["arrived"] = e.arrived;
    if (!e.recipient.empty()) x["recipient"] = e.recipient;
    if (!e.message.empty()) x["message"] = e.message;
    if (e.kind == response::LogKind::waiting) x["reason"] = std::string(response::to_string(e.wait));
    events.push_back(std::move(x));
  }
  return events;
}

}  // namespace

std::string run_json(const score::RunSummary& s, const score::Scorecard& c) { return summary_json(s, c).dump(2) + "\n"; }

std::string run_json(const score::RunSummary& s, const score::Scorecard& c, const response::ResponseModel& m,
                     const std::vector<score::Finding>& findings) {
  Json j = summary_json(s, c);
  static constexpr const char* kParts[] = {"life_safety", "timeliness", "sufficiency", "compliance", "efficiency"};
  Json improvement = Json::array();
  for (const auto& f : findings) {
    Json evidence = Json::array(), events = Json::array();
    for (const auto& e : f.evidence) {
      Json x = {{"kind", std::string(evidence_kind(e.kind))}};
      if (e.town >= 0) x["town"] = s.towns[static_cast<std::size_t>(e.town)].id;
      if (e.category >= 0) x["category"] = s.categories[static_cast<std::size_t>(e.category)].id;
      if (e.deadline >= 0) x["deadline"] = s.deadlines[static_cast<std::size_t>(e.deadline)].target;
      x["at_h"] = hours(e.at_h);
      x["event"] = event_ref(e.event);
      if (e.event >= 0) events.push_back(e.event);
      evidence.push_back(std::move(x));
    }
    improvement.push_back({{"part", kParts[f.part < 5 ? f.part : 0]},
                           {"figure", f.figure},
                           {"value", f.value},
                           {"target", f.target},
                           {"shortfall", f.shortfall},
                           {"events", events},
                           {"evidence", evidence}});
  }
  j["improvement"] = improvement;
  j["events"] = events_json(s, m);
  return j.dump(2) + "\n";
}

std::string run_events_jsonl(const score::RunSummary& s, const response::ResponseModel& m) {
  std::string out;
  for (const auto& e : events_json(s, m)) out += e.dump() + "\n";
  return out;
}

}  // namespace ttx::io
