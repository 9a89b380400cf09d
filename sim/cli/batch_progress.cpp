#include "sim/cli/batch_progress.h"

#include <unistd.h>

#include <cstdio>
#include <string>

namespace ttx::cli {

BatchProgress::BatchProgress(bool zh, std::string command, std::string unit)
    : zh_(zh),
      terminal_(isatty(STDERR_FILENO) == 1),
      command_(command.empty() ? "ttx batch" : std::move(command)),
      unit_(unit.empty() ? (zh ? "次重复" : "replications") : std::move(unit)),
      start_(std::chrono::steady_clock::now()) {}

void BatchProgress::update(std::uint64_t done, std::uint64_t total) {
  const auto now = std::chrono::steady_clock::now();
  const double s = std::chrono::duration<double>(now - start_).count();
  const double rate = s > 0 ? static_cast<double>(done) / s : 0;
  const double left = rate > 0 ? static_cast<double>(total - done) / rate : 0;
  if (terminal_) {
    // At most ten redraws a second, and always the last.
    if (done != total && now - last_draw_ < std::chrono::milliseconds(100)) return;
    last_draw_ = now;
    const int width = 30, full = total ? static_cast<int>(width * done / total) : width;
    const std::string bar = std::string(static_cast<std::size_t>(full), '#') + std::string(static_cast<std::size_t>(width - full), '.');
    std::fprintf(stderr, zh_ ? "\r[%s] %llu/%llu  %.1f 次/秒  剩余 %.0f 秒 " : "\r[%s] %llu/%llu  %.1f/s  ETA %.0f s ",
                 bar.c_str(), static_cast<unsigned long long>(done), static_cast<unsigned long long>(total), rate, left);
    if (done == total) std::fputc('\n', stderr);
    return;
  }
  const std::uint64_t tenth = total ? 10 * done / total : 10;
  if (tenth == last_tenth_ && done != total) return;
  last_tenth_ = tenth;
  std::fprintf(stderr, zh_ ? "%s：%llu/%llu %s（%llu%%），%.1f 次/秒，剩余约 %.0f 秒\n"
                           : "%s: %llu/%llu %s (%llu%%), %.1f/s, about %.0f s left\n",
               command_.c_str(), static_cast<unsigned long long>(done), static_cast<unsigned long long>(total), unit_.c_str(),
               static_cast<unsigned long long>(total ? 100 * done / total : 100), rate, left);
}

}  // namespace ttx::cli
