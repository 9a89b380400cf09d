#include "sim/exercise/one_run.h"

#include <fmt/format.h>

#include "sim/core/sim_time.h"
#include "sim/io/clock_text.h"

namespace ttx::exercise {

std::vector<std::string> spelled_sets(const world::World& w, const WhatIfSpellings& o) {
  std::vector<std::string> out;
  if (o.trucks != 1.0) {
    for (const auto& v : w.transport.vehicles) {
      if (v.capacity_t > 0) out.push_back(fmt::format("vehicles.{}.count=x{}", v.id, o.trucks));  // trucks, not buses
    }
  }
  const world::Depot* warehouse = w.warehouse();
  if (o.stock != 1.0 && warehouse != nullptr) {
    for (const auto& i : w.items) {
      if (i.location == warehouse->id) out.push_back(fmt::format("stock.{}=x{}", i.id, o.stock));
    }
  }
  if (o.bays >= 1 && warehouse != nullptr) out.push_back(fmt::format("depots.{}.bays={}", warehouse->id, o.bays));
  if (o.no_reserve) {
    for (const auto& id : w.agreement_reserve.item_ids) out.push_back(fmt::format("stock.{}=0", id));
  }
  return out;
}

std::unique_ptr<OneRun> run_once(const RunRequest& q) {
  auto r = std::make_unique<OneRun>();
  r->load = io::load_scenario(q.scenario, q.district_folders);
  if (!r->load.ok()) {
    r->diagnostics = r->load.district.diagnostics;
    return r;
  }
  if (q.seed) r->load.scenario.seed = *q.seed;
  const world::Scenario& s = r->load.scenario;
  const auto end_s = static_cast<std::int64_t>(s.duration_h * 3600);
  std::int64_t until_s = end_s;
  if (q.until) {
    const io::Moment m = io::parse_moment(*q.until, s.start_s);
    if (!m.at_s) {
      r->errors.push_back("--until: " + m.error);
      return r;
    }
    until_s = *m.at_s;
  }
  if (until_s > end_s) {
    r->notices.push_back("--until " + *q.until + " is after the scenario's end (" +
                         core::format_clock(core::SimTime::at_seconds(end_s)) + "); stopping there");
    until_s = end_s;
  }
  // What-ifs on figures: the district read again with the figures changed in memory.
  std::vector<std::string> sets = spelled_sets(r->load.district.world, q.spellings);
  sets.insert(sets.end(), q.sets.begin(), q.sets.end());
  if (!sets.empty()) {
    const std::filesystem::path dir = std::filesystem::path(r->load.district.files.front()).parent_path();
    const io::OverrideResult changes = io::figure_overrides(r->load.district, dir, sets);
    if (!changes.errors.empty()) {
      r->errors = changes.errors;
      return r;
    }
    r->patched = io::load_with_overrides(dir, changes);
    if (!r->patched.load.ok()) {
      r->diagnostics = r->patched.load.diagnostics;
      return r;
    }
    r->applied = changes.applied;
  }
  const world::World& w = r->world();
  r->model = std::make_unique<response::ResponseModel>(w, s, q.replication);
  r->no_trucks = r->model->logistics().trucks().empty();
  std::int64_t held = 0;  // before the run draws on it
  for (std::uint32_t i = 0; i < w.items.size(); ++i) held += r->model->logistics().in_stock(i);
  r->empty_warehouse = held == 0;
  r->summary = score::run_and_summarise(*r->model, until_s);
  r->card = score::score(r->summary, w.scoring);
  return r;
}

}  // namespace ttx::exercise
