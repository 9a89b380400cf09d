// A container with a level: the stock of one item at one place.
//
// The level is a whole number of items and can never go negative: a take either
// succeeds in full, takes only what is there (`take_up_to`), or waits in a FIFO
// queue until puts cover it (`take_or_wait`). Strict FIFO: a small request does
// not overtake a large one waiting ahead of it, so the first to ask is the first
// to be served, as at a warehouse counter.
#pragma once

#include <cstdint>
#include <deque>
#include <limits>
#include <vector>

#include "sim/core/counted_resource.h"
#include "sim/core/sim_time.h"
#include "sim/core/statistics.h"

namespace ttx::core {

class LevelContainer {
 public:
  static constexpr std::int64_t kUnlimited = std::numeric_limits<std::int64_t>::max();

  explicit LevelContainer(std::int64_t initial, std::int64_t capacity = kUnlimited,
                          SimTime start = {});

  std::int64_t level() const { return level_; }
  std::int64_t capacity() const { return capacity_; }

  /// Takes `amount` now if the level covers it; otherwise takes nothing, counts a
  /// shortfall and returns false.
  bool try_take(std::int64_t amount, SimTime now);
  /// Takes what there is, up to `amount`; a partial take counts a shortfall.
  std::int64_t take_up_to(std::int64_t amount, SimTime now);
  /// Takes `amount` now (true), or queues the request until puts cover it (false).
  bool take_or_wait(std::uint64_t token, std::int64_t amount, SimTime now);

  /// Adds up to `amount` (the rest does not fit and is refused); returns how much
  /// was accepted. Waiting takes that the new level covers are served in order and
  /// appended to `served`.
  std::int64_t put(std::int64_t amount, SimTime now, std::vector<Grant>* served = nullptr);

  std::size_t waiting() const { return queue_.size(); }
  std::int64_t total_in() const { return total_in_; }
  std::int64_t total_out() const { return total_out_; }
  /// Takes that could not be met in full when asked (try_take failures, partial
  /// take_up_to, queued take_or_wait).
  std::uint64_t shortfalls() const { return shortfalls_; }
  double mean_level(SimTime now) const { return level_stat_.mean(now); }
  std::int64_t min_level() const { return static_cast<std::int64_t>(level_stat_.min()); }
  /// Seconds spent at level zero over [start, now].
  double time_empty_s(SimTime now) const { return empty_stat_.integral(now); }
  const Tally& waits_s() const { return waits_; }

 private:
  struct Waiting {
    std::uint64_t token;
    std::int64_t amount;
    SimTime since;
  };
  void set_level(std::int64_t level, SimTime now);

  std::int64_t level_;
  std::int64_t initial_;
  std::int64_t capacity_;
  std::deque<Waiting> queue_;
  std::int64_t total_in_ = 0, total_out_ = 0;
  std::uint64_t shortfalls_ = 0;
  TimeWeighted level_stat_;
  TimeWeighted empty_stat_;
  Tally waits_;
};

}  // namespace ttx::core
