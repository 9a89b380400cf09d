// The `ttx` subcommands. Each registers its options on the CLI11 app and runs
// through the library; main.cpp only wires them together.
#pragma once

namespace CLI {
class App;
}

namespace ttx::cli {

void register_bench_command(CLI::App& app);
void register_validate_command(CLI::App& app);
void register_import_command(CLI::App& app);
void register_export_command(CLI::App& app);
void register_hazard_command(CLI::App& app);
void register_run_command(CLI::App& app);
void register_batch_command(CLI::App& app);
void register_merge_command(CLI::App& app);
void register_play_command(CLI::App& app);
void register_drills_command(CLI::App& app);

/// Thrown by a command's callback to end `ttx` with this exit status.
struct CommandExit {
  int status;
};

}  // namespace ttx::cli
