// `ttx bench mmc`: the engine's self-check against Erlang C, and its speed.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <string>

#include <CLI/CLI.hpp>

#include "sim/cli/bench_all.h"
#include "sim/cli/commands.h"
#include "sim/cli/number_check.h"
#include "sim/core/trace.h"
#include "sim/selfcheck/mmc_queue.h"

namespace ttx::cli {

namespace {

struct MmcOptions {
  selfcheck::MmcParams params;
  bool json = false;
  std::string trace_path;
};

void print_mmc(const MmcOptions& o, const selfcheck::MmcResult& r, double wall_s) {
  const double per_s = wall_s > 0 ? static_cast<double>(r.incidents) / wall_s : 0.0;
  if (o.json) {
    std::string s = "{\"incidents\":" + std::to_string(r.incidents) + ",\"wall_s\":";
    core::append_json_number(s, wall_s);
    s += ",\"incidents_per_s\":";
    core::append_json_number(s, per_s);
    s += ",\"mean_wait_h\":";
    core::append_json_number(s, r.mean_wait_h);
    s += ",\"erlang_c_wait_h\":";
    core::append_json_number(s, r.erlang_c_wait_h);
    s += ",\"mean_wait_se_h\":";
    core::append_json_number(s, r.wait_se_h);
    s += ",\"teams\":" + std::to_string(o.params.teams) + ",\"rho\":";
    core::append_json_number(s, o.params.rho);
    s += ",\"seed\":" + std::to_string(o.params.seed) + ",\"events\":" + std::to_string(r.events);
    s += ",\"utilisation\":";
    core::append_json_number(s, r.utilisation);
    s += "}";
    std::cout << s << '\n';
    return;
  }
  std::printf(
      "M/M/%d rho=%.3f seed=%llu: incidents %llu | wall %.3f s | %.3g incidents/s | "
      "mean wait %.5f h (± %.5f) | Erlang C %.5f h\n",
      o.params.teams, o.params.rho, static_cast<unsigned long long>(o.params.seed),
      static_cast<unsigned long long>(r.incidents), wall_s, per_s, r.mean_wait_h, r.wait_se_h,
      r.erlang_c_wait_h);
}

void run_mmc_command(const MmcOptions& o) {
  selfcheck::check_params(o.params);  // report bad options before opening any file
  std::unique_ptr<std::ofstream> trace_file;
  std::unique_ptr<core::TraceWriter> trace;
  if (!o.trace_path.empty()) {
    trace_file = std::make_unique<std::ofstream>(o.trace_path, std::ios::binary);
    if (!*trace_file) throw std::runtime_error("cannot write trace file '" + o.trace_path + "'");
    trace = std::make_unique<core::TraceWriter>(*trace_file);
  }
  const auto t0 = std::chrono::steady_clock::now();
  const selfcheck::MmcResult r = selfcheck::run_mmc(o.params, trace.get());
  const double wall_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (trace_file) {
    trace_file->flush();
    if (!*trace_file) throw std::runtime_error("writing trace file '" + o.trace_path + "' failed");
  }
  print_mmc(o, r, wall_s);
}

}  // namespace

void register_bench_command(CLI::App& app) {
  CLI::App* bench = app.add_subcommand("bench", "Benchmarks and self-checks of the engine");
  bench->require_subcommand(1);

  auto opts = std::make_shared<MmcOptions>();
  CLI::App* mmc = bench->add_subcommand(
      "mmc",
      "M/M/c dispatch queue: Poisson incidents (rate rho*C per hour), C identical teams,\n"
      "exponential service of mean 1 h, first come first served. Prints the simulated\n"
      "mean wait beside Erlang C's, and the engine's speed.");
  mmc->add_option("--teams", opts->params.teams, "Number of identical teams C")
      ->check(number({1, 1000000, true}))
      ->capture_default_str();
  // Below 0.01 the simulated span of many incidents outgrows the whole-second clock.
  mmc->add_option("--rho", opts->params.rho, "Utilisation, 0.01 <= rho < 1")
      ->check(number({selfcheck::kMinRho, 1.0, false, true}))
      ->capture_default_str();
  mmc->add_option("--incidents", opts->params.incidents, "Incidents to simulate")
      ->check(number({1, 1e12, true}))
      ->capture_default_str();
  // CLI11 would wrap "-1" into a huge unsigned seed: the checker refuses it first.
  // The bound is a scenario file's (a seed a YAML number holds exactly).
  mmc->add_option("--seed", opts->params.seed, "Master seed")
      ->check(number({0, 9.0e15, true}))
      ->capture_default_str();
  mmc->add_flag("--json", opts->json, "Print one JSON object instead of a line");
  mmc->add_option("--trace", opts->trace_path, "Write every event as a JSON line to FILE");
  mmc->callback([opts] { run_mmc_command(*opts); });

  auto scenarios = std::make_shared<std::string>("scenarios");
  CLI::App* all = bench->add_subcommand("all", "Every benchmark, each figure beside its target (exit 1 if one is missed)");
  all->add_option("--scenarios", *scenarios, "Folder of the shipped scenarios")->capture_default_str();
  all->callback([scenarios] { throw CommandExit{run_bench_all(*scenarios)}; });
}

}  // namespace ttx::cli
