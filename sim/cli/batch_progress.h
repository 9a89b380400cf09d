// Progress of a long batch on standard error: a bar with the rate and the time left
// on a terminal, a plain line every tenth otherwise (a log file or a scheduler's).
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace ttx::cli {

class BatchProgress {
 public:
  /// `command` and `unit` name what is counted in the plain lines ("ttx batch", "replications").
  explicit BatchProgress(bool zh, std::string command = "", std::string unit = "");
  void update(std::uint64_t done, std::uint64_t total);

 private:
  bool zh_, terminal_;
  std::string command_, unit_;
  std::chrono::steady_clock::time_point start_;
  std::uint64_t last_tenth_ = 0;
  std::chrono::steady_clock::time_point last_draw_{};
};

}  // namespace ttx::cli
