// The per-replication rows of a batch as CSV, streamed as they finish (in
// replication order) so that memory does not grow with the file. One row per
// configuration and replication; an empty cell is a figure not in that run.
// The file is written beside its target and renamed over it when complete.
#pragma once

#include <cstdio>
#include <filesystem>
#include <string>

#include "sim/batch/replication_record.h"

namespace ttx::io {

class BatchCsvWriter {
 public:
  /// Opens `target`'s temporary file and writes the header; error() says if it could not.
  BatchCsvWriter(std::filesystem::path target, const batch::RecordSchema& schema);
  ~BatchCsvWriter();
  BatchCsvWriter(const BatchCsvWriter&) = delete;
  BatchCsvWriter& operator=(const BatchCsvWriter&) = delete;

  void row(const std::string& configuration, const batch::ReplicationRecord& record);
  /// Flushes, syncs and renames over the target; "" on success.
  std::string finish();
  const std::string& error() const { return error_; }

 private:
  std::filesystem::path target_, temporary_;
  std::FILE* file_ = nullptr;
  std::string error_;
};

}  // namespace ttx::io
