// `ttx import villages FILE.csv --district DIR`: check the bureau's own list of
// villages against the district and install it as DIR/villages.csv.
#include <iostream>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "sim/cli/commands.h"
#include "sim/cli/report_problems.h"
#include "sim/exchange/workbook_import.h"
#include "sim/io/village_import.h"

namespace ttx::cli {

namespace {

struct ImportOptions {
  std::string file;
  std::string district = "scenarios/haimen";
  std::string workbook;
  bool dry_run = false;
};

int run_import_workbook(const ImportOptions& o) {
  const exchange::WorkbookImport r = exchange::import_workbook(o.district, o.workbook, o.dry_run);
  if (!r.diagnostics.empty()) {
    report_problems(r.diagnostics);
    std::cerr << "nothing imported: the district folder is unchanged\n";
    return 1;
  }
  if (!r.write_error.empty()) {
    std::cerr << "ttx: " << r.write_error << "; nothing imported, the district folder is unchanged\n";
    return 1;
  }
  std::cout << exchange::change_summary(r);
  if (r.changes.empty()) return 0;
  std::cout << (o.dry_run ? "dry run: nothing written; run again without --dry-run to write these changes\n"
                          : "written: " + std::to_string(r.files_written.size()) + " files; ttx validate " + o.district +
                                " passes\n");
  return 0;
}

int run_import_villages(const ImportOptions& o) {
  const io::VillageImport r = io::import_villages(o.district, o.file);
  if (!r.diagnostics.empty()) {
    report_problems(r.diagnostics);
    std::cerr << "nothing imported: fix the problems above and run the import again\n";
    return 1;
  }
  if (!r.write_error.empty()) {
    std::cerr << "ttx: " << r.write_error << "; nothing imported\n";
    return 1;
  }
  std::cout << "imported " << r.villages << " villages into " << r.target.string()
            << "; they replace the generated ones from now on\n";
  return 0;
}

}  // namespace

void register_import_command(CLI::App& app) {
  CLI::App* cmd = app.add_subcommand(
      "import",
      "Read back a workbook from ttx export, edited by the bureau (ttx import DISTRICT FILE.xlsx\n"
      "[--dry-run]), or replace generated data with the bureau's own tables (villages).");
  cmd->require_subcommand(0, 1);
  auto o = std::make_shared<ImportOptions>();
  cmd->add_option("district", o->district, "District folder, e.g. scenarios/haimen");
  cmd->add_option("workbook", o->workbook, "The edited workbook")->check(CLI::ExistingFile);
  cmd->add_flag("--dry-run", o->dry_run, "Check and show what would change; write nothing");
  cmd->callback([o, cmd] {
    if (!cmd->get_subcommands().empty()) return;
    if (o->workbook.empty()) throw CLI::RequiredError("ttx import DISTRICT FILE.xlsx (or ttx import villages FILE.csv)");
    throw CommandExit{run_import_workbook(*o)};
  });
  CLI::App* villages = cmd->add_subcommand(
      "villages",
      "Check FILE.csv (columns id,town,name,lat,lon,population,provenance; optional\n"
      "ground_level_m, share_masonry) against the district and install it as villages.csv.");
  villages->add_option("file", o->file, "The bureau's villages table")->required()->check(CLI::ExistingFile);
  villages->add_option("--district", o->district, "District folder")->capture_default_str();
  villages->callback([o] { throw CommandExit{run_import_villages(*o)}; });
}

}  // namespace ttx::cli
