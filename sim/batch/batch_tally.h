// What a batch keeps of its replications: per configuration a Sample per column of
// the record (bounded memory, exact merge: sample.h), and the paired differences a
// what-if (--vs) and a sweep need, taken replication by replication as each
// replication's configurations finish together. Adding replications in any order and
// merging tallies of any split give the same tally, to the bit.
#pragma once

#include <cstdint>
#include <vector>

#include "sim/batch/batch_plan.h"
#include "sim/batch/replication_record.h"
#include "sim/batch/sample.h"

namespace ttx::batch {

struct ConfigurationTally {
  std::uint64_t replications = 0;
  std::uint64_t fingerprint = 0;  ///< over the replications' fingerprints and indices, in any order
  std::uint64_t quiet = 0;        ///< replications where no category ran out
  std::vector<Sample> columns;    ///< one per record column
};

struct BatchTally {
  std::vector<ConfigurationTally> configurations;
  std::vector<Sample> vs_minus_base;   ///< with --vs: per column, the what-if's value minus the base's
  std::vector<Sample> share_vs_first;  ///< with a sweep: per configuration, its relief share minus the grid's first point's

  /// Empty tallies for `configurations` configurations of rows of `schema`.
  BatchTally(std::size_t configurations, const RecordSchema& schema, const BatchPlan& plan);
  BatchTally() = default;
  /// One replication: its record for every configuration, in configuration order.
  void add(const std::vector<ReplicationRecord>& records, const RecordSchema& schema);
  void merge(const BatchTally& other);
};

/// The column of a district figure / of a target in a record (its size when there is none).
std::size_t figure_column(const RecordSchema& schema, const std::string& id);
std::size_t target_column(const RecordSchema& schema, const std::string& id);

}  // namespace ttx::batch
