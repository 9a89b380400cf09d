// The stable text form of a command, one line that names everything by id:
// "assign fire_01 light_rescue@cl_v07#1", "order-relief changle relief_quilt 200".
// Saved sessions hold commands in this form, and `ttx play` reads it (after turning
// the names a trainee types into ids). The grammar is in docs/session-file.md.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sim/response/commands.h"

namespace ttx::exercise {

/// The line of `command`; parse_command_line(command_line(c)) gives `c` back.
std::string command_line(const response::Command& command);

struct ParsedCommand {
  std::optional<response::Command> command;
  std::string error;  ///< when there is none: what is wrong, with the expected form
};

/// A command from its line (words separated by blanks). Never throws.
ParsedCommand parse_command_line(std::string_view line);

/// The command words, each with its form, for help texts: {"assign", "assign UNIT TASK"}, ...
struct CommandForm {
  const char* word;
  const char* word_zh;  ///< the Chinese word `ttx play` takes for it
  const char* form;
};
const std::vector<CommandForm>& command_forms();

/// The words of a line, split at blanks (spaces, tabs, the ideographic space).
std::vector<std::string> split_words(std::string_view line);

}  // namespace ttx::exercise
