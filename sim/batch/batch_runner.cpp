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

// Runs [first, last) of one configuration on `threads` threads; records reach `deliver`
// in index order.
void run_configuration(const world::World& w, const world::Scenario& s, const RecordSchema& schema,
                       ReplicationRange range, int threads, double& relief_target_h,
                       const std::function<void(ReplicationRecord&&)>& deliver, const std::function<void()>& done_one) {
  const auto end_s = static_cast<std::int64_t>(s.duration_h * 3600);
  std::atomic<std::uint64_t> next{range.first};
  std::mutex lock;
  std::map<std::uint64_t, ReplicationRecord> waiting;  // finished out of order
  std::uint64_t due = range.first;
  const auto work = [&] {
    for (std::uint64_t i = next++; i < range.last; i = next++) {
      response::ResponseModel model(w, s, i);
      const score::RunSummary summary = score::run_and_summarise(model, end_s);
      ReplicationRecord rec = make_record(i, summary, score::score(summary, w.scoring), w.scoring, schema);
      const std::lock_guard<std::mutex> hold(lock);
      relief_target_h = summary.relief_target_h;
      waiting.emplace(i, std::move(rec));
      for (auto it = waiting.find(due); it != waiting.end(); it = waiting.find(due)) {
        deliver(std::move(it->second));
        waiting.erase(it);
        ++due;
      }
      done_one();
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
  out.result.records.resize(configs.size());
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
  for (std::size_t k = 0; k < configs.size(); ++k) {
    io::OverriddenDistrict patched;
    if (!configs[k].sets.empty()) {
      patched = io::load_with_overrides(dir, changes[k]);
      if (!patched.load.ok()) {
        add_diagnostics(patched.load, out.errors);
        return out;
      }
    }
    const world::World& w = configs[k].sets.empty() ? load.district.world : patched.load.world;
    auto& records = out.result.records[k];
    records.reserve(q.range.last - q.range.first);
    run_configuration(
        w, scenario, h.schema, q.range, q.threads, h.relief_target_h,
        [&](ReplicationRecord&& r) {
          if (cb.on_record) cb.on_record(k, r);
          records.push_back(std::move(r));
        },
        [&] {
          ++done;
          if (cb.on_progress) cb.on_progress(done, total);
        });
  }
  return out;
}

}  // namespace ttx::batch
