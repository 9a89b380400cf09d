// A batch as JSON: the whole answer (`ttx batch --json`, docs/batch-json.md), and
// the partial result of one shard (`--shard i/N`) that `ttx merge` reads back. A
// merge of every shard's partial gives exactly the whole batch's answer.
#pragma once

#include <string>
#include <vector>

#include "sim/batch/batch_answer.h"
#include "sim/batch/batch_result.h"

namespace ttx::io {

std::string batch_json(const batch::BatchAnswer& answer);

/// The shard's records and everything the answer needs, numbers written to round-trip exactly.
std::string batch_partial_json(const batch::BatchResult& shard);

struct PartialRead {
  batch::BatchResult result;
  std::string error;  ///< "" when read
};
PartialRead read_batch_partial(const std::string& name, const std::string& text);

/// The parts joined into the whole batch; an error names the part that does not fit
/// (another batch, a replication twice or missing).
struct MergeResult {
  batch::BatchResult result;
  std::string error;
};
MergeResult merge_partials(std::vector<batch::BatchResult> parts, const std::vector<std::string>& names);

}  // namespace ttx::io
