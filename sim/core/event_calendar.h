// The future event list.
//
// Total order (written down once, here): events run by ascending time, then
// ascending priority (lower runs first), then ascending sequence number — the
// order in which they were scheduled. So simultaneous events never depend on
// heap internals, and the same inputs give the same order on every machine.
//
// Cancellation is lazy but exact: each pending event owns a slot that records its
// sequence number; cancelling clears the slot, and the heap entry, now stale, is
// dropped when it reaches the top — or all at once when stale entries outnumber
// live ones, so memory stays bounded by the peak number of pending events.
//
// The heap orders small keys (time, priority, sequence, slot), four children to a
// node; the payloads stay in their slots. A sift moves 24 bytes a level, not a whole
// event, over half as many levels as a binary heap.
#pragma once

#include <algorithm>
#include <cassert>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "sim/core/sim_time.h"

namespace ttx::core {

/// Names one scheduled event, for cancelling it. Stays safe to use after the event
/// ran or was cancelled (cancel then returns false). A default EventId names none.
struct EventId {
  std::uint32_t slot = 0;
  std::uint64_t seq = 0;
};

template <class Payload>
class EventCalendar {
 public:
  struct Entry {
    SimTime time;
    std::int32_t priority;
    std::uint32_t slot;
    std::uint64_t seq;
    Payload payload;
  };

  EventId schedule(SimTime time, Payload payload, std::int32_t priority = 0) {
    const std::uint64_t seq = next_seq_++;
    std::uint32_t slot;
    if (!free_slots_.empty()) {
      slot = free_slots_.back();
      free_slots_.pop_back();
    } else {
      slot = static_cast<std::uint32_t>(slots_.size());
      slots_.push_back(kFree);
    }
    slots_[slot] = seq;
    if (slot < payloads_.size()) {
      payloads_[slot] = std::move(payload);
    } else {
      payloads_.push_back(std::move(payload));
    }
    ++live_;
    push(Key{time, priority, slot, seq});
    return EventId{slot, seq};
  }

  /// Returns true if the event was pending and is now cancelled.
  bool cancel(EventId id) {
    if (id.slot >= slots_.size() || slots_[id.slot] != id.seq) return false;
    release_slot(id.slot);
    if (++stale_ > kCompactAfter && stale_ > live_) compact();
    return true;
  }

  bool is_pending(EventId id) const {
    return id.slot < slots_.size() && slots_[id.slot] == id.seq;
  }

  /// Number of events scheduled and neither run nor cancelled.
  std::size_t pending() const { return live_; }
  bool empty() const { return live_ == 0; }

  /// Time of the next live event, if any (drops stale cancelled entries on the way).
  std::optional<SimTime> next_time() {
    drop_stale();
    if (heap_.empty()) return std::nullopt;
    return heap_.front().time;
  }

  /// Removes the next live event into `out`. Returns false when none is pending.
  bool pop(Entry& out) {
    drop_stale();
    if (heap_.empty()) return false;
    const Key top = heap_.front();
    out.time = top.time;
    out.priority = top.priority;
    out.slot = top.slot;
    out.seq = top.seq;
    out.payload = std::move(payloads_[top.slot]);
    remove_top();
    release_slot(top.slot);
    return true;
  }

  /// Total number of events ever scheduled.
  std::uint64_t scheduled_total() const { return next_seq_ - 1; }

  /// Entries the heap holds, pending and cancelled alike: never more than about
  /// twice the pending ones, however many are cancelled.
  std::size_t heap_entries() const { return heap_.size(); }

 private:
  static constexpr std::uint64_t kFree = ~0ULL;
  static constexpr std::size_t kCompactAfter = 64;
  static constexpr std::size_t kArity = 4;

  struct Key {
    SimTime time;
    std::int32_t priority;
    std::uint32_t slot;
    std::uint64_t seq;
  };

  static bool before(const Key& a, const Key& b) {
    if (a.time != b.time) return a.time < b.time;
    if (a.priority != b.priority) return a.priority < b.priority;
    return a.seq < b.seq;
  }

  void release_slot(std::uint32_t slot) {
    slots_[slot] = kFree;
    free_slots_.push_back(slot);
    --live_;
  }

  void drop_stale() {
    while (!heap_.empty() && slots_[heap_.front().slot] != heap_.front().seq) {
      remove_top();
      --stale_;
    }
  }

  // Removes every cancelled entry and rebuilds the heap in one pass (bottom-up).
  void compact() {
    std::erase_if(heap_, [this](const Key& k) { return slots_[k.slot] != k.seq; });
    for (std::size_t i = heap_.size() / kArity + 1; i-- > 0;) {
      if (i < heap_.size()) sift_down(i, heap_[i]);
    }
    stale_ = 0;
  }

  // Min-heap with hole sifting: each level moves one key, not a swap.
  void push(const Key& k) {
    std::size_t hole = heap_.size();
    heap_.push_back(k);
    while (hole > 0) {
      const std::size_t parent = (hole - 1) / kArity;
      if (!before(k, heap_[parent])) break;
      heap_[hole] = heap_[parent];
      hole = parent;
    }
    heap_[hole] = k;
  }

  // Puts `k` at `hole` or below it, moving the smallest child up while it comes first.
  void sift_down(std::size_t hole, const Key k) {
    const std::size_t n = heap_.size();
    for (;;) {
      const std::size_t first = kArity * hole + 1;
      if (first >= n) break;
      std::size_t best = first;
      const std::size_t last = std::min(first + kArity, n);
      for (std::size_t c = first + 1; c < last; ++c) {
        if (before(heap_[c], heap_[best])) best = c;
      }
      if (!before(heap_[best], k)) break;
      heap_[hole] = heap_[best];
      hole = best;
    }
    heap_[hole] = k;
  }

  void remove_top() {
    assert(!heap_.empty());
    const Key last = heap_.back();
    heap_.pop_back();
    if (!heap_.empty()) sift_down(0, last);
  }

  std::vector<Key> heap_;
  std::vector<Payload> payloads_;  // per slot: the payload of its live event (left behind once run)
  std::vector<std::uint64_t> slots_;  // seq of the live event owning each slot, or kFree
  std::vector<std::uint32_t> free_slots_;
  std::uint64_t next_seq_ = 1;  // 0 is never used, so EventId{} names no event
  std::size_t live_ = 0;
  std::size_t stale_ = 0;  // cancelled entries still in the heap
};

}  // namespace ttx::core
