// `ttx import DISTRICT FILE.xlsx`: a workbook written by `ttx export` and edited
// by the bureau, read back into the district's files. Only changed figures are
// touched, in place at their lines (the rest of each file, comments and layout
// included, stays byte for byte), each with the provenance its sheet gives. The
// changed district is checked as `ttx validate` checks it before anything is
// written, and the files are replaced all together or not at all.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "sim/io/diagnostic.h"
#include "sim/io/language.h"

namespace ttx::exchange {

struct FigureChange {
  std::string sheet, row, column;  ///< where the workbook has it
  std::string field;               ///< towns[changle].population
  std::string file;                ///< where the district has it
  int line = 0;
  std::string old_value, new_value, old_provenance, new_provenance;
};

struct WorkbookImport {
  /// Every problem, as FILE.xlsx:sheet:row:column: field: message (or at a data file).
  io::Diagnostics diagnostics;
  std::string write_error;
  std::vector<FigureChange> changes;
  std::vector<std::string> files_written;
  bool ok() const { return diagnostics.empty() && write_error.empty(); }
};

/// Checks `xlsx` against the district at `district` and, unless `dry_run`,
/// writes the changes. Never throws for bad input.
WorkbookImport import_workbook(const std::filesystem::path& district, const std::filesystem::path& xlsx, bool dry_run);

/// The summary a data keeper reads: per table, each changed figure old -> new.
std::string change_summary(const WorkbookImport& r, io::Lang lang = io::Lang::en);

}  // namespace ttx::exchange
