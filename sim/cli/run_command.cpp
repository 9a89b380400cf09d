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
#include "sim/core/sim_time.h"
#include "sim/io/clock_text.h"
#include "sim/io/aar_report.h"
#include "sim/io/atomic_write.h"
#include "sim/io/figure_overrides.h"
#include "sim/io/language.h"
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
  std::string scenario, until, json, lang, report;
  std::vector<std::string> sets;
  bool until_given = false;  // even as ''

  std::uint64_t replication = 0;
  double trucks = 1.0, stock = 1.0;
  int bays = -1;
  bool no_reserve = false, fingerprint = false;
};

int run_response(const RunCommandOptions& o) {
  const io::ScenarioLoad load = io::load_scenario(o.scenario, district_folders());
  if (!load.ok()) return report_problems(load.district.diagnostics);
  const world::Scenario& s = load.scenario;
  const auto end_s = static_cast<std::int64_t>(s.duration_h * 3600);
  std::int64_t until_s = end_s;  // default: the end
  if (o.until_given) {
    const io::Moment m = io::parse_moment(o.until, s.start_s);
    if (!m.at_s) {
      std::cerr << "ttx: --until: " << m.error << '\n';
      return 2;
    }
    until_s = *m.at_s;
  }
  if (until_s > end_s) {
    std::cerr << "ttx: --until " << o.until << " is after the scenario's end ("
              << core::format_clock(core::SimTime::at_seconds(end_s)) << "); stopping there\n";
    until_s = end_s;
  }
  response::RunOptions options;
  options.logistics.truck_factor = o.trucks;
  options.logistics.agreement_reserve = !o.no_reserve;
  options.logistics.stock_factor = o.stock;
  options.logistics.loading_bays = o.bays;
  // What-ifs on figures: the district read again with the figures changed in memory.
  io::OverriddenDistrict patched;
  std::string what_if;
  if (!o.sets.empty()) {
    const std::filesystem::path dir = std::filesystem::path(load.district.files.front()).parent_path();
    const io::OverrideResult changes = io::figure_overrides(load.district, dir, o.sets);
    for (const auto& e : changes.errors) std::cerr << "ttx: " << e << "\n";
    if (!changes.errors.empty()) return 2;
    patched = io::load_with_overrides(dir, changes);
    if (!patched.load.ok()) return report_problems(patched.load.diagnostics);
    for (const auto& c : changes.applied) what_if += ", " + c.field + " " + c.old_value + " -> " + c.new_value;
    for (const auto& d : patched.departures) what_if += " (departs from the source document: " + d + ")";
  }
  const world::World& world = o.sets.empty() ? load.district.world : patched.load.world;
  response::ResponseModel model(world, s, o.replication, options);
  std::int64_t held = 0;  // before the run draws on it
  for (std::uint32_t i = 0; i < world.items.size(); ++i) held += model.logistics().in_stock(i);
  const score::RunSummary summary = score::run_and_summarise(model, until_s);
  const score::Scorecard card = score::score(summary, world.scoring);
  if (o.fingerprint) {
    std::printf("%016llx\n", static_cast<unsigned long long>(summary.fingerprint));
    return 0;
  }
  const io::Lang lang = o.lang.empty() ? io::language_from_environment() : *io::parse_language(o.lang);
  const bool zh = lang == io::Lang::zh;
  char part[64];
  if (o.trucks != 1.0) std::snprintf(part, sizeof part, zh ? "，卡车 ×%g" : ", trucks x%g", o.trucks), what_if += part;
  if (o.stock != 1.0) std::snprintf(part, sizeof part, zh ? "，储备库库存 ×%g" : ", warehouse stock x%g", o.stock), what_if += part;
  if (o.bays >= 1) std::snprintf(part, sizeof part, zh ? "，装车位 %d 个" : ", %d loading bays", o.bays), what_if += part;
  if (o.no_reserve) what_if += zh ? "，无协议储备" : ", no agreement reserve";
  // Each part starts with its separator (", " or "，"): the header gets them without the first.
  const std::size_t first = what_if.rfind("，", 0) == 0 ? std::string("，").size() : 2;
  std::printf("%s", io::run_header(summary, what_if.empty() ? "" : what_if.substr(first), lang).c_str());
  std::printf("%s", io::what_if_warnings(model.logistics().trucks().empty(), held == 0, lang).c_str());
  std::printf("%s", io::run_timeline(model, lang).c_str());
  std::printf("%s", io::run_end_state(summary, lang).c_str());
  std::printf("%s", io::run_tables(summary, lang).c_str());
  std::printf("%s", io::scorecard_text(card, lang).c_str());
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
    const std::string html = io::aar_report_html(io::aar_input(model, summary, card, o.sets.empty() ? load.district.provenance : patched.load.provenance), lang);
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
  CLI::Option* until = cmd->add_option("--until", o->until,
                  "Stop at a time like T+24:00, or a date and time like 2026-07-02 08:00 if the scenario has a "
                  "start (default: the scenario's end)");
  cmd->add_option("--replication", o->replication, "Replication of the scenario's seed")
      ->capture_default_str()
      ->check(number({0, 1e9, true}));
  cmd->add_option("--trucks", o->trucks, "What-if: multiply the Transport department's trucks")
      ->capture_default_str()
      ->check(number({0, 100}));
  cmd->add_option("--stock", o->stock, "What-if: multiply the warehouse's own stock")
      ->capture_default_str()
      ->check(number({0, 1000}));
  cmd->add_option("--bays", o->bays, "What-if: the warehouse's loading bays (default: depots.yaml)")
      ->check(number({1, 100, true}));
  cmd->add_flag("--no-reserve", o->no_reserve, "What-if: the suppliers' agreement reserve does not exist");
  cmd->add_option("--set", o->sets,
                  "What-if on any figure: PATH=VALUE, e.g. depots.district_warehouse.bays=4, stock.relief_quilt=+50%,\n"
                  "vehicles.medium_truck.count=x2 (paths as ttx validate --provenance lists them); repeatable")
      ->allow_extra_args(false);
  cmd->add_option("--lang", o->lang, "Language of the output: zh or en (default: Chinese under a Chinese locale, else English)")
      ->check(CLI::IsMember({"zh", "en"}));
  cmd->add_flag("--fingerprint", o->fingerprint, "Print only the run's fingerprint (a hash of its events and figures)");
  cmd->add_option("--json", o->json, "Also write the run's summary and scorecard as JSON to FILE ('-': standard output; docs/run-json.md)");
  cmd->add_option("--report", o->report,
                  "Also write the after-action report (one self-contained HTML file, A4 when printed) to FILE,\n"
                  "in the language of --lang");
  cmd->callback([o, until] {
    o->until_given = until->count() > 0;
    throw CommandExit{run_response(*o)};
  });
}

}  // namespace ttx::cli
