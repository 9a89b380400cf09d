// What `ttx batch` and `ttx merge` print and write: the answer on the terminal in the
// run's language, and its JSON, workbook and report files.
#pragma once

#include <string>

#include "sim/batch/batch_answer.h"
#include "sim/io/language.h"

namespace CLI {
class App;
}

namespace ttx::cli {

/// Writes `text` to `path` atomically ('-': standard output); 0, or 1 after saying why not.
int write_out(const std::string& what, const std::string& path, const std::string& text);

/// Prints the answer (unless the JSON goes to standard output) and writes the files asked for.
int print_batch(const batch::BatchAnswer& answer, io::Lang lang, const std::string& json, const std::string& xlsx,
                const std::string& report);

/// --json, --xlsx, --report and --lang, shared by both commands.
void add_batch_output_options(CLI::App* cmd, std::string& json, std::string& xlsx, std::string& report, std::string& lang);

}  // namespace ttx::cli
