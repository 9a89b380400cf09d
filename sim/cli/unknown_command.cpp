#include "sim/cli/unknown_command.h"

#include <vector>

#include <CLI/CLI.hpp>

#include "sim/io/did_you_mean.h"
#include "sim/io/message_text.h"

namespace ttx::cli {

std::string unknown_command(const CLI::App& app, int argc, const char* const* argv) {
  const CLI::App* current = &app;
  std::string path = "ttx";
  // Only the leading command words: after the first option, a word may be its value.
  for (int i = 1; i < argc && argv[i][0] != '-'; ++i) {
    const auto subs = current->get_subcommands([](const CLI::App*) { return true; });
    if (subs.empty()) break;  // the word is a positional argument of the command
    const CLI::App* next = nullptr;
    std::vector<std::string> names;
    for (const CLI::App* s : subs) {
      names.push_back(s->get_name());
      if (s->get_name() == argv[i]) next = s;
    }
    // A command with positional arguments of its own (ttx import DISTRICT FILE.xlsx)
    // takes a word unlike any of its commands as one of them.
    const bool takes_positionals = !current->get_options([](const CLI::Option* o) { return o->get_positional(); }).empty();
    if (next == nullptr && takes_positionals && io::did_you_mean(argv[i], names).empty()) break;
    if (next == nullptr) {
      std::string list;
      for (std::size_t k = 0; k < names.size(); ++k) list += (k == 0 ? "" : k + 1 == names.size() ? " or " : ", ") + names[k];
      return path + ": unknown command " + io::echoed(argv[i]) + io::did_you_mean(argv[i], names) +
             (names.size() == 1 ? "; the only command is " : "; the commands are ") + list + " (" + path +
             " --help says what each does)";
    }
    current = next;
    path += " " + next->get_name();
  }
  return "";
}

}  // namespace ttx::cli
