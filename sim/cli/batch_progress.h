// Progress of a long batch on standard error: a bar with the rate and the time left
// on a terminal, a plain line every tenth otherwise (a log file or a scheduler's).
#pragma once

#include <chrono>
#include <cstdint>

namespace ttx::cli {

class BatchProgress {
 public:
  explicit BatchProgress(bool zh);
  void update(std::uint64_t done, std::uint64_t total);

 private:
  bool zh_, terminal_;
  std::chrono::steady_clock::time_point start_;
  std::uint64_t last_tenth_ = 0;
  std::chrono::steady_clock::time_point last_draw_{};
};

}  // namespace ttx::cli
