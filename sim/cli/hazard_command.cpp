// `ttx hazard SCENARIO [--at T] [--csv | --geojson]`: the hazard field and its
// impacts per village at a moment, for a planner to check or load into QGIS.
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "sim/cli/commands.h"
#include "sim/cli/district_folders.h"
#include "sim/cli/number_check.h"
#include "sim/cli/report_problems.h"
#include "sim/core/sim_time.h"
#include "sim/hazard/generate.h"
#include "sim/io/clock_text.h"
#include "sim/io/hazard_report.h"
#include "sim/io/scenario_loader.h"
#include "sim/core/random_streams.h"
#include "sim/core/stream_names.h"
#include "sim/response/plan_engine.h"
#include "sim/response/reports.h"

namespace ttx::cli {

namespace {

struct HazardOptions {
  std::string scenario;
  std::string at;
  bool at_given = false;  // not given: the end of the scenario
  bool csv = false, geojson = false, fingerprint = false;
  std::uint64_t replication = 0;
};

// The levels the plans in force reach on a known picture: with perfect
// information (the yardstick) and as the reporting chain delivers it.
void print_plan_levels(const io::ScenarioLoad& load, const std::vector<response::PictureAt>& timeline,
                       std::int64_t until_s, const char* label) {
  response::PlanEngine engine(load.district.world, load.scenario.plans);
  for (const auto& p : timeline) {
    if (p.at_s > until_s) break;
    engine.update(p.at_s, p.picture);
  }
  std::printf("  plan levels %s:\n", label);
  if (engine.changes().empty()) std::printf("    none started\n");
  for (const auto& c : engine.changes()) {
    std::printf("    %s  %-24s %s -> %-3s %s\n", core::format_clock(core::SimTime::at_seconds(c.at_s)).c_str(),
                c.plan.c_str(), c.from == response::kNoResponse ? "-" : world::level_name(c.from).c_str(),
                world::level_name(c.to).c_str(), c.reason.c_str());
  }
}

int run_hazard(const HazardOptions& o) {
  const io::ScenarioLoad load = io::load_scenario(o.scenario, district_folders());
  if (!load.ok()) return report_problems(load.district.diagnostics);
  std::int64_t at_s = static_cast<std::int64_t>(load.scenario.duration_h * 3600);
  if (o.at_given) {
    const io::Moment m = io::parse_moment(o.at, load.scenario.start_s);
    if (!m.at_s) {
      std::cerr << "ttx: --at: " << m.error << '\n';
      return 2;
    }
    at_s = *m.at_s;
  }
  const hazard::HazardResult r = hazard::generate_impacts(load.district.world, load.scenario, o.replication);
  if (o.fingerprint) {
    std::printf("%016llx\n", static_cast<unsigned long long>(hazard::fingerprint(r)));
    return 0;
  }
  const io::HazardSnapshot s = io::snapshot(load.district.world, r, at_s);
  if (o.csv) std::cout << io::hazard_csv(load.district.world, r, s);
  else if (o.geojson) std::cout << io::hazard_geojson(load.district.world, r, s);
  else {
    std::cout << io::hazard_summary(load.district.world, r, s);
    print_plan_levels(load, response::perfect_information(r), at_s, "with perfect information");
    core::Rng reports = core::StreamFactory(load.scenario.seed, o.replication).stream(core::streams::kReports);
    print_plan_levels(load, response::reported_picture(load.district.world, r, reports), at_s,
                      "as the reporting chain tells the duty office");
  }
  return 0;
}

}  // namespace

void register_hazard_command(CLI::App& app) {
  auto o = std::make_shared<HazardOptions>();
  CLI::App* cmd = app.add_subcommand(
      "hazard",
      "The scenario's hazard at a moment: field and impacts per town (default), per village\n"
      "as CSV, or as GeoJSON (villages as points, closed roads as lines) for QGIS.");
  cmd->add_option("scenario", o->scenario, "Scenario file")->required()->check(CLI::ExistingFile);
  CLI::Option* at = cmd->add_option(
      "--at", o->at, "Time like T+06:00, or a date and time if the scenario has a start (default: its end)");
  auto* csv = cmd->add_flag("--csv", o->csv, "One CSV row per village");
  auto* geo = cmd->add_flag("--geojson", o->geojson, "GeoJSON FeatureCollection");
  csv->excludes(geo);
  cmd->add_flag("--fingerprint", o->fingerprint, "Print only the 64-bit fingerprint of all impacts (determinism checks)");
  cmd->add_option("--replication", o->replication, "Replication of the scenario's seed")
      ->capture_default_str()
      ->check(number({0, 1e9, true}));
  cmd->callback([o, at] {
    o->at_given = at->count() > 0;
    throw CommandExit{run_hazard(*o)};
  });
}

}  // namespace ttx::cli
