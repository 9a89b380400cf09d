// A counted resource: `capacity` identical units (teams, trucks, loading bays)
// and a queue of requests waiting for one.
//
// The resource does not know the event calendar: `request` says whether a unit
// was granted at once, and `release` hands the freed unit to the next waiting
// request and returns it, so the caller schedules whatever follows. This keeps
// it reusable by every model and trivially deterministic.
//
// Queue order: FIFO serves by arrival; PRIORITY serves the lowest priority value
// first (1 before 2, as triage classes), ties by arrival. Arrival order is a
// per-resource sequence number, never a pointer or clock reading.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "sim/core/sim_time.h"
#include "sim/core/statistics.h"

namespace ttx::core {

enum class QueueDiscipline { fifo, priority };

/// What the caller gets back when a waiting request is granted a unit.
struct Grant {
  std::uint64_t token;  ///< the caller's own id for the request
  Duration waited;      ///< time between the request and the grant
};

class CountedResource {
 public:
  CountedResource(int capacity, QueueDiscipline discipline, SimTime start = {});

  /// Asks for one unit. Returns true if granted now (wait 0); otherwise the
  /// request queues and is granted by a later `release`.
  bool request(std::uint64_t token, SimTime now, std::int32_t priority = 0);

  /// Gives one unit back. If a request was waiting it gets the unit at once and is
  /// returned; otherwise the unit becomes idle.
  std::optional<Grant> release(SimTime now);

  /// Takes a waiting request out of the queue (a team recalled, a task dropped).
  /// Returns false if no request with that token is waiting.
  bool withdraw(std::uint64_t token, SimTime now);

  int capacity() const { return capacity_; }
  int in_use() const { return in_use_; }
  int idle() const { return capacity_ - in_use_; }
  std::size_t queue_length() const { return queue_.size(); }

  /// Share of unit-time in use over [start, now], 0..1.
  double utilisation(SimTime now) const;
  double mean_queue_length(SimTime now) const { return queue_len_.mean(now); }
  std::size_t max_queue_length() const { return static_cast<std::size_t>(queue_len_.max()); }
  /// Waits of every granted request (zero for immediate grants), in seconds.
  const Tally& waits_s() const { return waits_; }

 private:
  struct Waiting {
    std::int32_t priority;
    std::uint64_t order;
    std::uint64_t token;
    SimTime since;
  };
  static bool served_later(const Waiting& a, const Waiting& b);

  int capacity_;
  int in_use_ = 0;
  QueueDiscipline discipline_;
  std::vector<Waiting> queue_;  // min-heap on (priority, order) via served_later
  std::uint64_t next_order_ = 0;
  TimeWeighted busy_;
  TimeWeighted queue_len_;
  Tally waits_;
};

}  // namespace ttx::core
