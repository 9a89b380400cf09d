// `ttx run SCENARIO`: one replication of the response, played by the book, as a
// readable timeline and the state at the end.
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "sim/cli/commands.h"
#include "sim/cli/report_problems.h"
#include "sim/core/sim_time.h"
#include "sim/io/clock_text.h"
#include "sim/io/aar_report.h"
#include "sim/io/atomic_write.h"
#include "sim/io/run_json.h"
#include "sim/io/run_report.h"
#include "sim/io/scorecard_text.h"
#include "sim/io/scenario_loader.h"
#include "sim/response/response_model.h"
#include "sim/score/run_summary.h"
#include "sim/score/scorecard.h"

namespace ttx::cli {

namespace {

struct RunCommandOptions {
  std::string scenario, until, json, report, lang;
  std::uint64_t replication = 0;
  double trucks = 1.0, stock = 1.0;
  int bays = -1;
  bool no_reserve = false, fingerprint = false;
};

int run_response(const RunCommandOptions& o) {
  const io::ScenarioLoad load = io::load_scenario(o.scenario);
  if (!load.ok()) return report_problems(load.district.diagnostics);
  const world::Scenario& s = load.scenario;
  std::int64_t until_s = static_cast<std::int64_t>(s.duration_h * 3600);  // default: the end
  if (!o.until.empty()) {
    const auto parsed = io::parse_clock(o.until);
    if (!parsed) {
      std::cerr << "ttx: --until: expected a time like T+24:00, got '" << o.until << "'\n";
      return 2;
    }
    until_s = *parsed;
  }
  const auto end_s = static_cast<std::int64_t>(s.duration_h * 3600);
  if (until_s > end_s) {
    std::cerr << "ttx: --until " << o.until << " is after the scenario's end (" << core::format_clock(core::SimTime::at_seconds(end_s))
              << "); stopping there\n";
    until_s = end_s;
  }
  response::RunOptions options;
  options.logistics.truck_factor = o.trucks;
  options.logistics.agreement_reserve = !o.no_reserve;
  options.logistics.stock_factor = o.stock;
  options.logistics.loading_bays = o.bays;
  response::ResponseModel model(load.district.world, s, o.replication, options);
  const score::RunSummary summary = score::run_and_summarise(model, until_s);
  const score::Scorecard card = score::score(summary, load.district.world.scoring);
  if (o.fingerprint) {
    std::printf("%016llx\n", static_cast<unsigned long long>(summary.fingerprint));
    return 0;
  }
  std::printf("%s (%s), seed %llu, replication %llu, plans played by the book\n", s.name_zh.c_str(), s.id.c_str(),
              static_cast<unsigned long long>(s.seed), static_cast<unsigned long long>(o.replication));
  std::string what_if;
  char part[64];
  if (o.trucks != 1.0) std::snprintf(part, sizeof part, ", trucks x%g", o.trucks), what_if += part;
  if (o.stock != 1.0) std::snprintf(part, sizeof part, ", warehouse stock x%g", o.stock), what_if += part;
  if (o.bays >= 1) std::snprintf(part, sizeof part, ", %d loading bays", o.bays), what_if += part;
  if (o.no_reserve) what_if += ", no agreement reserve";
  if (!what_if.empty()) std::printf("what-if: %s\n", what_if.c_str() + 2);
  std::printf("timeline\n%s", io::run_timeline(model).c_str());
  std::printf("%s", io::run_end_state(model).c_str());
  std::printf("%s", io::run_tables(model).c_str());
  std::printf("%s", io::scorecard_text(card).c_str());
  if (!o.json.empty()) {
    const std::string text = io::run_json(summary, card);
    if (o.json == "-") {
      std::fwrite(text.data(), 1, text.size(), stdout);
    } else if (const std::string error = io::write_file_atomically(o.json, text); !error.empty()) {
      std::cerr << "ttx: --json: " << error << "\n";
      return 1;
    }
  }
  if (!o.report.empty()) {
    const io::ReportLang lang = io::report_language(o.lang, std::getenv("LC_ALL"), std::getenv("LANG"));
    const std::string html = io::aar_report_html(io::aar_input(model, summary, card, load.district.provenance), lang);
    if (const std::string error = io::write_file_atomically(o.report, html); !error.empty()) {
      std::cerr << "ttx: --report: " << error << "\n";
      return 1;
    }
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
  cmd->add_option("--until", o->until, "Stop at a time like T+24:00 (default: the scenario's end)");
  cmd->add_option("--replication", o->replication, "Replication of the scenario's seed")->capture_default_str();
  cmd->add_option("--trucks", o->trucks, "What-if: multiply the Transport department's trucks")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 100.0));
  cmd->add_option("--stock", o->stock, "What-if: multiply the warehouse's own stock")
      ->capture_default_str()
      ->check(CLI::Range(0.0, 1000.0));
  cmd->add_option("--bays", o->bays, "What-if: the warehouse's loading bays (default: depots.yaml)")->check(CLI::Range(1, 100));
  cmd->add_flag("--no-reserve", o->no_reserve, "What-if: the suppliers' agreement reserve does not exist");
  cmd->add_flag("--fingerprint", o->fingerprint, "Print only the run's fingerprint (a hash of its events and figures)");
  cmd->add_option("--json", o->json, "Also write the run's summary and scorecard as JSON to FILE ('-': standard output; docs/run-json.md)");
  cmd->add_option("--report", o->report,
                  "Also write the after-action report (one self-contained HTML file, A4 when printed) to FILE");
  cmd->add_option("--lang", o->lang, "Language of the report: zh or en (default: Chinese when LC_ALL or LANG is zh_*)")
      ->check(CLI::IsMember({"zh", "en"}));
  cmd->callback([o] { throw CommandExit{run_response(*o)}; });
}

}  // namespace ttx::cli
