// A session over one run: what the console, the trainee mode and the exercises
// drive. The only way anything outside the simulation changes it is submit();
// the commands submitted (with their times) are the session's log, and a new
// session given that log replays the run exactly — saving is writing the log,
// loading is replaying it.
//
// A session may be moved (or held by pointer): the record of processed events
// lives on the heap, so the model's observer never points into a moved-from object.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "sim/exercise/command_check.h"
#include "sim/exercise/live_inject.h"
#include "sim/response/response_model.h"

namespace ttx::exercise {

struct SessionOptions {
  std::uint64_t replication = 0;
  response::RunOptions run;
};

/// An event the session processed, for logs and animation.
struct ProcessedEvent {
  std::int64_t at_s = 0;
  response::Event event;
};

/// What became of a submitted command.
struct SubmitResult {
  bool accepted = true;
  Refused why;  ///< when refused: the reason (refusal none when accepted)
  explicit operator bool() const { return accepted; }
};

class Session {
 public:
  /// `replay`: commands of an earlier session (trainee and director), applied at their times;
  /// `injects`: its live injects, sent again at their times (after the events of that moment).
  Session(const world::World& world, const world::Scenario& scenario, SessionOptions options = {},
          const std::vector<response::TimedCommand>& replay = {}, std::vector<TimedInject> injects = {});
  Session(Session&&) noexcept = default;
  Session& operator=(Session&&) noexcept = default;
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  /// Runs up to `t_s`, at most `budget` events (a front end advances in slices).
  core::RunStatus advance_until(std::int64_t t_s, std::uint64_t budget = response::Calendar::kNoBudget);
  /// Runs exactly one event; false when none is left before the scenario's end.
  bool step();
  /// Steps until a decision point has passed — a report reaches the duty office, a
  /// level changes, an inject arrives, a command is refused, a task is finished —
  /// or `budget` events have run, or the scenario ends. True at a decision point.
  bool step_to_decision(std::uint64_t budget = 100000);
  /// Runs the events left at this moment (a step may stop in the middle of one):
  /// the state a command submitted now meets. Nothing at the scenario's end.
  void finish_moment();
  /// Applies a decision now (after every event of this moment) and logs it. A
  /// command why_not() refuses is not sent (it is neither logged nor part of the
  /// run); one the model itself refuses is logged as refused, with the model's reason.
  SubmitResult submit(response::Command command, response::Actor by = response::Actor::trainee);
  /// Why `command` would be refused now, without applying it; nothing if it would be
  /// carried out. Exact after finish_moment(); in the middle of a moment the events
  /// still due may change the answer (submit() gives the final one).
  std::optional<Refused> why_not(const response::Command& command) const { return exercise::why_not(*model_, command); }

  /// Sends a live inject now (after every event of this moment) and logs it; "" or,
  /// when live_inject_problem() finds it malformed, why it was not sent.
  std::string send_inject(LiveInject inject, response::Actor by = response::Actor::director);
  /// The live injects sent so far, in order (those of a replay once their time has come).
  const std::vector<TimedInject>& inject_log() const { return sent_; }

  /// The run as it stands: world, truth, known picture, units, stock, plans,
  /// outcomes. Valid until the next call that advances or submits.
  const response::ResponseModel& view() const { return *model_; }
  /// Events processed and log lines written since the last call.
  std::vector<ProcessedEvent> take_events();
  std::vector<response::LogEntry> take_log();
  /// The commands that make this run what it is (trainee and director, not the
  /// doctrine's, which replaying regenerates), in order.
  std::vector<response::TimedCommand> command_log() const;

 private:
  std::unique_ptr<response::ResponseModel> model_;
  std::unique_ptr<std::vector<ProcessedEvent>> events_;  // on the heap: the observer holds its address
  std::size_t log_taken_ = 0;
  std::vector<TimedInject> due_;   // a replay's injects still to send, latest first
  std::vector<TimedInject> sent_;
  void send_due(std::int64_t t_s);
  void deliver(const TimedInject& sent);
};

}  // namespace ttx::exercise
