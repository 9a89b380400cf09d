// The simulator loop: a clock, an event calendar and the trace hook.
//
// The caller supplies the handler (a callable taking `Entry&`), so the loop is
// inlined into each model and events are dispatched without virtual calls or
// heap-allocated closures. Handlers schedule follow-up events through the same
// Simulator. Time never goes back: scheduling before `now()` is a programming
// error and throws std::logic_error.
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <stdexcept>
#include <utility>

#include "sim/core/event_calendar.h"
#include "sim/core/sim_time.h"
#include "sim/core/trace.h"

namespace ttx::core {

enum class RunStatus {
  reached,           ///< every event up to the target time ran; the clock is at the target
  budget_exhausted,  ///< stopped after the event budget; the clock is at the last event run
};

template <class Payload>
class Simulator {
 public:
  using Calendar = EventCalendar<Payload>;
  using Entry = typename Calendar::Entry;
  static constexpr std::uint64_t kNoBudget = std::numeric_limits<std::uint64_t>::max();

  SimTime now() const { return now_; }
  std::uint64_t processed() const { return processed_; }
  std::size_t pending() const { return calendar_.pending(); }
  std::optional<SimTime> next_time() { return calendar_.next_time(); }

  /// Writes every processed event to `trace` (nullptr turns tracing off).
  void set_trace(TraceWriter* trace) { trace_ = trace; }

  EventId schedule_at(SimTime t, Payload p, std::int32_t priority = 0) {
    if (t < now_) throw std::logic_error("Simulator::schedule_at: time " + format_clock_s(t) +
                                         " is before now " + format_clock_s(now_));
    return calendar_.schedule(t, std::move(p), priority);
  }
  EventId schedule_in(Duration d, Payload p, std::int32_t priority = 0) {
    return schedule_at(now_ + d, std::move(p), priority);
  }
  bool cancel(EventId id) { return calendar_.cancel(id); }
  bool is_pending(EventId id) const { return calendar_.is_pending(id); }

  /// Runs exactly one event. Returns false (and changes nothing) when none is pending.
  template <class Handler>
  bool step(Handler&& handler) {
    if (!calendar_.pop(current_)) return false;
    dispatch(handler);
    return true;
  }

  /// Runs every event with time <= `until` (including events scheduled meanwhile),
  /// then sets the clock to `until` (but not to SimTime::never(): after running
  /// everything the clock stays at the last event). With a budget, stops after
  /// that many events.
  template <class Handler>
  RunStatus run_until(SimTime until, Handler&& handler, std::uint64_t budget = kNoBudget) {
    if (until < now_) throw std::logic_error("Simulator::run_until: target " +
                                             format_clock_s(until) + " is before now " +
                                             format_clock_s(now_));
    for (std::uint64_t done = 0;; ++done) {
      std::optional<SimTime> next = calendar_.next_time();
      if (!next || *next > until) break;
      if (done == budget) return RunStatus::budget_exhausted;
      calendar_.pop(current_);
      dispatch(handler);
    }
    if (until != SimTime::never()) now_ = until;
    return RunStatus::reached;
  }

  /// Runs until no event is pending; the clock stays at the last event's time.
  template <class Handler>
  std::uint64_t run_all(Handler&& handler) {
    const std::uint64_t before = processed_;
    while (calendar_.pop(current_)) dispatch(handler);
    return processed_ - before;
  }

 private:
  template <class Handler>
  void dispatch(Handler& handler) {
#ifdef TTX_VALIDATE
    // Invariant: time never goes back (the calendar's order guarantees it).
    if (current_.time < now_) throw std::logic_error("Simulator: an event at " + format_clock_s(current_.time) +
                                                     " ran after " + format_clock_s(now_));
#endif
    now_ = current_.time;
    ++processed_;
    if (trace_ != nullptr) [[unlikely]] trace_->write(now_, current_.payload);
    handler(current_);
  }

  Calendar calendar_;
  Entry current_{};
  SimTime now_{};
  std::uint64_t processed_ = 0;
  TraceWriter* trace_ = nullptr;
};

}  // namespace ttx::core
