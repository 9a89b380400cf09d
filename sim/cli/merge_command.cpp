// `ttx merge PARTS...`: the shards of a batch (`ttx batch --shard i/N --json`) joined
// into exactly the answer one machine gives for the whole batch.
#include <fstream>
#include <iostream>
#include <sstream>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "sim/cli/batch_output.h"
#include "sim/cli/commands.h"
#include "sim/io/batch_json.h"
#include "sim/io/language.h"

namespace ttx::cli {

namespace {

struct MergeOptions {
  std::vector<std::string> parts;
  std::string json, xlsx, report, lang;
};

int run_merge(const MergeOptions& o) {
  const io::Lang lang = o.lang.empty() ? io::language_from_environment() : *io::parse_language(o.lang);
  std::vector<batch::BatchResult> parts;
  for (const auto& name : o.parts) {
    std::ifstream in(name, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    if (!in) {
      std::cerr << "ttx: " << name << ": cannot be read\n";
      return 1;
    }
    io::PartialRead part = io::read_batch_partial(name, text.str());
    if (!part.error.empty()) {
      std::cerr << "ttx: " << part.error << "\n";
      return 1;
    }
    parts.push_back(std::move(part.result));
  }
  io::MergeResult whole = io::merge_partials(std::move(parts), o.parts);
  if (!whole.error.empty()) {
    std::cerr << "ttx: merge: " << whole.error << "\n";
    return 1;
  }
  return print_batch(batch::answer(whole.result), lang, o.json, o.xlsx, o.report);
}

}  // namespace

void register_merge_command(CLI::App& app) {
  auto o = std::make_shared<MergeOptions>();
  CLI::App* cmd = app.add_subcommand(
      "merge", "Join the partial results of a sharded batch (ttx batch --shard i/N --json F) into the whole batch's answer.");
  cmd->add_option("parts", o->parts, "Partial result files, one per shard, in any order")->required()->check(CLI::ExistingFile);
  add_batch_output_options(cmd, o->json, o->xlsx, o->report, o->lang);
  cmd->callback([o] { throw CommandExit{run_merge(*o)}; });
}

}  // namespace ttx::cli
