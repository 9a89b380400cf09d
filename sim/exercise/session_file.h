// A saved exercise session: the scenario, the data it was played on, the seed and
// replication, and the command log of every branch, with the time and actor of
// each command. Written as JSON lines (docs/session-file.md): one header line,
// then per branch a branch line followed by its commands, one per line, so a
// person can read it and a problem is reported as `file:line: field: message`.
// Saving is writing the log; loading is replaying it (branching_session.h).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "sim/exercise/live_inject.h"
#include "sim/io/diagnostic.h"
#include "sim/response/commands.h"

namespace ttx::exercise {

/// One command of a branch, as given.
struct LoggedCommand {
  std::int64_t at_s = 0;
  response::Actor by = response::Actor::trainee;
  response::Command command;
  std::string refused;  ///< the model's refusal when it was given (response::to_string(Refusal)); "" carried out
  int line = 0;         ///< where it was read (0: not read from a file)
};

/// A line of decisions. The first branch starts at T+0; another one takes its
/// parent's commands up to and including `from_s`, then its own (at or after `from_s`).
struct Branch {
  std::string name;
  std::string parent;      ///< "" for the first branch
  std::int64_t from_s = 0;
  int hints = 0;           ///< hints the trainee asked for on this branch (counted in the score)
  std::vector<LoggedCommand> commands;  ///< its own, in the order given
  std::vector<TimedInject> injects;     ///< its own live injects, in the order sent
  int line = 0;
};

struct SessionFile {
  static constexpr int kVersion = 1;
  std::string scenario;     ///< the scenario file, relative to the session file's folder (or absolute)
  std::string scenario_id;
  std::string data;         ///< data_fingerprint() of the scenario and district files it was played on
  std::uint64_t seed = 0, replication = 0;
  bool doctrine = false;    ///< the plan played by the book beside the commands (director mode); false: trainee
  std::string lang;         ///< "zh" or "en", as the trainee played it
  std::string current;      ///< the branch in play
  std::int64_t now_s = 0;   ///< the clock when it was saved
  std::string fingerprint;  ///< the run fingerprint up to now_s on the current branch (hex), "" unknown
  std::vector<Branch> branches;

  const Branch* branch(const std::string& name) const;
  Branch* branch(const std::string& name);
  /// Every command the branch `name` plays: its ancestors' up to each branch time, then its own.
  std::vector<LoggedCommand> line_of(const std::string& name) const;
  /// Every live inject the branch `name` sends, as line_of() takes its commands.
  std::vector<TimedInject> injects_of(const std::string& name) const;
};

/// The file's text (ends with a newline).
std::string session_text(const SessionFile& session);

struct SessionRead {
  SessionFile session;
  io::Diagnostics diagnostics;  ///< problems: the session cannot be used
  bool ok() const { return diagnostics.empty(); }
};

/// Parses a session's text; `shown` is the file name the diagnostics print. Checks
/// the form of every line and the branches' structure, not the ids against data.
/// Never throws.
SessionRead parse_session(const std::string& text, const std::string& shown);

/// Reads and parses a session file (a missing, empty, huge or non-UTF-8 file is a diagnostic).
SessionRead read_session_file(const std::filesystem::path& path);

/// "T+03:10:05"; the form the session file writes times in.
std::string session_clock(std::int64_t at_s);

/// A hash of the contents of `files` (by file name and content, in name order) as 16
/// hex digits: whether a session is replayed on the data it was played on.
std::string data_fingerprint(const std::vector<std::string>& files);

}  // namespace ttx::exercise
