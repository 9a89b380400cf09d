#include "sim/hazard/generate.h"

#include <stdexcept>
#include <variant>

#include "sim/core/random_streams.h"
#include "sim/core/stream_names.h"
#include "sim/hazard/draw_spread.h"
#include "sim/hazard/earthquake.h"
#include "sim/hazard/flood.h"
#include "sim/hazard/freezing_rain.h"
#include "sim/hazard/incidents.h"

namespace ttx::hazard {

HazardResult generate_impacts(const world::World& w, const world::Scenario& s, std::uint64_t replication) {
  if (!w.hazard_models.loaded && !std::holds_alternative<world::IncidentParams>(s.hazard)) {
    throw std::invalid_argument("the district has no hazard_models.yaml: the hazard models have no coefficients");
  }
  core::Rng rng = core::StreamFactory(s.seed, replication).stream(core::streams::kHazard);
  struct Visit {
    const world::World& w;
    const world::Scenario& s;
    core::Rng& rng;
    HazardResult operator()(const std::monostate&) const { return {}; }
    HazardResult operator()(const world::EarthquakeParams& p) const { return earthquake_impacts(w, p, rng); }
    HazardResult operator()(const world::FloodParams& p) const { return flood_impacts(w, p, s.duration_h, rng); }
    HazardResult operator()(const world::FreezingParams& p) const { return freezing_rain_impacts(w, p, s.duration_h, rng); }
    HazardResult operator()(const world::IncidentParams& p) const { return incident_impacts(w, p, s.duration_h, rng); }
  };
  world::HazardParams params = s.hazard;
  std::vector<DrawnValue> drawn = apply_spread(params, s.hazard_spread, rng, replication);
  HazardResult r = std::visit(Visit{w, s, rng}, params);
  r.drawn = std::move(drawn);
  return r;
}

std::uint64_t fingerprint(const HazardResult& r) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  auto mix = [&h](const void* data, std::size_t n) {
    const auto* p = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < n; ++i) h = (h ^ p[i]) * 0x100000001b3ULL;
  };
  for (const auto& i : r.impacts) {
    mix(&i.at_s, sizeof i.at_s);
    mix(&i.kind, sizeof i.kind);
    mix(&i.detail, sizeof i.detail);
    mix(&i.where, sizeof i.where);
    mix(&i.amount, sizeof i.amount);
  }
  for (const auto& row : r.field) mix(row.data(), row.size() * sizeof(double));
  return h;
}

ImpactTotals totals(const HazardResult& r, std::int64_t until_s) {
  ImpactTotals t;
  for (const auto& i : r.impacts) {
    if (i.at_s > until_s) break;
    switch (i.kind) {
      case ImpactKind::displaced: t.displaced += i.amount; break;
      case ImpactKind::trapped:
        t.trapped += i.amount;
        if (i.detail == 2) t.trapped_by_water += i.amount;
        break;
      case ImpactKind::injured: t.injured += i.amount; break;
      case ImpactKind::killed: t.killed += i.amount; break;
      case ImpactKind::houses_damaged: t.houses_damaged += i.amount; break;
      case ImpactKind::road_closed: t.roads_closed += 1; break;
      case ImpactKind::line_down: t.lines_down += i.amount; break;
      case ImpactKind::stranded: t.stranded += i.amount; break;
      case ImpactKind::structure_collapse: t.structures += i.amount; break;
      case ImpactKind::bridge_damaged: t.bridges += i.amount; break;
      case ImpactKind::gas_leak: t.gas_leaks += i.amount; break;
      case ImpactKind::levee_work: t.levee_bags += i.amount; break;
      case ImpactKind::pumping_work: t.pumping_m3 += i.amount; break;
      default: break;
    }
  }
  return t;
}

}  // namespace ttx::hazard
