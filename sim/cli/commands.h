// The `ttx` subcommands. Each registers its options on the CLI11 app and runs
// through the library; main.cpp only wires them together.
#pragma once

namespace CLI {
class App;
}

namespace ttx::cli {

void register_bench_command(CLI::App& app);

}  // namespace ttx::cli
