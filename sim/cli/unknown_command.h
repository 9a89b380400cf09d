// Naming an unknown subcommand and the valid ones, which CLI11 does not: it says
// only that a subcommand is required.
#pragma once

#include <string>

namespace CLI {
class App;
}

namespace ttx::cli {

/// "" if the command words of `argv` name known subcommands, else a message naming
/// the unknown word, the likely one meant and every valid one.
std::string unknown_command(const CLI::App& app, int argc, const char* const* argv);

}  // namespace ttx::cli
