// `ttx validate PATH`: load a district folder and print its summary, or every
// problem found in it; `--provenance` lists the tagged figures.
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "sim/cli/commands.h"
#include "sim/io/district_loader.h"
#include "sim/io/district_summary.h"

namespace ttx::cli {

namespace {

struct ValidateOptions {
  std::string path;
  bool provenance = false;
  std::string only = "assumed";
};

/// Prints the diagnostics; returns the exit status (0 clean, 1 problems).
int report(const io::Diagnostics& diags) {
  for (const auto& d : diags.list()) std::cerr << io::format(d) << '\n';
  if (diags.dropped() > 0) std::cerr << "... and " << diags.dropped() << " more problems\n";
  if (!diags.empty()) {
    std::cerr << diags.size() + diags.dropped() << " problem" << (diags.size() + diags.dropped() == 1 ? "" : "s")
              << " found\n";
  }
  return diags.empty() ? 0 : 1;
}

void print_provenance(const world::ProvenanceLog& log, const std::string& only) {
  std::size_t shown = 0;
  for (const auto& e : log) {
    if (only != "all" && world::to_string(e.kind) != only) continue;
    std::printf("%s:%d:%d: %s = %s  [%s%s%s]\n", e.file.c_str(), e.line, e.column, e.field.c_str(), e.value.c_str(),
                std::string(world::to_string(e.kind)).c_str(), e.note.empty() ? "" : ": ", e.note.c_str());
    ++shown;
  }
  std::printf("%zu %s figure%s of %zu tagged\n", shown, only.c_str(), shown == 1 ? "" : "s", log.size());
}

int run_validate(const ValidateOptions& o) {
  const io::DistrictLoad load = io::load_district(o.path);
  if (!load.ok()) return report(load.diagnostics);
  if (o.provenance) {
    print_provenance(load.provenance, o.only);
  } else {
    std::cout << io::format_summary(io::summarise(load.world, load.provenance));
  }
  return 0;
}

}  // namespace

void register_validate_command(CLI::App& app) {
  auto o = std::make_shared<ValidateOptions>();
  CLI::App* cmd = app.add_subcommand(
      "validate",
      "Check a district folder (or its district.yaml): print a summary, or every problem\n"
      "as file:line:column: field: message (exit 1).");
  cmd->add_option("path", o->path, "District folder, e.g. scenarios/haimen")->required();
  cmd->add_flag("--provenance", o->provenance, "List tagged figures instead of the summary");
  cmd->add_option("--only", o->only, "With --provenance: assumed, seed, public, standard, bureau or all")
      ->check(CLI::IsMember({"assumed", "seed", "public", "standard", "bureau", "all"}))
      ->capture_default_str();
  cmd->callback([o] { throw CommandExit(run_validate(*o)); });
}

}  // namespace ttx::cli
