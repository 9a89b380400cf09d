// An exercise session that survives anything: a live Session over a scenario,
// with its decisions kept as branches of a session file (session_file.h) that is
// saved atomically after every command, so a killed process loses none. Resuming
// replays the file; rewinding replays the current branch to an earlier time (its
// later commands stay and replay as time moves on again); branching starts a new
// line of decisions at the current time.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sim/exercise/session.h"
#include "sim/exercise/session_file.h"
#include "sim/io/scenario_loader.h"

namespace ttx::exercise {

struct StartOptions {
  std::optional<std::uint64_t> seed;  ///< none: the scenario's own
  std::uint64_t replication = 0;
  bool doctrine = false;              ///< the plan played by the book beside the commands
  std::string lang;                   ///< kept in the file for a resumed game
  std::vector<std::filesystem::path> district_folders;
};

class BranchingSession {
 public:
  /// A session, or why there is none (diagnostics name file and line).
  struct Opened {
    std::unique_ptr<BranchingSession> session;
    io::Diagnostics diagnostics;
    std::vector<std::string> notices;  ///< said and carried on (the data changed since the save, ...)
  };
  /// A new session of `scenario`, saved to `save_to` after every command ("" : not saved).
  static Opened start(const std::filesystem::path& scenario, const StartOptions& options,
                      const std::filesystem::path& save_to);
  /// The session of a saved file, replayed to the time it was saved; it goes on saving there.
  static Opened resume(const std::filesystem::path& file, const std::vector<std::filesystem::path>& district_folders = {});

  Session& live() { return *live_; }
  const response::ResponseModel& view() const { return live_->view(); }
  const io::ScenarioLoad& load() const { return *load_; }
  const world::World& world() const { return load_->district.world; }
  const world::Scenario& scenario() const { return load_->scenario; }
  const world::ProvenanceLog& provenance() const { return load_->district.provenance; }
  const SessionFile& file() const { return file_; }
  const std::filesystem::path& path() const { return path_; }
  /// The scenario file the session plays, as found from the session file.
  const std::filesystem::path& scenario_path() const { return scenario_path_; }
  SessionOptions options() const;

  /// Submits a command now; a command the model carries out or refuses is logged
  /// and the file saved. A command given before the current branch's last one (after
  /// a rewind) starts a new branch first, named after the current one ("main-2"), so
  /// no decision is lost; `branched` says so.
  struct Submitted {
    SubmitResult result;
    std::string branched;   ///< the branch started for it, "" none
    std::string save_error; ///< the save failed (the command still stands)
  };
  Submitted submit(const response::Command& command, response::Actor by = response::Actor::trainee);
  /// Sends a live inject now; logged and saved like a command (after a rewind, on a
  /// branch of its own). `result`: "" sent, or why it was not (live_inject_problem).
  struct Sent {
    std::string problem;
    std::string branched;
    std::string save_error;
  };
  Sent send_inject(const LiveInject& inject, response::Actor by = response::Actor::director);
  /// Goes back to `t_s` (at most now) on the current branch by replaying it.
  void rewind(std::int64_t t_s);
  /// A new branch from now, taking the current branch's commands up to now; it becomes current.
  /// Returns "" or why not (a name in use, or not a valid name).
  std::string branch(const std::string& name);
  /// Plays another branch, replayed to the time it was left at (now, if later than its start).
  std::string switch_to(const std::string& name);
  /// A hint was asked for: counted on the current branch.
  void count_hint();
  /// Saves now (the clock, the fingerprint); "" or why it failed. Nothing without a path.
  std::string save();

  /// The commands of branch `name` as the replay applies them.
  std::vector<response::TimedCommand> timed_line(const std::string& name) const;

 private:
  BranchingSession() = default;
  void replay_to(std::int64_t t_s);
  /// A decision at `now` before the current branch's last one (after a rewind) starts a branch; its name.
  std::string branch_if_behind(std::int64_t now);
  Branch& current() { return *file_.branch(file_.current); }

  std::unique_ptr<io::ScenarioLoad> load_;
  std::unique_ptr<Session> live_;
  SessionFile file_;
  std::filesystem::path path_;
  std::filesystem::path scenario_path_;
};

/// The id of `command` the data does not know ("unit 'fire_99'"), or "" when it
/// knows them all. Tasks are known only when the run makes them, so not checked.
std::string unknown_id(const response::Command& command, const response::ResponseModel& run);

}  // namespace ttx::exercise
