#include "sim/score/hazard_summary.h"

#include <algorithm>

#include "sim/core/random_streams.h"
#include "sim/core/stream_names.h"
#include "sim/response/known_picture.h"
#include "sim/response/reports.h"

namespace ttx::score {

using hazard::ImpactKind;

namespace {

// The level changes the plans in force make on a known picture up to `until_s`.
std::vector<response::LevelChange> plan_levels(const world::World& w, const world::Scenario& s,
                                               const std::vector<response::PictureAt>& timeline, std::int64_t until_s) {
  response::PlanEngine engine(w, s.plans);
  for (const auto& p : timeline) {
    if (p.at_s > until_s) break;
    engine.update(p.at_s, p.picture);
  }
  return engine.changes();
}

}  // namespace

HazardSnapshot snapshot(const world::World& w, const hazard::HazardResult& r, std::int64_t at_s) {
  HazardSnapshot s;
  const std::size_t n = w.villages.size();
  s.at_s = at_s;
  s.field = r.field_at(at_s);
  s.field.resize(n, 0.0);
  for (auto* v : {&s.displaced, &s.trapped, &s.injured, &s.killed, &s.houses}) v->assign(n, 0.0);
  std::vector<char> closed(w.roads.edges().size(), 0);
  std::vector<double> power(w.towns.size(), 0.0), cold(w.towns.size(), 0.0);
  for (const auto& i : r.impacts) {
    if (i.at_s > at_s) break;
    ++s.impacts;
    switch (i.kind) {
      case ImpactKind::power_cut: power[i.where] = i.amount; break;  // the level now, not a sum
      case ImpactKind::cold_exposure: cold[i.where] = i.amount; break;
      case ImpactKind::displaced: s.displaced[i.where] += i.amount; break;
      case ImpactKind::trapped: s.trapped[i.where] += i.amount; break;
      case ImpactKind::injured: s.injured[i.where] += i.amount; break;
      case ImpactKind::killed: s.killed[i.where] += i.amount; break;
      case ImpactKind::houses_damaged: s.houses[i.where] += i.amount; break;
      case ImpactKind::road_closed: closed[i.where] = 1; break;
      case ImpactKind::road_reopened:
      case ImpactKind::road_slowed: closed[i.where] = 0; break;
      default: break;
    }
  }
  for (std::size_t e = 0; e < closed.size(); ++e) {
    if (closed[e]) s.closed_edges.push_back(static_cast<std::uint32_t>(e));
  }
  for (double x : power) s.users_without_power += x;
  for (double x : cold) s.people_cold += x;
  return s;
}

HazardSummary summarise_hazard(const world::World& w, const world::Scenario& scenario, std::uint64_t replication,
                               std::int64_t at_s) {
  HazardSummary h;
  h.at_s = at_s;
  h.replication = replication;
  h.result = hazard::generate_impacts(w, scenario, replication);
  h.field_name = h.result.field_name;
  h.snapshot = snapshot(w, h.result, at_s);
  const HazardSnapshot& s = h.snapshot;
  h.towns.resize(w.towns.size());
  for (std::size_t t = 0; t < w.towns.size(); ++t) h.towns[t].town = static_cast<std::int64_t>(t);
  for (std::size_t v = 0; v < w.villages.size(); ++v) {
    for (HazardTownRow* row : {&h.towns[w.villages[v].town], &h.district}) {
      row->max_field = std::max(row->max_field, s.field[v]);
      row->displaced += s.displaced[v];
      row->trapped += s.trapped[v];
      row->injured += s.injured[v];
      row->killed += s.killed[v];
      row->houses += s.houses[v];
      row->population += w.villages[v].population;
    }
  }
  h.roads = w.roads.edges().size();
  h.totals = hazard::totals(h.result, at_s);
  for (const auto& i : h.result.impacts) {
    if (i.at_s > at_s) break;
    if (i.kind == ImpactKind::indicator) h.indicators.push_back({i.at_s, static_cast<world::Indicator>(i.where), i.amount});
  }
  h.levels_perfect = plan_levels(w, scenario, response::perfect_information(h.result), at_s);
  core::Rng reports = core::StreamFactory(scenario.seed, replication).stream(core::streams::kReports);
  h.levels_reported = plan_levels(w, scenario, response::reported_picture(w, h.result, reports), at_s);
  return h;
}

}  // namespace ttx::score
