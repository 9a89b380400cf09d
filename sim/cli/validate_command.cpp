// `ttx validate PATH`: load a district folder and print its summary, or every
// problem found in it; `--provenance` lists the tagged figures.
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "sim/cli/commands.h"
#include "sim/cli/district_folders.h"
#include "sim/cli/report_problems.h"
#include "sim/io/district_loader.h"
#include "sim/io/district_summary.h"
#include "sim/io/scenario_loader.h"

namespace ttx::cli {

namespace {

struct ValidateOptions {
  std::string path;
  bool provenance = false, json = false;
  std::string only = "assumed";
};

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

void print_scenario(const world::Scenario& s) {
  std::printf("scenario %s: %s / %s\n", s.id.c_str(), s.name_zh.c_str(), s.name_en.c_str());
  std::string plans;
  for (const auto& p : s.plans) plans += (plans.empty() ? "" : ", ") + p;
  std::printf("  hazard %s; plans %s\n", s.hazard_type.c_str(), plans.c_str());
  std::size_t expected = 0;
  for (const auto& in : s.injects) expected += in.has_expected;
  std::printf("  %zu injects (%zu with an expected action), %g h, seed %llu\n", s.injects.size(), expected, s.duration_h,
              static_cast<unsigned long long>(s.seed));
  if (!s.drill_town.empty()) std::printf("  drill for %s\n", s.drill_town.c_str());
}

int run_validate(const ValidateOptions& o) {
  const bool scenario = io::is_scenario_file(o.path);
  io::ScenarioLoad loaded;
  if (scenario) loaded = io::load_scenario(o.path, district_folders());
  else loaded.district = io::load_district(o.path);
  const io::DistrictLoad& load = loaded.district;
  if (!load.ok()) return report_problems(load.diagnostics);
  if (o.provenance) {
    print_provenance(load.provenance, o.only);
    return 0;
  }
  const io::DistrictSummary summary = io::summarise(load.world, load.provenance);
  if (o.json) {
    std::cout << io::summary_json(summary);
    return 0;
  }
  std::cout << io::format_summary(summary);
  if (scenario) print_scenario(loaded.scenario);
  return 0;
}

}  // namespace

void register_validate_command(CLI::App& app) {
  auto o = std::make_shared<ValidateOptions>();
  CLI::App* cmd = app.add_subcommand(
      "validate",
      "Check a scenario file or a district folder: print a summary, or every problem\n"
      "as file:line:column: field: message (exit 1).");
  cmd->add_option("path", o->path, "Scenario file or district folder, e.g. scenarios/haimen")->required();
  auto* provenance = cmd->add_flag("--provenance", o->provenance, "List tagged figures instead of the summary");
  cmd->add_flag("--json", o->json, "The district's summary as JSON")->excludes(provenance);
  cmd->add_option("--only", o->only, "With --provenance: assumed, seed, public, standard, bureau or all")
      ->check(CLI::IsMember({"assumed", "seed", "public", "standard", "bureau", "all"}))
      ->capture_default_str();
  cmd->callback([o] { throw CommandExit{run_validate(*o)}; });
}

}  // namespace ttx::cli
