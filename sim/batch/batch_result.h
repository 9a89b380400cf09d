// The raw result of a batch (or of one shard of it): what was run, and the tally of
// its replications (bounded memory, whatever their number). Everything a whole-batch
// answer needs travels with it, so shards merged on another machine answer exactly
// as one machine would.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sim/batch/batch_plan.h"
#include "sim/batch/batch_tally.h"
#include "sim/batch/replication_record.h"

namespace ttx::batch {

struct BatchHeader {
  std::string scenario_id, scenario_name_zh, scenario_name_en;
  double duration_h = 0;
  double relief_target_h = -1;  ///< the plans' basic-living-relief target; -1: none
  BatchPlan plan;
  RecordSchema schema;
  bool operator==(const BatchHeader&) const = default;
};

struct BatchResult {
  BatchHeader header;
  ReplicationRange range;  ///< the replications held: all of them, or one shard's
  BatchTally tally;  ///< per configuration in configurations(plan) order
};

}  // namespace ttx::batch
