#include "sim/batch/batch_runner.h"

#include <atomic>
#include <map>
#include <mutex>
#include <thread>

#include "sim/io/diagnostic.h"
#include "sim/io/figure_overrides.h"
#include "sim/io/scenario_loader.h"
#include "sim/response/response_model.h"
#include "sim/score/run_summary.h"
#include "sim/score/scorecard.h"

namespace ttx::batch {

namespace {

void add_diagnostics(const io::DistrictLoad& load, std::vector<std::string>& errors) {
  for (const auto& d : load.diagnostics.list()) errors.push_back(io::format(d));
  if (load.diagnostics.dropped() > 0) errors.push_back("... and " + std::to_string(load.diagnostics.dropped()) + " more problems");
}

// Runs [first, last) on `threads` threads, every configuration of a replication
// together (so a what-if's pairs are taken as they finish); each replication's records
// reach `deliver` in index order, one per configuration.
void run_replications(const std::vector<const world::World*>& worlds, const world::Scenario& s, const RecordSchema& schema,
                      ReplicationRange range, int threads, double& relief_target_h,
                      const std::function<void(std::vector<ReplicationRecord>&&)>& deliver, const std::function<void()>& done_one) {
  const auto end_s = static_cast<std::int64_t>(s.duration_h * 3600);
  std::atomic<std::uint64_t> next{range.first};
  std::mutex lock;
  std::map<std::uint64_t, std::vector<ReplicationRecord>> waiting;  // finished out of order
  std::uint64_t due = range.first;
  const auto work = [&] {
    for (std::uint64_t i = next++; i < range.last; i = next++) {
      std::vector<ReplicationRecord> recs;
      double target_h = -1;
      for (const world::World* w : worlds) {
        response::ResponseModel model(*w, s, i);
        const score::RunSummary summary = score::run_and_summarise(model, end_s);
        recs.push_back(make_record(i, summary, score::score(summary, w->scoring), w->scoring, schema));
        target_h = summary.relief_target_h;
        const std::lock_guard<std::mutex> hold(lock);
        done_one();
      }
      const std::lock_guard<std::mutex> hold(lock);
      relief_target_h = target_h;
      waiting.emplace(i, std::move(recs));
      for (auto it = waiting.find(due); it != waiting.end(); it = waiting.find(due)) {
        deliver(std::move(it->second));
        waiting.erase(it);
        ++due;
      }
    }
  };
  std::vector<std::thread> pool;
  const std::uint64_t count = range.last - range.first;
  const int n = static_cast<int>(std::min<std::uint64_t>(static_cast<std::uint64_t>(std::max(1, threads)), std::max<std::uint64_t>(1, count)));
  for (int t = 1; t < n; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
}

}  // namespace

RunOutcome run_batch(const RunRequest& q, const RunCallbacks& cb) {
  RunOutcome out;
  io::ScenarioLoad load = io::load_scenario(q.scenario, q.district_folders);
  if (!load.ok()) {
    add_diagnostics(load.district, out.errors);
    return out;
  }
  world::Scenario scenario = load.scenario;
  BatchHeader& h = out.result.header;
  h.plan = q.plan;
  if (!q.seed_given) h.plan.seed = scenario.seed;
  scenario.seed = h.plan.seed;
  h.scenario_id = scenario.id;
  h.scenario_name_zh = scenario.name_zh;
  h.scenario_name_en = scenario.name_en;
  h.duration_h = scenario.duration_h;
  h.schema = record_schema(load.district.world);
  out.result.range = q.range;
  const std::vector<Configuration> configs = configurations(h.plan);
  out.result.tally = BatchTally(configs.size(), h.schema, h.plan);
  const std::filesystem::path dir = std::filesystem::path(load.district.files.front()).parent_path();

  // Every configuration's district is read first, so a bad --set stops the batch before it runs.
  std::vector<io::OverrideResult> changes;
  for (const Configuration& c : configs) {
    changes.push_back(io::figure_overrides(load.district, dir, c.sets));
    for (const auto& e : changes.back().errors) out.errors.push_back(e);
  }
  if (!out.errors.empty()) return out;

  if (cb.on_start) cb.on_start(h);
  const std::uint64_t total = (q.range.last - q.range.first) * configs.size();
  std::uint64_t done = 0;
  std::vector<io::OverriddenDistrict> patched(configs.size());
  std::vector<const world::World*> worlds;
  for (std::size_t k = 0; k < configs.size(); ++k) {
    if (!configs[k].sets.empty()) {
      patched[k] = io::load_with_overrides(dir, changes[k]);
      if (!patched[k].load.ok()) {
        add_diagnostics(patched[k].load, out.errors);
        return out;
      }
    }
    worlds.push_back(configs[k].sets.empty() ? &load.district.world : &patched[k].load.world);
  }
  run_replications(
      worlds, scenario, h.schema, q.range, q.threads, h.relief_target_h,
      [&](std::vector<ReplicationRecord>&& recs) {
        if (cb.on_record) {
          for (std::size_t k = 0; k < recs.size(); ++k) cb.on_record(k, recs[k]);
        }
        out.result.tally.add(recs, h.schema);
      },
      [&] {
        ++done;
        if (cb.on_progress) cb.on_progress(done, total);
      });
  return out;
}

}  // namespace ttx::batch
