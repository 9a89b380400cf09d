// `ttx import villages FILE.csv --district DIR`: check the bureau's own list of
// villages against the district and install it as DIR/villages.csv.
#include <iostream>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "sim/cli/commands.h"
#include "sim/cli/report_problems.h"
#include "sim/exchange/workbook_import.h"
#include "sim/exchange/worklist_import.h"
#include "sim/io/message_zh.h"
#include "sim/io/village_import.h"

namespace ttx::cli {

namespace {

struct ImportOptions {
  std::string file;
  std::string district = "scenarios/haimen";
  std::string workbook;
  bool dry_run = false;
  std::string lang;
};

// Problems or a failed write: nothing was changed. Returns the exit status.
int refused(const io::Diagnostics& diags, const std::string& write_error, io::Lang lang) {
  const bool zh = lang == io::Lang::zh;
  if (!diags.empty()) {
    report_problems(diags, lang);
    std::cerr << (zh ? "未导入任何数据：区数据文件夹未改动\n" : "nothing imported: the district folder is unchanged\n");
    return 1;
  }
  std::cerr << "ttx: " << io::message_in(write_error, lang)
            << (zh ? "；未导入任何数据，区数据文件夹未改动\n" : "; nothing imported, the district folder is unchanged\n");
  return 1;
}

// The closing line after the summary of changes.
void print_outcome(bool dry_run, std::size_t files, const std::string& district, io::Lang lang) {
  if (lang == io::Lang::zh) {
    std::cout << (dry_run ? "试运行：未写入任何文件；去掉 --dry-run 再运行一次即写入以上更改\n"
                          : "已写入 " + std::to_string(files) + " 个文件；ttx validate " + district + " 检查通过\n");
    return;
  }
  std::cout << (dry_run ? "dry run: nothing written; run again without --dry-run to write these changes\n"
                        : "written: " + std::to_string(files) + " files; ttx validate " + district + " passes\n");
}

int run_import_workbook(const ImportOptions& o) {
  const io::Lang lang = command_language(o.lang);
  const exchange::WorkbookImport r = exchange::import_workbook(o.district, o.workbook, o.dry_run);
  if (!r.ok()) return refused(r.diagnostics, r.write_error, lang);
  std::cout << exchange::change_summary(r, lang);
  if (!r.changes.empty()) print_outcome(o.dry_run, r.files_written.size(), o.district, lang);
  return 0;
}

int run_import_worklist(const ImportOptions& o) {
  const io::Lang lang = command_language(o.lang);
  const exchange::WorklistImport r = exchange::import_worklist(o.district, o.file, o.dry_run);
  if (!r.ok()) return refused(r.diagnostics, r.write_error, lang);
  std::cout << exchange::worklist_summary(r, lang);
  if (!r.changes.empty()) print_outcome(o.dry_run, r.files_written.size(), o.district, lang);
  return 0;
}

int run_import_villages(const ImportOptions& o) {
  const io::Lang lang = command_language(o.lang);
  const bool zh = lang == io::Lang::zh;
  const io::VillageImport r = io::import_villages(o.district, o.file);
  if (!r.diagnostics.empty()) {
    report_problems(r.diagnostics, lang);
    std::cerr << (zh ? "未导入任何数据：请修正以上问题后重新导入\n" : "nothing imported: fix the problems above and run the import again\n");
    return 1;
  }
  if (!r.write_error.empty()) {
    std::cerr << "ttx: " << io::message_in(r.write_error, lang) << (zh ? "；未导入任何数据\n" : "; nothing imported\n");
    return 1;
  }
  if (zh) {
    std::cout << "已将 " << r.villages << " 个村居导入 " << r.target.string() << "；今后以其代替自动生成的村居\n";
  } else {
    std::cout << "imported " << r.villages << " villages into " << r.target.string()
              << "; they replace the generated ones from now on\n";
  }
  return 0;
}

}  // namespace

void register_import_command(CLI::App& app) {
  CLI::App* cmd = app.add_subcommand(
      "import",
      "Read back a workbook from ttx export, edited by the bureau (ttx import DISTRICT FILE.xlsx\n"
      "[--dry-run]), the worklist of assumed figures filled in (worklist), or replace generated\n"
      "data with the bureau's own tables (villages).");
  cmd->require_subcommand(0, 1);
  auto o = std::make_shared<ImportOptions>();
  cmd->add_option("district", o->district, "District folder, e.g. scenarios/haimen");
  cmd->add_option("workbook", o->workbook, "The edited workbook")->check(CLI::ExistingFile);
  cmd->add_flag("--dry-run", o->dry_run, "Check and show what would change; write nothing");
  const auto lang_option = [o](CLI::App* c) {
    c->add_option("--lang", o->lang, "Language of the messages: zh or en (default: Chinese under a Chinese locale, else English)")
        ->check(CLI::IsMember({"zh", "en"}));
  };
  lang_option(cmd);
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
  lang_option(villages);
  villages->callback([o] { throw CommandExit{run_import_villages(*o)}; });
  CLI::App* worklist = cmd->add_subcommand(
      "worklist",
      "Apply the worklist from ttx validate --provenance --xlsx, filled in by the bureau:\n"
      "each row with its value and source changes that figure in place (bureau: SOURCE);\n"
      "rows left empty stay as they are. Checked as ttx validate checks; all or nothing.");
  worklist->add_option("file", o->file, "The filled-in worklist")->required()->check(CLI::ExistingFile);
  worklist->add_option("--district", o->district, "District folder")->capture_default_str();
  worklist->add_flag("--dry-run", o->dry_run, "Check and show what would change; write nothing");
  lang_option(worklist);
  worklist->callback([o] { throw CommandExit{run_import_worklist(*o)}; });
}

}  // namespace ttx::cli
