// `ttx batch SCENARIO -n N`: many replications of the response on a pool of threads,
// and the answer over them — how often each target is met, what runs out first, what
// a what-if buys on the same random numbers. Thin: the library runs and answers.
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <CLI/CLI.hpp>

#include "sim/batch/batch_answer.h"
#include "sim/batch/batch_runner.h"
#include "sim/cli/batch_output.h"
#include "sim/cli/batch_progress.h"
#include "sim/cli/commands.h"
#include "sim/cli/district_folders.h"
#include "sim/cli/number_check.h"
#include "sim/io/batch_csv.h"
#include "sim/io/batch_json.h"
#include "sim/io/language.h"

namespace ttx::cli {

namespace {

struct BatchCommandOptions {
  std::string scenario, json, csv, xlsx, report, lang, shard;
  std::uint64_t replications = 0, seed = 0;
  int threads = 0;
  std::vector<std::string> sets, vs, sweeps;
  bool seed_given = false, vs_given = false;
};

int run_batch_command(const BatchCommandOptions& o) {
  const io::Lang lang = o.lang.empty() ? io::language_from_environment() : *io::parse_language(o.lang);
  batch::RunRequest q;
  q.scenario = o.scenario;
  q.district_folders = district_folders();
  q.plan.seed = o.seed;
  q.plan.replications = o.replications;
  q.plan.sets = o.sets;
  for (const auto& v : o.vs) {
    if (!v.empty()) q.plan.vs.push_back(v);
  }
  q.plan.compare = o.vs_given;
  q.seed_given = o.seed_given;
  for (const auto& text : o.sweeps) {
    batch::Sweep s;
    if (const std::string e = batch::parse_sweep(text, s); !e.empty()) {
      std::cerr << "ttx: --sweep: " << e << "\n";
      return 2;
    }
    q.plan.sweeps.push_back(std::move(s));
  }
  if (q.plan.sweeps.size() > 2) {
    std::cerr << "ttx: --sweep: at most two figures at once (a grid of two)\n";
    return 2;
  }
  if (!q.plan.sweeps.empty() && q.plan.compare) {
    std::cerr << "ttx: --vs and --sweep do not go together: a sweep compares every point on the same random numbers\n";
    return 2;
  }
  const bool sharded = !o.shard.empty();
  std::uint64_t shard = 0, shards = 1;
  if (sharded) {
    if (const std::string e = batch::parse_shard(o.shard, shard, shards); !e.empty()) {
      std::cerr << "ttx: --shard: " << e << "\n";
      return 2;
    }
    if (o.json.empty() || o.json == "-") {
      std::cerr << "ttx: --shard needs --json FILE for its partial result (ttx merge joins them)\n";
      return 2;
    }
    if (!o.csv.empty() || !o.xlsx.empty() || !o.report.empty()) {
      std::cerr << "ttx: --csv, --xlsx and --report come from the whole batch: give them to ttx merge\n";
      return 2;
    }
  }
  q.range = batch::shard_range(o.replications, shard, shards);
  q.threads = o.threads > 0 ? o.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));

  // The CSV header needs the schema, known once the scenario is read: open it on the first row.
  std::unique_ptr<io::BatchCsvWriter> csv;
  std::vector<std::string> labels;
  std::string csv_error;
  BatchProgress progress(lang == io::Lang::zh);
  batch::RunCallbacks cb;
  cb.on_progress = [&](std::uint64_t done, std::uint64_t total) { progress.update(done, total); };
  for (const auto& c : batch::configurations(q.plan)) labels.push_back(c.label);
  cb.on_start = [&](const batch::BatchHeader& h) {
    if (o.csv.empty()) return;
    csv = std::make_unique<io::BatchCsvWriter>(o.csv, h.schema);
    csv_error = csv->error();
  };
  cb.on_record = [&](std::size_t k, const batch::ReplicationRecord& r) {
    if (csv) csv->row(labels[k], r);
  };
  const batch::RunOutcome run = batch::run_batch(q, cb);
  if (!run.ok()) {
    for (const auto& e : run.errors) std::cerr << e << "\n";
    return 1;
  }
  if (csv) {
    if (const std::string e = csv_error.empty() ? csv->finish() : csv_error; !e.empty()) {
      std::cerr << "ttx: --csv: " << e << "\n";
      return 1;
    }
  }
  if (sharded) {
    if (const int rc = write_out("--json", o.json, io::batch_partial_json(run.result)); rc != 0) return rc;
    std::cout << (lang == io::Lang::zh ? "分片 " : "shard ") << shard + 1 << "/" << shards
              << (lang == io::Lang::zh ? "：重复 " : ": replications ") << q.range.first << "–" << q.range.last
              << (lang == io::Lang::zh ? "（不含）写入 " : " (exclusive) written to ") << o.json << "\n";
    return 0;
  }
  return print_batch(batch::answer(run.result), lang, o.json, o.xlsx, o.report);
}

}  // namespace

void register_batch_command(CLI::App& app) {
  auto o = std::make_shared<BatchCommandOptions>();
  CLI::App* cmd = app.add_subcommand(
      "batch",
      "Many replications of the response, played by the book: how often each target is met (district\n"
      "and per town, with 95% intervals), what runs out first, and what a change buys (--vs, --sweep),\n"
      "compared on the same random numbers. Replication i depends only on the seed and i: any --threads\n"
      "and any --shard split give the same answer.");
  cmd->add_option("scenario", o->scenario, "Scenario file")->required()->check(CLI::ExistingFile);
  cmd->add_option("-n,--replications", o->replications, "Number of replications")->required()->check(number({1, 1e7, true}));
  cmd->add_option("--threads", o->threads, "Threads (default: one per core)")->check(number({1, 256, true}));
  CLI::Option* seed = cmd->add_option("--seed", o->seed, "Master seed (default: the scenario's)");
  cmd->add_option("--set", o->sets, "What-if on any figure for every configuration: PATH=VALUE (as ttx run --set); repeatable")
      ->allow_extra_args(false);
  CLI::Option* vs = cmd->add_option("--vs", o->vs,
                                    "Compare with these figures changed (PATH=VALUE, repeatable) on the same random numbers;\n"
                                    "--vs alone compares the base with itself (every difference zero)")
                        ->expected(0, 1)
                        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd->add_option("--sweep", o->sweeps,
                  "Run a grid over a figure: PATH=a,b,c (e.g. depots.district_warehouse.bays=2,3,4); give two for a\n"
                  "grid of two. Tabulates the relief target against it. What a town depot buys:\n"
                  "--sweep depots+=none,FILE.yaml (without it, then with the depots of FILE)")
      ->allow_extra_args(false);
  cmd->add_option("--csv", o->csv, "Stream one row per replication to FILE");
  cmd->add_option("--shard", o->shard,
                  "Run only shard i of N (1-based) and write its partial result to --json FILE, for ttx merge");
  add_batch_output_options(cmd, o->json, o->xlsx, o->report, o->lang);
  cmd->footer(
      "Examples:\n"
      "  ttx batch scenarios/flood_typhoon_breach.yaml -n 1000\n"
      "  ttx batch scenarios/flood_typhoon_breach.yaml -n 1000 --vs stock.relief_quilt=+50%\n"
      "  ttx batch scenarios/earthquake_m6_onshore.yaml -n 500 --sweep depots.district_warehouse.bays=2,3,4\n"
      "  ttx batch scenarios/flood_typhoon_breach.yaml -n 1000 --shard 3/8 --json part3.json");
  cmd->callback([o, seed, vs] {
    o->seed_given = seed->count() > 0;
    o->vs_given = vs->count() > 0;
    throw CommandExit{run_batch_command(*o)};
  });
}

}  // namespace ttx::cli
