// Power restoration after freezing rain: the grid's crews (the district's own and,
// on request, outside mutual-aid crews scaled to the damage) restore the spans
// down; each town's spans go first to the feeders of its critical sites (hospitals,
// then water works, then shelters: doctrine.yaml freezing), then to the households.
// Critical sites without power get a generator from the warehouse until the grid is back.
#include <algorithm>
#include <cmath>
#include <variant>

#include "sim/response/response_model.h"

namespace ttx::response {

using core::Duration;
using core::SimTime;

void ResponseModel::init_freezing() {
  freezing_.crews.assign(w_.sector_crews.size(), {});
  const auto* p = std::get_if<world::FreezingParams>(&scenario_.hazard);
  if (p == nullptr) return;
  FreezingState& f = freezing_;
  const world::Doctrine::Freezing& d = w_.doctrine.freezing;
  f.active = true;
  const std::size_t n = w_.towns.size();
  for (auto* v : {&f.users_off, &f.spans_down, &f.spans_restored, &f.households_restored, &f.known_cut, &f.cold_truth,
                  &f.cold_known, &f.cold_covered}) {
    v->assign(n, 0.0);
  }
  if (const auto g = logistics_.item_index(d.generator_item)) f.generator_item = *g;
  for (std::uint32_t t = 0; t < n; ++t) {
    const std::string& id = w_.towns[t].id;
    for (std::size_t h = 0; h < w_.hospitals.size(); ++h) {
      if (w_.hospitals[h].town == id) f.sites.push_back({t, SiteKind::hospital, static_cast<std::int64_t>(h)});
    }
    for (int k = 0; k < static_cast<int>(d.water_works_per_town); ++k) f.sites.push_back({t, SiteKind::water_works, k});
    for (std::size_t s = 0; s < w_.shelters.size(); ++s) {
      if (w_.shelters[s].town == id) f.sites.push_back({t, SiteKind::shelter, static_cast<std::int64_t>(s)});
    }
  }
  const auto& edges = w_.roads.edges();
  for (std::uint32_t e = 0; e < edges.size(); ++e) {
    if (edges[e].cls != world::RoadClass::expressway) continue;
    f.expressway_edges.push_back(e);
    f.expressway_km += edges[e].length_km;
  }
  if (const auto town = w_.town_index(d.service_area_town)) {
    f.service_town = *town;
    f.service_node = roads_.find(w_.towns[*town].id);
  }
  // De-icing can hold only once the freezing rain has stopped.
  for (std::size_t h = 0; h < p->freezing_rain_mm_h.size(); ++h) {
    const double temp = p->temp_c.empty() ? 0.0 : p->temp_c[std::min(h, p->temp_c.size() - 1)];
    if (p->freezing_rain_mm_h[h] > 0 && temp <= 0) f.storm_end_s = static_cast<std::int64_t>(h + 1) * 3600;
  }
  if (end_s_ > 3600) sim_.schedule_at(SimTime::at_seconds(3600), FreezingLook{1});
}

void ResponseModel::handle(const FreezingLook& e) {
  restore_power();
  if (options_.doctrine) {
    // The plan's asks are topped up every 6 h as the known damage grows; generators follow the equipment release.
    for (std::size_t k = 0; k < freezing_.crews.size() && e.hour % 6 == 0; ++k) {
      const RequestCrews ask{w_.sector_crews[k].id};
      if (freezing_.crews[k].plan_asked && check(ask).refusal == Refusal::none) apply(Actor::doctrine, ask);
    }
    // Generators: every town's hospitals first, then water works, then shelters.
    for (int kinds = 1; kinds <= 3; ++kinds) {
      for (std::uint32_t t = 0; t < towns_.size(); ++t) {
        if (const SendGenerators g{w_.towns[t].id, kinds}; check(g).refusal == Refusal::none) apply(Actor::doctrine, g);
      }
    }
    for (std::uint32_t t = 0; t < towns_.size(); ++t) {
      if (const WarmRelief r{w_.towns[t].id}; relief_released_ && check(r).refusal == Refusal::none) apply(Actor::doctrine, r);
    }
    if (relief_released_) order_traveller_relief();
  }
  start_deicing();
  const auto next = static_cast<std::int64_t>(e.hour + 1) * 3600;
  if (next < end_s_) sim_.schedule_at(SimTime::at_seconds(next), FreezingLook{e.hour + 1});
}

// Spans restored per town (work done up to now, also on tasks still open), and what they give back.
void ResponseModel::restore_power() {
  FreezingState& f = freezing_;
  const double per_span = w_.hazard_models.freezing.users_per_span;
  const double feeder = w_.doctrine.freezing.critical_feeder_spans;
  std::fill(f.spans_restored.begin(), f.spans_restored.end(), 0.0);
  for (const auto& t : tasks_) {
    if (static_cast<std::int64_t>(t.skill) != skill_ids_.power_line) continue;
    double done = t.total - t.remaining;
    if (t.open() && t.rate > 0) done += std::min(t.remaining, t.rate * static_cast<double>(now_s() - t.last_s) / 3600.0);
    f.spans_restored[t.town] += done;
  }
  std::vector<int> rank(towns_.size(), 0);
  for (std::size_t s = 0; s < f.sites.size(); ++s) {
    PowerSite& site = f.sites[s];
    const std::uint32_t t = site.town;
    const int k = rank[t]++;
    if (site.off_s < 0 || site.restored_s >= 0) continue;
    const bool all_back = f.spans_restored[t] >= f.spans_down[t] - 1e-6;
    if (!all_back && f.spans_restored[t] < feeder * (k + 1)) continue;
    site.restored_s = now_s();
    if (site.generator) {
      site.generator = false;
      site.generator_s = -1;
      logistics_.give_back(static_cast<std::uint32_t>(f.generator_item), 1);
    }
    LogEntry& n = note(LogKind::power_site, t);
    n.site = static_cast<std::int64_t>(site.kind);
    n.place = site.index;
  }
  PowerAt point{now_s(), 0, 0};
  for (std::uint32_t t = 0; t < towns_.size(); ++t) {
    const double for_homes = std::max(0.0, f.spans_restored[t] - feeder * rank[t]);
    const double still_off = std::min(f.users_off[t], per_span * std::max(0.0, f.spans_down[t] - for_homes));
    f.households_restored[t] = f.users_off[t] - still_off;
    point.households_off += still_off;
    point.households_restored += f.households_restored[t];
    point.spans_restored += f.spans_restored[t];
  }
  f.curve.push_back(point);
}

double ResponseModel::known_spans_down() const {
  double spans = 0;
  for (const auto& t : tasks_) {
    if (static_cast<std::int64_t>(t.skill) == skill_ids_.power_line && t.known_s >= 0) spans += t.total;
  }
  return spans;
}

int ResponseModel::crews_wanted(std::size_t k) const {
  const world::SectorCrew& c = w_.sector_crews[k];
  if (!c.on_request() || !(c.spans_per_crew > 0)) return 0;
  return std::min(c.crews, static_cast<int>(std::ceil(known_spans_down() / c.spans_per_crew - 1e-9)));
}

void ResponseModel::request_crews(std::size_t k) {
  CrewRequest& r = freezing_.crews[k];
  const int more = crews_wanted(k) - r.requested;
  if (more <= 0) return;
  r.requested += more;
  if (r.first_request_s < 0) r.first_request_s = now_s();
  const world::SectorCrew& c = w_.sector_crews[k];
  LogEntry& e = note(LogKind::crews);
  e.crew = static_cast<std::int64_t>(k);
  e.count = more;
  e.people = more * c.people_per_crew;
  e.hours = c.on_request_delay_h;
  freezing_.crew_trips.emplace_back(static_cast<std::uint32_t>(k), more);
  sim_.schedule_in(Duration::from_hours(c.on_request_delay_h), CrewsArrive{freezing_.crew_trips.size() - 1});
}

// Crews of one request reach the district: the next `count` outside units of that kind.
void ResponseModel::handle(const CrewsArrive& e) {
  const std::size_t k = freezing_.crew_trips[e.crew].first;
  int count = freezing_.crew_trips[e.crew].second;
  CrewRequest& r = freezing_.crews[k];
  Mobilise m;
  for (std::uint32_t u = 0; u < units_.size() && count > 0; ++u) {
    Unit& unit = units_[u];
    if (!unit.outside || unit.arrived || unit.group != w_.sector_crews[k].id) continue;
    unit.arrived = true;
    m.units.push_back(unit.id);
    --count;
  }
  r.arrived += static_cast<int>(m.units.size());
  if (r.first_arrival_s < 0) r.first_arrival_s = now_s();
  LogEntry& n = note(LogKind::crews);
  n.crew = static_cast<std::int64_t>(k);
  n.count = static_cast<double>(m.units.size());
  n.people = static_cast<double>(m.units.size()) * w_.sector_crews[k].people_per_crew;
  n.arrived = true;
  // They come to work: by the book they go straight out (a trainee mobilises them).
  if (options_.doctrine && !m.units.empty()) apply(Actor::doctrine, m);
}

namespace {

bool wants_generator(const PowerSite& s, std::uint32_t town, int kinds) {
  return s.town == town && static_cast<int>(s.kind) < kinds && s.off_s >= 0 && s.restored_s < 0 && !s.generator;
}

}  // namespace

int ResponseModel::sites_needing_generator(std::uint32_t town, int kinds) const {
  int n = 0;
  for (const auto& s : freezing_.sites) n += wants_generator(s, town, kinds);
  return n;
}

void ResponseModel::send_generators(std::uint32_t town, int kinds) {
  FreezingState& f = freezing_;
  for (std::size_t s = 0; s < f.sites.size(); ++s) {
    PowerSite& site = f.sites[s];
    if (!wants_generator(site, town, kinds)) continue;
    if (logistics_.issue(static_cast<std::uint32_t>(f.generator_item), 1) < 1) break;
    site.generator = true;
    site.generator_s = now_s();
    if (site.first_generator_s < 0) site.first_generator_s = now_s();
    f.generators_placed += 1;
    LogEntry& n = note(LogKind::power_site, town);
    n.site = static_cast<std::int64_t>(site.kind);
    n.place = site.index;
    n.arrived = true;
  }
}

}  // namespace ttx::response
