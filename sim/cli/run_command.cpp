// `ttx run SCENARIO`: one replication of the response, played by the book, as a
// readable timeline and the state at the end.
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "sim/cli/commands.h"
#include "sim/cli/district_folders.h"
#include "sim/cli/number_check.h"
#include "sim/cli/report_problems.h"
#include "sim/exercise/one_run.h"
#include "sim/io/aar_report.h"
#include "sim/io/atomic_write.h"
#include "sim/io/language.h"
#include "sim/io/run_csv.h"
#include "sim/io/run_json.h"
#include "sim/io/run_report.h"
#include "sim/io/msel_text.h"
#include "sim/io/scorecard_text.h"
#include "sim/score/improvement_plan.h"

namespace ttx::cli {

namespace {

struct RunCommandOptions {
  std::string scenario, until, json, lang, report, events, csv;
  std::vector<std::string> sets;
  bool until_given = false;  // even as ''
  std::uint64_t replication = 0, seed = 0;
  bool seed_given = false;
  exercise::WhatIfSpellings spellings;
  bool fingerprint = false;
};

int write_output(const std::string& file, const std::string& text, const char* option) {
  if (file == "-") {
    std::fwrite(text.data(), 1, text.size(), stdout);
  } else if (const std::string error = io::write_file_atomically(file, text); !error.empty()) {
    std::cerr << "ttx: " << option << ": " << error << "\n";
    return 1;
  }
  return 0;
}

int run_response(const RunCommandOptions& o) {
  exercise::RunRequest q;
  q.scenario = o.scenario;
  q.district_folders = district_folders();
  q.replication = o.replication;
  if (o.seed_given) q.seed = o.seed;
  if (o.until_given) q.until = o.until;
  q.sets = o.sets;
  q.spellings = o.spellings;
  const std::unique_ptr<exercise::OneRun> run = exercise::run_once(q);
  if (!run->diagnostics.empty()) return report_problems(run->diagnostics);
  for (const auto& e : run->errors) std::cerr << "ttx: " << e << "\n";
  if (!run->errors.empty()) return 2;
  for (const auto& n : run->notices) std::cerr << "ttx: " << n << "\n";
  const score::RunSummary& summary = run->summary;
  const io::Lang lang = o.lang.empty() ? io::language_from_environment() : *io::parse_language(o.lang);
  // --fingerprint replaces the printed account, never the files asked for.
  if (o.fingerprint) {
    std::printf("%016llx\n", static_cast<unsigned long long>(summary.fingerprint));
  } else {
    std::printf("%s", io::run_header(summary, io::what_if_text(run->applied, run->patched.departures, lang), lang).c_str());
    std::printf("%s", io::what_if_warnings(run->no_trucks, run->empty_warehouse, lang).c_str());
    std::printf("%s", io::run_timeline(*run->model, lang).c_str());
    std::printf("%s", io::run_end_state(summary, lang).c_str());
    std::printf("%s", io::run_tables(summary, lang).c_str());
    std::printf("%s", io::msel_text(summary, lang).c_str());
    std::printf("%s", io::scorecard_text(run->card, lang).c_str());
  }
  if (!o.json.empty()) {
    const auto findings = score::improvement_plan(summary, run->card, run->world().scoring);
    if (const int rc = write_output(o.json, io::run_json(summary, run->card, *run->model, findings), "--json")) return rc;
  }
  if (!o.csv.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(o.csv, ec);
    if (ec) {
      std::cerr << "ttx: --csv: " << o.csv << ": " << ec.message() << "\n";
      return 1;
    }
    for (const auto& f : io::run_csv(summary, run->card, *run->model, lang)) {
      if (const int rc = write_output((std::filesystem::path(o.csv) / f.name).string(), f.text, "--csv")) return rc;
    }
  }
  if (!o.events.empty()) {
    if (const int rc = write_output(o.events, io::run_events_jsonl(summary, *run->model), "--events")) return rc;
  }
  if (!o.report.empty()) {
    const std::string html = io::aar_report_html(io::aar_input(*run->model, summary, run->card, run->provenance()), lang);
    if (const int rc = write_output(o.report, html, "--report")) return rc;
  }
  return 0;
}

}  // namespace

void register_run_command(CLI::App& app) {
  auto o = std::make_shared<RunCommandOptions>();
  CLI::App* cmd = app.add_subcommand(
      "run",
      "One run of the response, the plans played by the book: reports reach the duty office,\n"
      "levels rise, units and relief are dispatched. Prints the timeline (levels and why,\n"
      "first unit on site and first relief per town, stockouts, the reserve) and the end state.");
  cmd->add_option("scenario", o->scenario, "Scenario file")->required()->check(CLI::ExistingFile);
  CLI::Option* until = cmd->add_option("--until", o->until,
                  "Stop at a time like T+24:00, or a date and time like 2026-07-02 08:00 if the scenario has a "
                  "start (default: the scenario's end)");
  cmd->add_option("--replication", o->replication, "Replication of the scenario's seed")
      ->capture_default_str()
      ->check(number({0, 1e9, true}));
  CLI::Option* seed = cmd->add_option("--seed", o->seed, "Play on another seed than the scenario's (its replications as well)")
                          ->check(number({0, 1.8e19, true}));
  cmd->add_option("--trucks", o->spellings.trucks, "What-if: multiply the Transport department's trucks (the same as --set vehicles.ID.count=xX for each)")
      ->capture_default_str()
      ->check(number({0, 100}));
  cmd->add_option("--stock", o->spellings.stock, "What-if: multiply the warehouse's own stock (--set stock.ITEM=xX for each item there)")
      ->capture_default_str()
      ->check(number({0, 1000}));
  cmd->add_option("--bays", o->spellings.bays, "What-if: the warehouse's loading bays (--set depots.district_warehouse.bays=N)")
      ->check(number({1, 100, true}));
  cmd->add_flag("--no-reserve", o->spellings.no_reserve,
                "What-if: the suppliers' agreement reserve holds nothing (--set stock.ITEM=0 for its items)");
  cmd->add_option("--set", o->sets,
                  "What-if on any figure: PATH=VALUE, e.g. depots.district_warehouse.bays=4, stock.relief_quilt=+50%,\n"
                  "vehicles.medium_truck.count=x2 (paths as ttx validate --provenance lists them); repeatable.\n"
                  "depots+=FILE adds a town depot (or several) from a YAML file in the form of depots.yaml, with its own\n"
                  "stock and vehicles (e.g. scenarios/what-if/binjiang_town_depot.yaml); relief then comes from the\n"
                  "nearest depot that holds the item")
      ->allow_extra_args(false);
  cmd->add_option("--lang", o->lang, "Language of the output: zh or en (default: Chinese under a Chinese locale, else English)")
      ->check(CLI::IsMember({"zh", "en"}));
  cmd->add_flag("--fingerprint", o->fingerprint,
                "Print the run's fingerprint (a hash of its events and figures) instead of its account; --json and --report are still written");
  cmd->add_option("--json", o->json, "Also write the run's summary and scorecard as JSON to FILE ('-': standard output; docs/run-json.md)");
  cmd->add_option("--csv", o->csv,
                  "Also write the run's tables as CSV files into folder DIR (made if missing): towns.csv, categories.csv,\n"
                  "series.csv (hourly), scorecard.csv and events.csv; UTF-8 with a byte-order mark so Excel shows Chinese,\n"
                  "headers and names in the language of --lang");
  cmd->add_option("--events", o->events,
                  "Also write the run's log records as JSON Lines to FILE, numbered as the JSON's events ('-': standard output)");
  cmd->add_option("--report", o->report,
                  "Also write the after-action report (one self-contained HTML file, A4 when printed) to FILE,\n"
                  "in the language of --lang ('-': standard output)");
  cmd->callback([o, until, seed] {
    o->until_given = until->count() > 0;
    o->seed_given = seed->count() > 0;
    throw CommandExit{run_response(*o)};
  });
}

}  // namespace ttx::cli
