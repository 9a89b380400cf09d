// Figures each in its accepted range that still cannot be true of the district:
// a village in Paris, a village with more people than its whole town.
#include <cstdio>

#include "sim/io/input_limits.h"
#include "sim/io/load_context.h"
#include "sim/io/message_text.h"

namespace ttx::io {

namespace {

void check_positions(LoadContext& ctx) {
  const world::DistrictInfo& d = ctx.world.district;
  if (!(d.lat_min < d.lat_max && d.lon_min < d.lon_max) || !readable(ctx, "district.yaml")) return;
  const double m = limits::kExtentMarginDeg;
  char extent[160];
  std::snprintf(extent, sizeof extent, "the district's extent (%.4g to %.4g N, %.4g to %.4g E) widened by %.2g°",
                d.lat_min, d.lat_max, d.lon_min, d.lon_max, m);
  for (const auto& p : ctx.places) {
    if (!readable(ctx, p.at.file)) continue;  // a value that failed to read is not a position
    if (p.lat < d.lat_min - m || p.lat > d.lat_max + m || p.lon < d.lon_min - m || p.lon > d.lon_max + m) {
      ctx.diags.add(p.at.file, p.at.line, p.at.column, p.at.field,
                    "position " + number_text(p.lat) + " N, " + number_text(p.lon) + " E lies outside " + extent);
    }
  }
}

void check_village_populations(LoadContext& ctx) {
  const world::World& w = ctx.world;
  if (w.villages.empty() || w.villages.front().generated || !readable(ctx, "towns.yaml")) return;
  std::vector<double> listed(w.towns.size(), 0.0);
  std::vector<const Located*> first(w.towns.size(), nullptr);
  std::vector<bool> reported(w.towns.size(), false);  // a town's sum would only repeat its villages' errors
  for (std::size_t i = 0; i < w.villages.size() && i < ctx.village_refs.size(); ++i) {
    const world::Village& v = w.villages[i];
    const Located& at = ctx.village_refs[i].population_at;
    if (v.town >= w.towns.size() || !readable(ctx, at.file)) continue;
    const world::Town& t = w.towns[v.town];
    listed[v.town] += v.population;
    if (first[v.town] == nullptr) first[v.town] = &at;
    if (v.population > t.population) {
      reported[v.town] = true;
      ctx.diags.add(at.file, at.line, at.column, at.field,
                    number_text(v.population) + " people, more than its whole town " + t.id + " (" +
                        number_text(t.population) + " in towns.yaml)");
    }
  }
  // The bureau's register may be newer than the town figures, so allow some growth.
  for (std::size_t t = 0; t < w.towns.size(); ++t) {
    if (first[t] == nullptr || reported[t] || listed[t] <= w.towns[t].population * limits::kVillagesOverTownShare) {
      continue;
    }
    ctx.diags.add(first[t]->file, 0, 0, "villages[town " + w.towns[t].id + "].population",
                  "the villages of " + w.towns[t].id + " add up to " + number_text(listed[t]) + " people, the town has " +
                      number_text(w.towns[t].population) + " (towns.yaml); at most " +
                      number_text((limits::kVillagesOverTownShare - 1) * 100) + " % more is accepted");
  }
}

}  // namespace

void check_plausible(LoadContext& ctx) {
  check_positions(ctx);
  check_village_populations(ctx);
}

}  // namespace ttx::io
