// What a trainee types at `ttx play`, turned into what it means: a request of
// the game (status, next, rewind T+05:00, ...) or a decision, with the names a
// duty officer uses (四甲镇, 海门特勤消防救援站, 棉被, 3 for the third task listed)
// turned into the ids commands carry. Chinese command words are accepted too
// (调集, 派遣, 调拨, ...).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sim/io/language.h"
#include "sim/response/commands.h"
#include "sim/response/response_model.h"

namespace ttx::exercise {

enum class PlayVerb : std::uint8_t {
  decision,   ///< `command` holds it
  help, status, reports, tasks, units, stock, next, advance, score, save, rewind, branch, branches,
  switch_branch, hint, quit,
  empty,      ///< a blank line or a comment
  wrong,      ///< `error` says why
};

struct PlayInput {
  PlayVerb verb = PlayVerb::empty;
  std::optional<response::Command> command;
  std::string argument;  ///< advance/rewind: the time as typed; branch, switch: the name; units: a filter
  std::string error;
};

/// `tasks`: the task indices of the last `tasks` listing, so "3" names its third.
/// Its errors are in `lang`.
PlayInput read_play_input(const std::string& line, const response::ResponseModel& run,
                          const std::vector<std::uint32_t>& tasks_listed, io::Lang lang = io::Lang::en);

/// The id of the unit, town, village, item, plan or mutual aid a word names (its
/// id, its Chinese or English name, or a part of one name only), or "" with `error` set.
enum class NameKind : std::uint8_t { unit, town, village, item, plan, aid };
std::string id_named(const std::string& word, NameKind kind, const response::ResponseModel& run, std::string& error,
                     io::Lang lang = io::Lang::en);

/// The open tasks command knows of, most urgent first (as the doctrine takes them).
std::vector<std::uint32_t> known_open_tasks(const response::ResponseModel& run);

}  // namespace ttx::exercise
