#include "sim/score/side_by_side.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace ttx::score {

namespace {

double hours(std::int64_t s) { return s < 0 ? -1 : static_cast<double>(s) / 3600.0; }

/// When the first command of a kind was given (by anyone: doctrine or trainee), -1 never.
template <class C, class Pred>
double first_command_h(const response::ResponseModel& m, Pred pred) {
  for (const auto& c : m.commands()) {
    if (const auto* x = std::get_if<C>(&c.command); x != nullptr && pred(*x)) return hours(c.at_s);
  }
  return -1;
}

double relief_cause_h(const response::ResponseModel& m, const std::string& town) {
  const double released = first_command_h<response::ReleaseStock>(m, [](const auto& c) { return c.relief; });
  const double ordered = first_command_h<response::OrderRelief>(m, [&](const auto& c) { return c.town == town; });
  if (released < 0) return ordered;
  return ordered < 0 ? released : std::min(released, ordered);
}

double first_declared_h(const RunSummary& s, const std::string& plan) {
  for (const auto& d : s.declared) {
    if (d.plan == plan && d.level <= 4) return d.at_h;
  }
  return -1;
}

bool differs(double a, double b) { return (a < 0) != (b < 0) || (a >= 0 && std::fabs(a - b) > kGapH); }

auto key_of(const KeyEvent& e) { return std::tuple(e.kind, e.town, e.item, e.aid, e.plan, e.level_to); }

}  // namespace

std::vector<KeyEventDiff> key_event_diff(const std::vector<KeyEvent>& trainee, const std::vector<KeyEvent>& plan) {
  std::vector<KeyEventDiff> out;
  std::vector<bool> matched(plan.size(), false);
  for (const auto& t : trainee) {
    if (t.kind == KeyEventKind::inject) continue;  // the same for both
    KeyEventDiff d;
    d.event = t;
    d.trainee_h = t.at_h;
    for (std::size_t k = 0; k < plan.size(); ++k) {
      if (matched[k] || key_of(plan[k]) != key_of(t)) continue;
      matched[k] = true;
      d.plan_h = plan[k].at_h;
      break;
    }
    if (differs(d.trainee_h, d.plan_h)) out.push_back(d);
  }
  for (std::size_t k = 0; k < plan.size(); ++k) {
    if (matched[k] || plan[k].kind == KeyEventKind::inject) continue;
    KeyEventDiff d;
    d.event = plan[k];
    d.plan_h = plan[k].at_h;
    out.push_back(d);
  }
  std::stable_sort(out.begin(), out.end(), [](const KeyEventDiff& a, const KeyEventDiff& b) {
    const double x = a.trainee_h >= 0 ? a.trainee_h : a.plan_h, y = b.trainee_h >= 0 ? b.trainee_h : b.plan_h;
    return x < y;
  });
  return out;
}

SideBySide side_by_side(const response::ResponseModel& trainee, const Scorecard& tc, const RunSummary& ts,
                        const response::ResponseModel& plan, const Scorecard& pc, const RunSummary& ps, int hints) {
  SideBySide out;
  out.hints = hints;
  out.until_h = ts.ended_h;
  const auto tp = tc.parts();
  const auto pp = pc.parts();
  for (std::size_t k = 0; k < tp.size(); ++k) {
    out.parts.push_back({tp[k]->id, tp[k]->score, pp[k]->score, tp[k]->rating, pp[k]->rating});
  }
  out.trainee_overall = tc.overall;
  out.plan_overall = pc.overall;
  out.trainee_rating = tc.rating;
  out.plan_rating = pc.rating;

  const double mobilised_t = first_command_h<response::Mobilise>(trainee, [](const auto&) { return true; });
  const double mobilised_p = first_command_h<response::Mobilise>(plan, [](const auto&) { return true; });
  for (std::size_t t = 0; t < ts.towns.size() && t < ps.towns.size(); ++t) {
    const TownFigures& a = ts.towns[t];
    const TownFigures& b = ps.towns[t];
    if (differs(a.first_relief_h, b.first_relief_h)) {
      Gap g{GapKind::first_relief, static_cast<std::int64_t>(t), "", a.first_relief_h, b.first_relief_h,
            relief_cause_h(trainee, a.id), relief_cause_h(plan, b.id)};
      out.gaps.push_back(g);
    }
    if (differs(a.first_unit_h, b.first_unit_h)) {
      out.gaps.push_back({GapKind::first_unit, static_cast<std::int64_t>(t), "", a.first_unit_h, b.first_unit_h,
                          mobilised_t, mobilised_p});
    }
  }
  for (const auto& p : trainee.scenario().plans) {
    double plan_h = -1;
    for (const auto& l : ps.levels) {
      if (l.plan == p) {
        plan_h = l.at_h;
        break;
      }
    }
    const double declared_h = first_declared_h(ts, p);
    if (differs(declared_h, plan_h)) {
      Gap g;
      g.kind = GapKind::level;
      g.plan = p;
      g.trainee_h = g.trainee_cause_h = declared_h;
      g.plan_h = g.plan_cause_h = plan_h;
      out.gaps.push_back(g);
    }
  }
  const double city_t = hours(trainee.reporting_times().city_report_s), city_p = hours(plan.reporting_times().city_report_s);
  if (differs(city_t, city_p)) out.gaps.push_back({GapKind::report_city, -1, "", city_t, city_p, city_t, city_p});
  // Largest gaps first; a thing never done by one side counts as the largest.
  auto size = [](const Gap& g) { return g.trainee_h < 0 || g.plan_h < 0 ? 1e9 : std::fabs(g.late_h()); };
  std::stable_sort(out.gaps.begin(), out.gaps.end(), [&](const Gap& a, const Gap& b) { return size(a) > size(b); });
  out.events = key_event_diff(key_events(trainee), key_events(plan));
  return out;
}

}  // namespace ttx::score
