// `ttx validate PATH`: load a district folder and print its summary, or every
// problem found in it; `--provenance` lists the tagged figures, and with `--xlsx`
// writes the assumed ones as the bureau's worklist.
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <thread>

#include <CLI/CLI.hpp>

#include "sim/cli/batch_progress.h"
#include "sim/cli/commands.h"
#include "sim/cli/district_folders.h"
#include "sim/cli/report_problems.h"
#include "sim/exchange/sensitivity.h"
#include "sim/exchange/worklist.h"
#include "sim/exchange/xlsx_writer.h"
#include "sim/io/district_loader.h"
#include "sim/io/district_summary.h"
#include "sim/io/scenario_loader.h"

namespace ttx::cli {

namespace {

namespace fs = std::filesystem;

struct ValidateOptions {
  std::string path;
  bool provenance = false, json = false;
  std::string only = "assumed";
  std::string xlsx, lang;
  bool no_sensitivity = false;
  std::uint64_t replications = 3;
  int threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
};

void print_provenance(const world::ProvenanceLog& log, const std::string& only, bool zh) {
  std::size_t shown = 0;
  for (const auto& e : log) {
    if (only != "all" && world::to_string(e.kind) != only) continue;
    std::printf("%s:%d:%d: %s = %s  [%s%s%s]\n", e.file.c_str(), e.line, e.column, e.field.c_str(), e.value.c_str(),
                std::string(world::to_string(e.kind)).c_str(), e.note.empty() ? "" : ": ", e.note.c_str());
    ++shown;
  }
  if (zh) std::printf("共 %zu 个带来源标记的数据，其中 %s %zu 个\n", log.size(), only.c_str(), shown);
  else std::printf("%zu %s figure%s of %zu tagged\n", shown, only.c_str(), shown == 1 ? "" : "s", log.size());
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

// The shipped scenarios of a district: the scenario given, or every scenario file
// beside the district's folder (those of another district are skipped when run).
std::vector<fs::path> shipped_scenarios(const std::string& path, const io::DistrictLoad& load) {
  if (io::is_scenario_file(path)) return {path};
  std::vector<fs::path> out;
  if (load.files.empty()) return out;
  const fs::path beside = fs::absolute(load.files.front()).parent_path().parent_path();
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(beside, ec)) {
    if (entry.path().extension() == ".yaml" && io::is_scenario_file(entry.path())) out.push_back(entry.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

int write_worklist(const ValidateOptions& o, const io::DistrictLoad& load, io::Lang lang) {
  const bool zh = lang == io::Lang::zh;
  exchange::SensitivityResult sens;
  if (!o.no_sensitivity) {
    exchange::SensitivityRequest q{shipped_scenarios(o.path, load), district_folders(), o.replications, o.threads, {}};
    std::fprintf(stderr, zh ? "敏感性试算：%zu 个情景，每个数据 %llu 次重复（--no-sensitivity 可跳过）\n"
                            : "sensitivity: %zu scenarios, %llu replications per figure (--no-sensitivity skips it)\n",
                 q.scenarios.size(), static_cast<unsigned long long>(o.replications));
    BatchProgress progress(zh, zh ? "ttx validate 敏感性试算" : "ttx validate sensitivity", zh ? "个数据" : "figures");
    const fs::path dir = fs::absolute(load.files.front()).parent_path();
    sens = exchange::measure_sensitivity(load, dir, q, [&](std::uint64_t done, std::uint64_t total) { progress.update(done, total); });
    for (const auto& e : sens.errors) std::fprintf(stderr, "ttx: %s\n", e.c_str());
  }
  const exchange::Workbook book = exchange::worklist_workbook(load, o.no_sensitivity ? nullptr : &sens);
  if (const std::string err = exchange::write_xlsx(book, o.xlsx); !err.empty()) {
    std::cerr << "ttx: " << err << '\n';
    return 1;
  }
  const std::size_t rows = book.sheets.front().rows.size();
  if (zh) {
    std::printf("已写出 %s：%zu 个假定数据，每行一个；请在最后两列填写区局核定值及其依据，然后运行 ttx import worklist %s --district DIR\n",
                o.xlsx.c_str(), rows, o.xlsx.c_str());
  } else {
    std::printf("wrote %s: %zu assumed figures, one a row; fill in the last two columns (the bureau's value and its "
                "source), then run ttx import worklist %s --district DIR\n",
                o.xlsx.c_str(), rows, o.xlsx.c_str());
  }
  return 0;
}

int run_validate(const ValidateOptions& o) {
  const io::Lang lang = command_language(o.lang);
  const bool scenario = io::is_scenario_file(o.path);
  io::ScenarioLoad loaded;
  if (scenario) loaded = io::load_scenario(o.path, district_folders());
  else loaded.district = io::load_district(o.path);
  const io::DistrictLoad& load = loaded.district;
  if (!load.ok()) return report_problems(load.diagnostics, lang);
  if (!o.xlsx.empty()) return write_worklist(o, load, lang);
  if (o.provenance) {
    print_provenance(load.provenance, o.only, lang == io::Lang::zh);
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
      "as file:line:column: field: message (exit 1). With --provenance --xlsx FILE, write\n"
      "every assumed figure as the bureau's worklist, with how much the shipped\n"
      "scenarios' scores depend on it (ttx import worklist reads it back).");
  cmd->add_option("path", o->path, "Scenario file or district folder, e.g. scenarios/haimen")->required();
  auto* provenance = cmd->add_flag("--provenance", o->provenance, "List tagged figures instead of the summary");
  cmd->add_flag("--json", o->json, "The district's summary as JSON")->excludes(provenance);
  cmd->add_option("--only", o->only, "With --provenance: assumed, seed, public, standard, bureau or all")
      ->check(CLI::IsMember({"assumed", "seed", "public", "standard", "bureau", "all"}))
      ->capture_default_str();
  auto* xlsx = cmd->add_option("--xlsx", o->xlsx, "With --provenance: write the assumed figures as a worklist, e.g. 待核实数据清单.xlsx")
                   ->needs(provenance);
  cmd->add_flag("--no-sensitivity", o->no_sensitivity, "With --xlsx: leave out the sensitivity run (instant)")->needs(xlsx);
  cmd->add_option("--sensitivity-n", o->replications, "With --xlsx: replications per scenario and figure")
      ->check(CLI::Range(1, 1000))
      ->capture_default_str()
      ->needs(xlsx);
  cmd->add_option("--threads", o->threads, "With --xlsx: threads for the sensitivity run")->check(CLI::Range(1, 256))->needs(xlsx);
  cmd->add_option("--lang", o->lang, "Language of the messages: zh or en (default: Chinese under a Chinese locale, else English)")
      ->check(CLI::IsMember({"zh", "en"}));
  cmd->callback([o] { throw CommandExit{run_validate(*o)}; });
}

}  // namespace ttx::cli
