#include "sim/cli/batch_output.h"

#include <iostream>

#include <CLI/CLI.hpp>

#include "sim/io/atomic_write.h"
#include "sim/io/batch_json.h"
#include "sim/io/batch_report.h"
#include "sim/io/batch_text.h"
#include "sim/io/batch_xlsx.h"

namespace ttx::cli {

int write_out(const std::string& what, const std::string& path, const std::string& text) {
  if (path == "-") {
    std::cout << text;
    return 0;
  }
  if (const std::string e = io::write_file_atomically(path, text); !e.empty()) {
    std::cerr << "ttx: " << what << ": " << e << "\n";
    return 1;
  }
  return 0;
}

int print_batch(const batch::BatchAnswer& answer, io::Lang lang, const std::string& json, const std::string& xlsx,
                const std::string& report) {
  if (json != "-") std::cout << io::batch_text(answer, lang);
  if (!json.empty()) {
    if (const int rc = write_out("--json", json, io::batch_json(answer)); rc != 0) return rc;
  }
  if (!xlsx.empty()) {
    if (const std::string e = io::write_batch_xlsx(xlsx, answer, lang); !e.empty()) {
      std::cerr << "ttx: --xlsx: " << e << "\n";
      return 1;
    }
  }
  if (!report.empty()) {
    if (const int rc = write_out("--report", report, io::batch_report_html(answer, lang)); rc != 0) return rc;
  }
  return 0;
}

void add_batch_output_options(CLI::App* cmd, std::string& json, std::string& xlsx, std::string& report, std::string& lang) {
  cmd->add_option("--json", json, "Write the answer as JSON to FILE ('-': standard output; docs/batch-json.md)");
  cmd->add_option("--xlsx", xlsx, "Write the per-town and per-category tables as an Excel workbook to FILE");
  cmd->add_option("--report", report, "Write the batch report (one self-contained HTML file) to FILE");
  cmd->add_option("--lang", lang, "Language of the output: zh or en (default: Chinese under a Chinese locale, else English)")
      ->check(CLI::IsMember({"zh", "en"}));
}

}  // namespace ttx::cli
