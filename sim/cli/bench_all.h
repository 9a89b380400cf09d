// `ttx bench all`: every benchmark that exists, printed as a Markdown table beside
// its target, the last line a one-line summary (the README's performance table).
#pragma once

#include <string>

namespace ttx::cli {

/// Returns 0 when every measured target is met, 1 otherwise.
int run_bench_all(const std::string& scenarios_dir);

}  // namespace ttx::cli
