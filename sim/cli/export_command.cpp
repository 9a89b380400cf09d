// `ttx export DISTRICT --xlsx FILE`: the district as one workbook for the bureau.
#include <iostream>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "sim/cli/commands.h"
#include "sim/cli/report_problems.h"
#include "sim/exchange/district_workbook.h"
#include "sim/exchange/xlsx_writer.h"
#include "sim/io/district_loader.h"
#include "sim/io/message_zh.h"

namespace ttx::cli {

namespace {

struct ExportOptions {
  std::string district;
  std::string xlsx, lang;
};

int run_export(const ExportOptions& o) {
  const io::Lang lang = command_language(o.lang);
  const bool zh = lang == io::Lang::zh;
  const io::DistrictLoad load = io::load_district(o.district);
  if (!load.ok()) {
    report_problems(load.diagnostics, lang);
    std::cerr << (zh ? "未导出：区数据须先通过检查\n" : "nothing exported: the district must validate first\n");
    return 1;
  }
  const exchange::Workbook book = exchange::district_workbook(load);
  if (const std::string err = exchange::write_xlsx(book, o.xlsx); !err.empty()) {
    std::cerr << "ttx: " << io::message_in(err, lang) << '\n';
    return 1;
  }
  std::size_t rows = 0;
  for (const auto& s : book.sheets) rows += s.rows.size();
  if (zh) std::cout << "已写出 " << o.xlsx << "：" << book.sheets.size() << " 张工作表，" << rows << " 行\n";
  else std::cout << "wrote " << o.xlsx << ": " << book.sheets.size() << " sheets, " << rows << " rows\n";
  return 0;
}

}  // namespace

void register_export_command(CLI::App& app) {
  auto o = std::make_shared<ExportOptions>();
  CLI::App* cmd = app.add_subcommand(
      "export",
      "Write the district as a workbook: one sheet per table, headers in Chinese and\n"
      "English with units, every figure beside its provenance.");
  cmd->add_option("district", o->district, "District folder, e.g. scenarios/haimen")->required();
  cmd->add_option("--xlsx", o->xlsx, "The workbook to write, e.g. 海门区数据.xlsx")->required();
  cmd->add_option("--lang", o->lang, "Language of the messages: zh or en (default: Chinese under a Chinese locale, else English)")
      ->check(CLI::IsMember({"zh", "en"}));
  cmd->callback([o] { throw CommandExit{run_export(*o)}; });
}

}  // namespace ttx::cli
