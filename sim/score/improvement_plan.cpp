#include "sim/score/improvement_plan.h"

#include <algorithm>
#include <cmath>

namespace ttx::score {

namespace {

void towns_relief(const RunSummary& s, Finding& f) {
  for (std::size_t t = 0; t < s.towns.size(); ++t) {
    const TownFigures& town = s.towns[t];
    if (town.displaced <= 0 || town.relief_within_target_share >= 1.0 - 1e-9) continue;
    Evidence e{EvidenceKind::town_relief};
    e.town = static_cast<std::ptrdiff_t>(t);
    e.value = std::max(0.0, town.relief_within_target_share);
    e.target = s.relief_target_h;
    e.hours = town.first_relief_after_displacement_h;
    e.at_h = town.first_relief_h;
    e.event = town.first_relief_event;
    f.evidence.push_back(e);
  }
}

void towns_first_unit(const RunSummary& s, const world::Scoring& r, Finding& f) {
  for (std::size_t t = 0; t < s.towns.size(); ++t) {
    const TownFigures& town = s.towns[t];
    if (town.displaced <= 0) continue;
    const double after = town.first_unit_h < 0 ? -1 : std::max(0.0, town.first_unit_h - town.first_displaced_h);
    if (after >= 0 && after <= r.first_unit_target_h) continue;
    Evidence e{EvidenceKind::town_first_unit};
    e.town = static_cast<std::ptrdiff_t>(t);
    e.hours = after;
    e.target = r.first_unit_target_h;
    e.at_h = town.first_unit_h;
    e.from_h = town.first_displaced_h;
    e.event = town.first_unit_event;
    f.evidence.push_back(e);
  }
}

void categories(const RunSummary& s, EvidenceKind kind, Finding& f) {
  for (std::size_t k = 0; k < s.categories.size(); ++k) {
    const CategoryFigures& c = s.categories[k];
    Evidence e{kind};
    e.category = static_cast<std::ptrdiff_t>(k);
    if (kind == EvidenceKind::category_p90) {
      const double p90 = c.request_to_delivery_p90_h;
      if (s.relief_target_h >= 0 && p90 >= 0 && p90 <= s.relief_target_h) continue;
      e.hours = p90;
      e.target = s.relief_target_h;
    } else if (kind == EvidenceKind::category_fill) {
      if (c.fill_rate >= 1.0 - 1e-9) continue;
      e.value = c.fill_rate;
      e.target = 1;
    } else {
      if (c.ran_out_h < 0) continue;
      e.at_h = c.ran_out_h;
    }
    // A category short or late: its stockout if it ran out, else its first delivery.
    e.event = c.ran_out_event >= 0 ? c.ran_out_event : c.first_delivery_event;
    f.evidence.push_back(e);
  }
  if (kind == EvidenceKind::category_ran_out) {
    std::stable_sort(f.evidence.begin(), f.evidence.end(), [](const Evidence& a, const Evidence& b) { return a.at_h < b.at_h; });
  }
}

void deadline(const RunSummary& s, const std::string& target, Finding& f) {
  for (std::size_t k = 0; k < s.deadlines.size(); ++k) {
    const DeadlineCheck& d = s.deadlines[k];
    if (d.target != target || d.status != DeadlineStatus::missed) continue;
    Evidence e{EvidenceKind::deadline};
    e.deadline = static_cast<std::ptrdiff_t>(k);
    e.from_h = static_cast<double>(d.from_s) / 3600.0;
    e.due_h = e.from_h + d.limit_h;
    e.at_h = d.to_s < 0 ? -1 : static_cast<double>(d.to_s) / 3600.0;
    e.hours = d.hours();
    e.target = d.limit_h;
    if (k < s.deadline_events.size()) e.event = s.deadline_events[k];
    f.evidence.push_back(e);
    f.shortfall = (d.to_s < 0 ? s.ended_h : e.at_h) - e.due_h;
  }
}

}  // namespace

std::vector<Finding> improvement_plan(const RunSummary& s, const Scorecard& card, const world::Scoring& rules) {
  std::vector<Finding> out;
  const auto parts = card.parts();
  for (std::size_t p = 0; p < parts.size(); ++p) {
    for (const Figure& fig : parts[p]->figures) {
      if (fig.met) continue;
      Finding f;
      f.part = p;
      f.figure = fig.id;
      f.value = fig.value;
      f.target = fig.target;
      f.owner = rules.owners[p];
      f.shortfall = fig.target >= 0 ? std::abs(fig.target - fig.value) : fig.value;
      if (fig.id == "relief_within_target_share") {
        towns_relief(s, f);
      } else if (fig.id == "towns_first_unit_within_target_share") {
        towns_first_unit(s, rules, f);
      } else if (fig.id == "categories_p90_within_target_share") {
        categories(s, EvidenceKind::category_p90, f);
      } else if (fig.id == "mean_fill_rate") {
        categories(s, EvidenceKind::category_fill, f);
      } else if (fig.id == "categories_never_out_share" || fig.id == "orders_short_of_stock") {
        categories(s, EvidenceKind::category_ran_out, f);
      } else if (fig.id.rfind("ran_out_h:", 0) == 0) {
        const std::string id = fig.id.substr(10);
        for (std::size_t k = 0; k < s.categories.size(); ++k) {
          if (s.categories[k].id != id) continue;
          Evidence e{EvidenceKind::category_ran_out};
          e.category = static_cast<std::ptrdiff_t>(k);
          e.at_h = s.categories[k].ran_out_h;
          e.event = s.categories[k].ran_out_event;
          f.evidence.push_back(e);
        }
      } else if (fig.id.rfind("deadline:", 0) == 0) {
        deadline(s, fig.id.substr(9), f);
      } else if (fig.id == "utilisation") {
        Evidence e{EvidenceKind::utilisation};
        e.value = s.district.unit_hours_worked;
        e.target = s.district.unit_hours_on_duty;
        f.evidence.push_back(e);
      }
      out.push_back(std::move(f));
    }
  }
  return out;
}

}  // namespace ttx::score
