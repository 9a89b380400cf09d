// A session over one run: what the console, the trainee mode and the exercises
// drive. The only way anything outside the simulation changes it is submit();
// the commands submitted (with their times) are the session's log, and a new
// session given that log replays the run exactly — saving is writing the log,
// loading is replaying it.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

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

class Session {
 public:
  /// `replay`: commands of an earlier session (trainee and director), applied at their times.
  Session(const world::World& world, const world::Scenario& scenario, SessionOptions options = {},
          const std::vector<response::TimedCommand>& replay = {});

  /// Runs up to `t_s`, at most `budget` events (a front end advances in slices).
  core::RunStatus advance_until(std::int64_t t_s, std::uint64_t budget = response::Calendar::kNoBudget);
  /// Runs exactly one event; false when none is left before the scenario's end.
  bool step();
  /// Applies a decision now (after every event of this moment) and logs it.
  void submit(response::Command command, response::Actor by = response::Actor::trainee);

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
  std::vector<ProcessedEvent> events_;
  std::size_t log_taken_ = 0;
};

}  // namespace ttx::exercise
