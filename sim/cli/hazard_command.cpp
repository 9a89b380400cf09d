// `ttx hazard SCENARIO [--at T] [--json | --csv | --geojson]`: the hazard field and its
// impacts per village at a moment, for a planner to check or load into QGIS.
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "sim/cli/commands.h"
#include "sim/cli/district_folders.h"
#include "sim/cli/number_check.h"
#include "sim/cli/report_problems.h"
#include "sim/io/clock_text.h"
#include "sim/io/hazard_report.h"
#include "sim/io/language.h"
#include "sim/io/scenario_loader.h"
#include "sim/score/hazard_summary.h"

namespace ttx::cli {

namespace {

struct HazardOptions {
  std::string scenario, at, lang;
  bool at_given = false;  // not given: the end of the scenario
  bool csv = false, geojson = false, json = false, fingerprint = false;
  std::uint64_t replication = 0;
};

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
  const world::World& w = load.district.world;
  const score::HazardSummary h = score::summarise_hazard(w, load.scenario, o.replication, at_s);
  std::string out;
  if (o.fingerprint) out = fmt::format("{:016x}\n", hazard::fingerprint(h.result));
  else if (o.csv) out = io::hazard_csv(w, h);
  else if (o.geojson) out = io::hazard_geojson(w, h);
  else if (o.json) out = io::hazard_json(w, load.scenario, h);
  else out = io::hazard_text(w, load.scenario, h, o.lang.empty() ? io::language_from_environment() : *io::parse_language(o.lang));
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

}  // namespace

void register_hazard_command(CLI::App& app) {
  auto o = std::make_shared<HazardOptions>();
  CLI::App* cmd = app.add_subcommand(
      "hazard",
      "The scenario's hazard at a moment: field and impacts per town and the plans' levels (default),\n"
      "as JSON, per village as CSV, or as GeoJSON (villages as points, closed roads as lines) for QGIS.");
  cmd->add_option("scenario", o->scenario, "Scenario file")->required()->check(CLI::ExistingFile);
  CLI::Option* at = cmd->add_option(
      "--at", o->at, "Time like T+06:00, or a date and time if the scenario has a start (default: its end)");
  auto* csv = cmd->add_flag("--csv", o->csv, "One CSV row per village");
  auto* geo = cmd->add_flag("--geojson", o->geojson, "GeoJSON FeatureCollection");
  auto* json = cmd->add_flag("--json", o->json, "The summary as JSON (docs/run-json.md)");
  csv->excludes(geo);
  json->excludes(csv)->excludes(geo);
  cmd->add_flag("--fingerprint", o->fingerprint, "Print only the 64-bit fingerprint of all impacts (determinism checks)")
      ->excludes(csv)
      ->excludes(geo)
      ->excludes(json);
  cmd->add_option("--lang", o->lang, "Language of the summary: zh or en (default: Chinese under a Chinese locale, else English)")
      ->check(CLI::IsMember({"zh", "en"}));
  cmd->add_option("--replication", o->replication, "Replication of the scenario's seed")
      ->capture_default_str()
      ->check(number({0, 1e9, true}));
  cmd->callback([o, at] {
    o->at_given = at->count() > 0;
    throw CommandExit{run_hazard(*o)};
  });
}

}  // namespace ttx::cli
