// Runs a batch: each configuration's district read with its --set figures, then the
// replications spread over a pool of threads. Replication i of every configuration
// depends only on (seed, i) — it is the model built for replication i of the
// scenario with that seed — so any thread count, and any split into shards, gives
// the same records, and the configurations meet the same random numbers.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "sim/batch/batch_result.h"

namespace ttx::batch {

struct RunRequest {
  std::filesystem::path scenario;
  std::vector<std::filesystem::path> district_folders;  ///< as load_scenario looks for the district
  BatchPlan plan;
  bool seed_given = false;  ///< else the plan's seed is the scenario's own
  ReplicationRange range;   ///< replications to run (a shard's, or all)
  int threads = 1;
};

struct RunCallbacks {
  /// Once the scenario and every configuration's district are read, before the first replication.
  std::function<void(const BatchHeader&)> on_start;
  /// Each record, in (configuration, replication) order, from the calling thread's side of a lock.
  std::function<void(std::size_t configuration, const ReplicationRecord&)> on_record;
  /// After each replication: how many are done of how many.
  std::function<void(std::uint64_t done, std::uint64_t total)> on_progress;
};

struct RunOutcome {
  BatchResult result;
  std::vector<std::string> errors;  ///< problems with the scenario, the district or a --set, one a line
  bool ok() const { return errors.empty(); }
};

RunOutcome run_batch(const RunRequest& request, const RunCallbacks& callbacks = {});

}  // namespace ttx::batch
