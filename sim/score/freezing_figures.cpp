#include "sim/score/freezing_figures.h"

#include <algorithm>
#include <set>

namespace ttx::score {

namespace {

double hours(std::int64_t s) { return s < 0 ? -1.0 : static_cast<double>(s) / 3600.0; }

// Units of an order set (by root) delivered: (ordered, delivered).
std::pair<double, double> items_of(const response::Logistics& l, const std::vector<std::uint64_t>& roots) {
  const std::set<std::uint64_t> wanted(roots.begin(), roots.end());
  double ordered = 0, delivered = 0;
  for (std::uint64_t k = 0; k < l.orders().size(); ++k) {
    if (!wanted.count(l.root(k))) continue;
    const auto q = static_cast<double>(l.orders()[k].quantity);
    if (wanted.count(k)) ordered += static_cast<double>(l.requested(k));
    if (l.outcomes()[k].delivered_s >= 0) delivered += q;
  }
  return {ordered, delivered};
}

const char* kind_name(response::SiteKind k) {
  switch (k) {
    case response::SiteKind::hospital: return "hospital";
    case response::SiteKind::water_works: return "water_works";
    case response::SiteKind::shelter: return "shelter";
  }
  return "?";
}

}  // namespace

FreezingFigures freezing_figures(const response::ResponseModel& m) {
  FreezingFigures r;
  const response::FreezingState& f = m.freezing();
  if (!f.active) return r;
  const world::World& w = m.world();
  r.applies = true;
  for (const double s : f.spans_down) r.spans_down += s;
  for (const auto& p : f.curve) r.households_off_peak = std::max(r.households_off_peak, p.households_off);
  if (!f.curve.empty()) {
    const auto& last = f.curve.back();
    r.households_off_end = last.households_off;
    r.households_restored = last.households_restored;
    r.spans_restored = last.spans_restored;
    std::size_t peak = 0;
    for (std::size_t k = 0; k < f.curve.size(); ++k) {
      if (f.curve[k].households_off >= r.households_off_peak) peak = k;
    }
    for (std::size_t k = peak; k < f.curve.size() && r.households_off_peak > 0; ++k) {
      const double off = f.curve[k].households_off;
      if (r.households_half_back_h < 0 && off <= 0.5 * r.households_off_peak) r.households_half_back_h = hours(f.curve[k].at_s);
      if (r.households_90_back_h < 0 && off <= 0.1 * r.households_off_peak) r.households_90_back_h = hours(f.curve[k].at_s);
    }
    if (f.curve.size() > 24) {
      const double day = last.spans_restored - f.curve[f.curve.size() - 25].spans_restored;
      const double left = r.spans_down - last.spans_restored;
      if (day > 1e-9) r.days_left_at_end_pace = left / day;
      else if (left <= 1e-6) r.days_left_at_end_pace = 0;
    }
  }
  for (const auto& u : m.units()) {
    const bool repairs = std::any_of(u.skills.begin(), u.skills.end(), [&](const response::UnitSkill& s) {
      return w.skills[s.skill].id == "power_line_repair";
    });
    if (repairs && !u.outside) ++r.own_crews;
  }
  for (std::size_t k = 0; k < f.crews.size(); ++k) {
    const response::CrewRequest& c = f.crews[k];
    r.outside_crews_requested += c.requested;
    r.outside_crews_arrived += c.arrived;
    r.outside_people_arrived += c.arrived * w.sector_crews[k].people_per_crew;
    if (c.first_request_s >= 0 && (r.outside_requested_h < 0 || hours(c.first_request_s) < r.outside_requested_h)) r.outside_requested_h = hours(c.first_request_s);
    if (c.first_arrival_s >= 0 && (r.outside_arrived_h < 0 || hours(c.first_arrival_s) < r.outside_arrived_h)) r.outside_arrived_h = hours(c.first_arrival_s);
  }
  r.generators_placed = f.generators_placed;
  for (const auto& s : f.sites) {
    if (s.off_s < 0) continue;
    CriticalSiteFigures c;
    c.kind = kind_name(s.kind);
    c.town = w.towns[s.town].id;
    const auto i = static_cast<std::size_t>(s.index);
    if (s.kind == response::SiteKind::hospital) c.name_zh = w.hospitals[i].name_zh, c.name_en = w.hospitals[i].name_en;
    if (s.kind == response::SiteKind::shelter) c.name_zh = w.shelters[i].name_zh, c.name_en = w.shelters[i].name_en;
    if (s.kind == response::SiteKind::water_works) {
      c.name_zh = w.towns[s.town].name_zh + "水厂（增压站）", c.name_en = w.towns[s.town].name_en + " water works";
    }
    c.off_h = hours(s.off_s);
    c.restored_h = hours(s.restored_s);
    c.generator_h = hours(s.first_generator_s);
    r.critical_sites_off += s.restored_s < 0;
    r.critical_sites_restored += s.restored_s >= 0;
    r.critical_sites_on_generator += s.generator;
    if (s.kind == response::SiteKind::hospital && s.restored_s >= 0 &&
        (r.first_hospital_back_h < 0 || c.restored_h < r.first_hospital_back_h)) {
      r.first_hospital_back_h = c.restored_h;
    }
    r.sites.push_back(std::move(c));
  }
  // Travellers
  r.stranded = f.stranded;
  r.released = f.released;
  r.released_without_relief = f.released_without_relief;
  for (const auto t : f.relief_tasks) {
    const response::Task& task = m.tasks()[t];
    r.relieved += task.total - task.remaining;
  }
  r.relieved -= f.released_without_relief;  // closed at the release without being served
  r.still_stranded = f.stranded - f.released;
  r.first_stranded_h = hours(f.first_stranded_s);
  r.reopened_h = hours(f.reopened_s);
  r.reopened_by_deicing = f.reopened_by_deicing;
  if (f.deicing_task >= 0) {
    const response::Task& d = m.tasks()[static_cast<std::size_t>(f.deicing_task)];
    r.deicing_km = d.total;
    r.deicing_km_done = f.deicing_km_done >= 0 ? f.deicing_km_done : d.total - d.remaining;
  }
  std::tie(r.traveller_items_ordered, r.traveller_items_delivered) = items_of(m.logistics(), f.traveller_orders);
  // Cold homes
  r.cold_peak = f.cold_peak;
  for (const double c : f.cold_known) r.cold_reported_end += c;
  r.cold_needing_relief = f.cold_needing_relief;
  std::tie(r.warm_relief_ordered, r.warm_relief_delivered) = items_of(m.logistics(), f.warm_orders);
  return r;
}

}  // namespace ttx::score
