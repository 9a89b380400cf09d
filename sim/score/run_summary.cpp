#include "sim/score/run_summary.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <deque>

namespace ttx::score {

namespace {

double hours(std::int64_t s) { return s < 0 ? -1.0 : static_cast<double>(s) / 3600.0; }

// FNV-1a over the bytes of plain values: the same inputs give the same hash everywhere.
struct Hash {
  std::uint64_t h = 1469598103934665603ULL;
  void bytes(const void* p, std::size_t n) {
    const auto* b = static_cast<const unsigned char*>(p);
    for (std::size_t i = 0; i < n; ++i) h = (h ^ b[i]) * 1099511628211ULL;
  }
  void num(double v) {
    // Rounded to a millionth so that the hash does not depend on the last bit of a sum.
    const auto q = static_cast<std::int64_t>(std::llround(v * 1e6));
    bytes(&q, sizeof q);
  }
  void text(const std::string& s) { bytes(s.data(), s.size()); }
};

}  // namespace

double relief_within_target(const response::TownState& t, double target_h) {
  if (target_h < 0) return 0;
  std::deque<response::PeopleAt> waiting(t.displaced_at.begin(), t.displaced_at.end());
  double in_time = 0;
  for (const response::PeopleAt& s : t.supplied_at) {
    double left = s.people;
    while (left > 1e-9 && !waiting.empty()) {
      response::PeopleAt& d = waiting.front();
      const double take = std::min(left, d.people);
      if (static_cast<double>(s.at_s - d.at_s) <= target_h * 3600.0) in_time += take;
      d.people -= take;
      left -= take;
      if (d.people <= 1e-9) waiting.pop_front();
    }
  }
  return in_time;
}

namespace {

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return -1;
  std::sort(v.begin(), v.end());
  const double rank = p * static_cast<double>(v.size() - 1);
  const auto lo = static_cast<std::size_t>(std::floor(rank));
  const std::size_t hi = std::min(v.size() - 1, lo + 1);
  return v[lo] + (v[hi] - v[lo]) * (rank - static_cast<double>(lo));
}

void district_figures(const response::ResponseModel& m, RunSummary& r) {
  const response::Outcomes& o = m.outcomes();
  DistrictFigures& d = r.district;
  const auto waiting = m.waiting();
  d.trapped = o.trapped;
  d.rescued_alive = o.rescued_alive;
  d.rescued_dead = o.rescued_dead;
  d.died_waiting = o.died_waiting;
  d.rescued_by_community = o.rescued_by_community;
  d.rescued_by_teams = o.rescued_alive - o.rescued_by_community;
  d.rescued_alive_within_24h = o.rescued_alive_24h;
  d.still_trapped = waiting.trapped;
  d.missing = waiting.trapped;
  d.killed = o.killed;
  d.injured_serious = o.injured_serious;
  d.treated_in_time = o.treated_in_time;
  d.treated_late = o.treated_late;
  d.to_hospital = o.to_hospital;
  d.ambulances = m.world().casualty_transport.loaded ? m.world().casualty_transport.ambulances : 0;
  d.by_ambulance = o.by_ambulance;
  d.ambulance_hours = o.ambulance_hours;
  for (const auto& t : m.tasks()) {
    if (t.ambulances > 0) d.ambulance_hours += t.ambulances * hours(m.now_s() - t.ambulances_s);
  }
  d.evacuated_before_impact = o.evacuated;
  d.caught_at_home = o.caught_at_home;
  d.unmet_person_h = m.unmet_person_h();
  d.spans_down = o.spans_down;
  d.spans_restored = o.spans_restored;
  d.bags_needed = o.bags_needed;
  d.levee_bags = o.levee_bags;
  d.m3_to_pump = o.m3_to_pump;
  d.pumped_m3 = o.pumped_m3;
  d.bridges_damaged = o.bridges_damaged;
  d.bridges_reopened = o.bridges_reopened;
  d.gas_leaks = o.gas_leaks;
  d.leaks_made_safe = o.leaks_made_safe;
  d.coach_trips = o.coach_trips;
  d.coach_hours = o.coach_hours;
  d.by_coach = o.by_coach;
  d.coach_too_late = o.coach_too_late;
  for (const auto& v : m.world().transport.vehicles) d.coaches += v.capacity_persons > 0 ? v.count : 0;
  // An outside crew not yet requested or still on its way is not one of the forces at hand.
  for (const auto& u : m.units()) {
    d.units += u.arrived;
    d.units_mobilised += u.mobilised_s >= 0;
    d.units_on_task += u.task >= 0;
    d.unit_hours_worked += u.worked_h;
    if (u.state == response::UnitState::working) d.unit_hours_worked += hours(m.now_s() - u.work_start_s);
    d.unit_hours_travelling += u.travelled_h;
    if (u.mobilised_s >= 0) d.unit_hours_on_duty += hours(m.now_s() - u.mobilised_s);
  }
}

void town_figures(const response::ResponseModel& m, RunSummary& r) {
  const auto& w = m.world();
  for (std::size_t k = 0; k < w.towns.size(); ++k) {
    const response::TownState& s = m.towns()[k];
    TownFigures t;
    t.id = w.towns[k].id;
    t.name_zh = w.towns[k].name_zh;
    t.name_en = w.towns[k].name_en;
    t.displaced = s.displaced;
    t.sheltered = s.in_shelter;
    t.shelter_places = s.shelter_capacity;
    t.supplied = s.supplied;
    t.rescued_by_community = s.rescued_by_community;
    t.rescued_by_teams = s.rescued_by_teams;
    t.evacuated_before_impact = s.evacuated;
    t.sheltered_other_towns = s.sheltered_elsewhere;
    t.hosted = s.hosted;
    r.district.sheltered_other_towns += s.sheltered_elsewhere;
    r.district.on_coaches += s.on_coaches;
    t.unmet_person_h = s.unmet_person_h +
                       std::max(0.0, s.displaced - s.supplied) * static_cast<double>(m.now_s() - s.last_s) / 3600.0;
    t.first_displaced_h = hours(s.first_displaced_s);
    t.first_unit_h = hours(s.first_unit_on_site_s);
    t.first_relief_h = hours(s.first_relief_s);
    if (s.first_relief_s >= 0 && s.first_displaced_s >= 0) t.first_relief_after_displacement_h = hours(s.first_relief_s - s.first_displaced_s);
    t.relief_within_target = relief_within_target(s, r.relief_target_h);
    t.waiting_h = m.waited_h(static_cast<std::uint32_t>(k));
    if (s.displaced > 0) t.relief_within_target_share = t.relief_within_target / s.displaced;
    r.district.displaced += t.displaced;
    r.district.sheltered += t.sheltered;
    r.district.with_relatives += s.with_relatives;
    r.district.unsheltered += s.unsheltered;
    r.district.supplied += t.supplied;
    r.district.delivered_to_towns += s.handed_over;
    r.district.on_last_mile += s.on_last_mile;
    r.district.relief_within_target += t.relief_within_target;
    r.towns.push_back(std::move(t));
  }
}

void category_figures(const response::ResponseModel& m, RunSummary& r) {
  const auto& w = m.world();
  const auto& l = m.logistics();
  const std::size_t n = l.orders().size();
  std::vector<CategoryFigures> by_item(w.items.size());
  std::vector<std::vector<double>> lead_h(w.items.size()), load_h(w.items.size());
  std::vector<bool> asked(w.items.size(), false), granted_any(n, false);
  // An order as placed is delivered in full when every part of it is, at its last part's delivery.
  std::vector<std::int64_t> in_full_s(n, -1), quantity_delivered(n, 0);
  for (std::size_t k = 0; k < n; ++k) {
    const response::OrderOutcome& out = l.outcomes()[k];
    if (out.granted_s >= 0) granted_any[l.root(k)] = true;
    if (out.delivered_s < 0) continue;
    quantity_delivered[l.root(k)] += l.orders()[k].quantity;
    in_full_s[l.root(k)] = std::max(in_full_s[l.root(k)], out.delivered_s);
  }
  for (std::size_t k = 0; k < n; ++k) {
    if (l.root(k) == k && quantity_delivered[k] < l.requested(k)) in_full_s[k] = -1;
  }
  for (std::size_t k = 0; k < n; ++k) {
    const auto item = l.item_index(l.orders()[k].item);
    if (!item) continue;
    CategoryFigures& c = by_item[*item];
    const response::OrderOutcome& out = l.outcomes()[k];
    const std::int64_t placed_s = l.orders()[l.root(k)].at_s;
    if (l.root(k) == k) {
      asked[*item] = true;
      ++c.orders;
      c.requested += l.requested(k);
      c.orders_never_granted += !granted_any[k];
    }
    if (out.granted_s >= 0) c.granted += l.orders()[k].quantity;
    if (out.loaded_s >= 0 && (c.first_load_h < 0 || hours(out.loaded_s) < c.first_load_h)) c.first_load_h = hours(out.loaded_s);
    if (out.delivered_s >= 0) {
      c.delivered += l.orders()[k].quantity;
      if (c.first_delivery_h < 0 || hours(out.delivered_s) < c.first_delivery_h) c.first_delivery_h = hours(out.delivered_s);
      lead_h[*item].push_back(hours(out.delivered_s - placed_s));
      load_h[*item].push_back(hours(out.loaded_s - placed_s));
    }
  }
  for (const auto& s : l.stockouts()) {
    CategoryFigures& c = by_item[s.item];
    if (c.ran_out_h < 0) c.ran_out_h = hours(s.at_s);
  }
  r.stockouts = static_cast<int>(l.stockouts().size());
  // Orders as placed, per town and for the district: delivered in full, or never given anything.
  std::vector<double> town_lead(w.towns.size(), 0);
  double lead = 0;
  for (std::size_t k = 0; k < n; ++k) {
    if (l.root(k) != k) continue;
    const auto& o = l.orders()[k];
    ++r.district.orders;
    r.district.orders_never_granted += !granted_any[k];
    if (o.town < r.towns.size()) ++r.towns[o.town].orders;
    if (in_full_s[k] < 0) continue;
    const double h = hours(in_full_s[k] - o.at_s);
    ++r.district.orders_delivered;
    lead += h;
    if (o.town < r.towns.size()) ++r.towns[o.town].orders_delivered, town_lead[o.town] += h;
  }
  if (r.district.orders_delivered > 0) r.district.request_to_delivery_mean_h = lead / r.district.orders_delivered;
  for (std::size_t t = 0; t < r.towns.size(); ++t) {
    if (r.towns[t].orders_delivered > 0) r.towns[t].request_to_delivery_mean_h = town_lead[t] / r.towns[t].orders_delivered;
  }
  for (std::size_t i = 0; i < w.items.size(); ++i) {
    if (!asked[i]) continue;
    CategoryFigures& c = by_item[i];
    const world::ItemCategory& item = w.items[i];
    c.id = item.id;
    c.name_zh = item.name_zh;
    c.name_en = item.name_en;
    c.unit = item.unit;
    c.unit_zh = item.unit_zh;
    c.in_stock_at_end = l.in_stock(static_cast<std::uint32_t>(i));
    c.restocked_h = hours(l.restocked_s(static_cast<std::uint32_t>(i)));
    c.waiting_for_stock_at_end = static_cast<std::int64_t>(l.waiting_for_stock(static_cast<std::uint32_t>(i)));
    c.fill_rate = c.requested > 0 ? static_cast<double>(c.delivered) / static_cast<double>(c.requested) : 1.0;
    c.request_to_load_p50_h = percentile(load_h[i], 0.5);
    c.request_to_delivery_p50_h = percentile(lead_h[i], 0.5);
    c.request_to_delivery_p90_h = percentile(lead_h[i], 0.9);
    r.categories.push_back(std::move(c));
  }
}

void level_figures(const response::ResponseModel& m, RunSummary& r) {
  for (const auto& c : m.plans().changes()) {
    if (c.to >= c.from) continue;  // lowered or ended: not a level reached
    r.levels.push_back({c.plan, c.to, hours(c.at_s), c.reason});
  }
}

// The levels declared by command (a trainee's or the director's), each beside the
// level the plan itself had reached then, so a report can set one against the other.
void declared_levels(const response::ResponseModel& m, RunSummary& r) {
  const auto& plans = m.scenario().plans;
  for (const response::TimedCommand& tc : m.commands()) {
    const auto* set = std::get_if<response::SetLevel>(&tc.command);
    if (set == nullptr || tc.by == response::Actor::doctrine || tc.at_s > m.now_s()) continue;
    if (std::find(plans.begin(), plans.end(), set->plan) == plans.end()) continue;  // refused: not in force
    LevelDeclared d;
    d.plan = set->plan;
    d.level = std::clamp(set->level, 1, response::kNoResponse);
    d.at_h = hours(tc.at_s);
    d.by = std::string(response::to_string(tc.by));
    for (const response::LevelChange& c : m.plans().changes()) {
      if (c.at_s > tc.at_s) break;
      if (c.plan == set->plan && c.reason.rfind("declared by", 0) != 0) d.plan_level = c.to;
    }
    r.declared.push_back(std::move(d));
  }
}

// Each figure's time to the record of the log that made it, so every figure can
// explain itself: the first of its kind for the town or item at the figure's time.
void event_records(const response::ResponseModel& m, RunSummary& r) {
  const auto& log = m.log();
  const world::World& w = m.world();
  const auto same = [](double h, std::int64_t at_s) { return h >= 0 && std::abs(h - hours(at_s)) < 1e-9; };
  const auto category = [&](std::int64_t item) -> CategoryFigures* {
    if (item < 0 || item >= static_cast<std::int64_t>(w.items.size())) return nullptr;
    for (auto& c : r.categories) {
      if (c.id == w.items[static_cast<std::size_t>(item)].id) return &c;
    }
    return nullptr;
  };
  r.deadline_events.assign(r.deadlines.size(), -1);
  for (std::size_t i = 0; i < log.size(); ++i) {
    const response::LogEntry& e = log[i];
    const auto id = static_cast<std::int64_t>(i);
    TownFigures* town = e.town >= 0 && e.town < static_cast<std::int64_t>(r.towns.size()) ? &r.towns[static_cast<std::size_t>(e.town)] : nullptr;
    switch (e.kind) {
      case response::LogKind::unit_on_site:
        if (town && town->first_unit_event < 0 && same(town->first_unit_h, e.at_s)) town->first_unit_event = id;
        break;
      case response::LogKind::relief_delivered:
        if (town && town->first_relief_event < 0 && same(town->first_relief_h, e.at_s)) town->first_relief_event = id;
        if (CategoryFigures* c = category(e.item); c && c->first_delivery_event < 0 && same(c->first_delivery_h, e.at_s)) {
          c->first_delivery_event = id;
        }
        break;
      case response::LogKind::stockout:
        if (CategoryFigures* c = category(e.item); c && c->ran_out_event < 0 && same(c->ran_out_h, e.at_s)) c->ran_out_event = id;
        break;
      case response::LogKind::level_change:
        for (auto& l : r.levels) {
          if (l.event < 0 && !e.declared && l.plan == e.plan && l.level == e.to && same(l.at_h, e.at_s)) l.event = id;
        }
        break;
      case response::LogKind::report:
        for (std::size_t d = 0; d < r.deadlines.size(); ++d) {
          if (r.deadline_events[d] < 0 && r.deadlines[d].to_s == e.at_s) r.deadline_events[d] = id;
        }
        break;
      default: break;
    }
  }
}

std::uint64_t fingerprint(const RunSummary& r, std::uint64_t event_hash) {
  Hash h;
  h.bytes(&event_hash, sizeof event_hash);
  const DistrictFigures& d = r.district;
  for (double v : {d.trapped, d.rescued_alive, d.rescued_dead, d.died_waiting, d.still_trapped, d.killed,
                   d.injured_serious, d.treated_in_time, d.treated_late, d.displaced, d.sheltered, d.supplied,
                   d.relief_within_target, d.unmet_person_h, d.unit_hours_worked, d.unit_hours_on_duty,
                   d.spans_restored, d.levee_bags, d.rescued_by_community, d.rescued_alive_within_24h, d.to_hospital, d.evacuated_before_impact, d.caught_at_home, d.sheltered_other_towns}) {
    h.num(v);
  }
  for (const auto& t : r.towns) {
    h.text(t.id);
    for (double v : {t.displaced, t.supplied, t.first_unit_h, t.first_relief_h, t.relief_within_target}) h.num(v);
    for (double v : t.waiting_h) h.num(v);
  }
  for (const auto& c : r.categories) {
    h.text(c.id);
    for (double v : {static_cast<double>(c.delivered), c.first_load_h, c.first_delivery_h, c.ran_out_h}) h.num(v);
  }
  const FreezingFigures& f = r.freezing;
  if (f.applies) {
    for (double v : {f.spans_restored, f.households_off_end, f.households_restored, static_cast<double>(f.outside_crews_arrived),
                     f.generators_placed, f.relieved, f.released, f.reopened_h, f.warm_relief_delivered}) {
      h.num(v);
    }
  }
  for (const auto& l : r.levels) {
    h.text(l.plan);
    h.num(l.level);
    h.num(l.at_h);
  }
  for (const auto& x : r.expected_actions) {
    h.num(x.seq);
    h.num(x.done_h);
    h.text(std::string(to_string(x.status)));
  }
  return h.h;
}

}  // namespace

SeriesPoint sample(const response::ResponseModel& m) {
  SeriesPoint p;
  p.at_h = hours(m.now_s());
  p.still_trapped = m.waiting().trapped;
  p.rescued_alive = m.outcomes().rescued_alive;
  for (const auto& t : m.towns()) {
    p.supplied += t.supplied;
    p.displaced += t.displaced;
  }
  for (const auto& u : m.units()) p.units_on_task += u.task >= 0;
  p.life_saving_worked = static_cast<int>(response::life_saving_sites_at_work(m).size());
  const auto items = static_cast<std::uint32_t>(m.world().items.size());
  p.stock.reserve(items);
  for (std::uint32_t i = 0; i < items; ++i) p.stock.push_back(m.logistics().in_stock(i));
  return p;
}

RunSummary summarise(const response::ResponseModel& m, std::vector<SeriesPoint> series, std::uint64_t event_hash) {
  RunSummary r;
  const world::Scenario& s = m.scenario();
  r.scenario_id = s.id;
  r.scenario_name_zh = s.name_zh;
  r.scenario_name_en = s.name_en;
  r.seed = s.seed;
  r.start_s = s.start_s;
  r.replication = m.replication();
  r.ended_h = hours(m.now_s());
  r.duration_h = s.duration_h;
  r.relief_target_h = plan_target_h(m, "basic_living_relief");
  district_figures(m, r);
  town_figures(m, r);
  category_figures(m, r);
  level_figures(m, r);
  declared_levels(m, r);
  r.deadlines = reporting_deadlines(m);
  r.expected_actions = check_expected_actions(m);
  r.objectives = rate_objectives(r.expected_actions);
  event_records(m, r);
  r.reserve_activated_h = hours(m.logistics().reserve_activated_s());
  r.freezing = freezing_figures(m);
  r.series = std::move(series);
  r.drawn = m.truth().drawn;
  r.fingerprint = fingerprint(r, event_hash);
  return r;
}

RunSummary run_and_summarise(response::ResponseModel& m, std::int64_t until_s) {
  until_s = std::min(until_s, m.end_s());
  Hash events;
  m.set_event_observer([&events](std::int64_t at_s, const response::Event& e) {
    const std::size_t kind = e.index();
    events.bytes(&at_s, sizeof at_s);
    events.bytes(&kind, sizeof kind);
  });
  std::vector<SeriesPoint> series;
  for (std::int64_t t = (m.now_s() + 3599) / 3600 * 3600; t <= until_s; t += 3600) {
    m.advance_until(t);
    series.push_back(sample(m));
  }
  m.advance_until(until_s);
  m.set_event_observer({});
  return summarise(m, std::move(series), events.h);
}

}  // namespace ttx::score
