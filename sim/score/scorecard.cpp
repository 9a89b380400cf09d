#include "sim/score/scorecard.h"

#include <algorithm>
#include <cmath>

namespace ttx::score {

Rating rating_of(double score, const world::Scoring& r) {
  if (score >= r.rating_p) return Rating::P;
  if (score > r.rating_s) return Rating::S;
  if (score > r.rating_m) return Rating::M;
  return Rating::U;
}

namespace {

double share(double part, double whole) { return whole > 0 ? part / whole : 1.0; }

// Life safety: the RoboCup Rescue headline, alive × exp(−5 × (1 − mean condition)),
// as a share of the people at risk (trapped or seriously injured).
Part life_safety(const RunSummary& s, const world::Scoring& r) {
  const DistrictFigures& d = s.district;
  Part p;
  p.id = "life_safety";
  const double at_risk = d.trapped + d.injured_serious;
  const double dead = d.rescued_dead + d.died_waiting;
  const double injured_waiting = std::max(0.0, d.injured_serious - d.treated_in_time - d.treated_late);
  const double health = d.rescued_alive * r.health_rescued + d.treated_in_time * r.health_treated_in_time +
                        d.treated_late * r.health_treated_late + (d.still_trapped + injured_waiting) * r.health_waiting;
  p.applies = at_risk > 0;
  if (p.applies) {
    const double alive = at_risk - dead;
    const double headline = alive * std::exp(-5.0 * (1.0 - health / at_risk));
    p.score = 100.0 * headline / at_risk;
  }
  p.figures = {{"rescued_alive_share", share(d.rescued_alive, d.trapped)},
               {"treated_in_time_share", share(d.treated_in_time, d.injured_serious)},
               {"killed_outright", d.killed},
               {"found_dead", d.rescued_dead},
               {"died_waiting", d.died_waiting},
               {"still_trapped", d.still_trapped}};
  return p;
}

// Timeliness: relief within the plan's target, first unit on site, delivery p90.
Part timeliness(const RunSummary& s, const world::Scoring& r) {
  Part p;
  p.id = "timeliness";
  const double target = s.relief_target_h;
  const double relief_share = target >= 0 ? share(s.district.relief_within_target, s.district.displaced) : 1.0;
  // A town counts from its first displacement; a unit already there (for the levee, say) is in time.
  int affected = 0, reached = 0;
  for (const auto& t : s.towns) {
    if (t.displaced <= 0) continue;
    ++affected;
    reached += t.first_unit_h >= 0 && t.first_unit_h - t.first_displaced_h <= r.first_unit_target_h;
  }
  int asked = 0, quick = 0;
  for (const auto& c : s.categories) {
    ++asked;
    quick += target >= 0 && c.request_to_delivery_p90_h >= 0 && c.request_to_delivery_p90_h <= target;
  }
  const double unit_share = share(reached, affected), p90_share = share(quick, asked);
  const double w = r.weight_relief_in_time + r.weight_first_unit + r.weight_delivery_p90;
  p.applies = s.district.displaced > 0 || affected > 0 || asked > 0;
  if (p.applies && w > 0) {
    p.score = 100.0 * (r.weight_relief_in_time * relief_share + r.weight_first_unit * unit_share +
                       r.weight_delivery_p90 * p90_share) / w;
  }
  p.figures = {{"relief_within_target_share", relief_share, 1.0, relief_share >= 1.0 - 1e-9},
               {"relief_target_h", target},
               {"towns_first_unit_within_target_share", unit_share, 1.0, unit_share >= 1.0 - 1e-9},
               {"first_unit_target_h", r.first_unit_target_h},
               {"categories_p90_within_target_share", p90_share, 1.0, p90_share >= 1.0 - 1e-9}};
  return p;
}

// Sufficiency: the mean fill rate of the categories asked for, and the share that never ran out.
Part sufficiency(const RunSummary& s, const world::Scoring& r) {
  Part p;
  p.id = "sufficiency";
  double fill = 0;
  int never_out = 0;
  for (const auto& c : s.categories) {
    fill += c.fill_rate;
    never_out += c.ran_out_h < 0;
  }
  const auto n = static_cast<double>(s.categories.size());
  const double fill_rate = n > 0 ? fill / n : 1.0, no_stockout = n > 0 ? never_out / n : 1.0;
  const double w = r.weight_fill_rate + r.weight_no_stockout;
  p.applies = n > 0;
  if (p.applies && w > 0) p.score = 100.0 * (r.weight_fill_rate * fill_rate + r.weight_no_stockout * no_stockout) / w;
  p.figures = {{"mean_fill_rate", fill_rate, 1.0, fill_rate >= 1.0 - 1e-9},
               {"categories_never_out_share", no_stockout, 1.0, no_stockout >= 1.0 - 1e-9},
               {"orders_short_of_stock", static_cast<double>(s.stockouts), 0, s.stockouts == 0},
               {"reserve_activated_h", s.reserve_activated_h}};
  for (const auto& c : s.categories) {
    if (c.ran_out_h >= 0) p.figures.push_back({"ran_out_h:" + c.id, c.ran_out_h, -1, false, c.name_zh, c.name_en});
  }
  return p;
}

// Compliance: the plans' reporting deadlines met.
Part compliance(const RunSummary& s, const world::Scoring&) {
  Part p;
  p.id = "compliance";
  int judged = 0, met = 0;
  for (const auto& d : s.deadlines) {
    if (d.status == DeadlineStatus::pending) continue;
    ++judged;
    met += d.status == DeadlineStatus::met;
    p.figures.push_back({"deadline:" + d.target, d.hours(), d.limit_h, d.status == DeadlineStatus::met});
  }
  p.applies = judged > 0;
  if (p.applies) p.score = 100.0 * met / judged;
  return p;
}

// Efficiency: unit utilisation (hours working / hours on duty) against the share that scores 100.
Part efficiency(const RunSummary& s, const world::Scoring& r) {
  Part p;
  p.id = "efficiency";
  const DistrictFigures& d = s.district;
  const double utilisation = share(d.unit_hours_worked, d.unit_hours_on_duty);
  const double travel = share(d.unit_hours_travelling, d.unit_hours_travelling + d.unit_hours_worked);
  p.applies = d.unit_hours_on_duty > 0;
  if (p.applies) p.score = 100.0 * std::min(1.0, utilisation / r.utilisation_for_full_score);
  p.figures = {{"utilisation", utilisation, r.utilisation_for_full_score, utilisation >= r.utilisation_for_full_score},
               {"travel_share", travel},
               {"units_mobilised", static_cast<double>(d.units_mobilised)},
               {"unit_hours_on_duty", d.unit_hours_on_duty},
               {"unit_hours_worked", d.unit_hours_worked}};
  return p;
}

}  // namespace

Scorecard score(const RunSummary& s, const world::Scoring& r) {
  Scorecard c{life_safety(s, r), timeliness(s, r), sufficiency(s, r), compliance(s, r), efficiency(s, r)};
  const double weights[] = {r.weight_life_safety, r.weight_timeliness, r.weight_sufficiency, r.weight_compliance,
                            r.weight_efficiency};
  double sum = 0, total = 0;
  const auto parts = c.parts();
  for (std::size_t k = 0; k < parts.size(); ++k) {
    Part& part = *parts[k];
    part.rating = rating_of(part.score, r);
    if (!part.applies) continue;
    sum += weights[k] * part.score;
    total += weights[k];
  }
  c.overall = total > 0 ? sum / total : 100.0;
  c.rating = rating_of(c.overall, r);
  return c;
}

}  // namespace ttx::score
