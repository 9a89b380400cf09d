// `ttx drills`: the ready-made drills, one per town and hazard, each with its MSEL.
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "sim/cli/commands.h"
#include "sim/cli/district_folders.h"
#include "sim/cli/report_problems.h"
#include "sim/io/drill_list.h"
#include "sim/io/language.h"

namespace ttx::cli {

namespace {

struct DrillsOptions {
  std::string folder, lang;
  bool json = false;
};

int run_drills(const DrillsOptions& o) {
  std::filesystem::path folder = o.folder;
  if (folder.empty()) {
    for (const auto& f : district_folders()) {
      std::error_code ec;
      if (std::filesystem::is_directory(f / "drills", ec)) {
        folder = f / "drills";
        break;
      }
    }
  }
  if (folder.empty()) {
    std::cerr << "ttx drills: no drills folder (scenarios/drills) found; name one with --dir\n";
    return 1;
  }
  const io::DrillList list = io::list_drills(folder);
  if (!list.diagnostics.empty()) return report_problems(list.diagnostics);
  const io::Lang lang = o.lang.empty() ? io::language_from_environment() : *io::parse_language(o.lang);
  std::cout << (o.json ? io::drills_json(list) : io::drills_text(list, lang));
  return 0;
}

}  // namespace

void register_drills_command(CLI::App& app) {
  auto o = std::make_shared<DrillsOptions>();
  CLI::App* cmd = app.add_subcommand("drills", "List the ready-made town drills (12 units × flood, earthquake, freezing rain)");
  cmd->footer(
      "Each drill is a scenario file scoped to one town, with its MSEL (演练脚本); run one with\n"
      "`ttx run FILE`, check one with `ttx validate FILE`. The files are written by scripts/generate-drills.");
  cmd->add_option("--dir", o->folder, "The drills folder (default: scenarios/drills)");
  cmd->add_option("--lang", o->lang, "zh or en (default: from the locale)")->check(CLI::IsMember({"zh", "en"}));
  cmd->add_flag("--json", o->json, "Print the list as JSON");
  cmd->callback([o] { throw CommandExit{run_drills(*o)}; });
}

}  // namespace ttx::cli
