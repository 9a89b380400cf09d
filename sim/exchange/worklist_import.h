// `ttx import worklist FILE.xlsx --district DIR`: the worklist filled in by the
// bureau, applied to the district in place. A row with the bureau's value and source
// changes that figure at its line and tags it `bureau: "<source>"`; a row with a
// source alone confirms the current value; rows left empty stay as they are. Every
// problem is reported as FILE.xlsx:worklist:row:column: field: message, the changed
// district is checked as `ttx validate` checks it, and the files are replaced all
// together or not at all.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "sim/io/diagnostic.h"
#include "sim/io/language.h"

namespace ttx::exchange {

struct WorklistChange {
  int row = 0;        ///< the worklist's row
  std::string field;  ///< depots[district_warehouse].handling.staff
  std::string file;   ///< as the worklist shows it (inside the district folder)
  int line = 0;
  std::string old_value, new_value, new_provenance;
  /// A CSV row holds one provenance for all its figures: the others still assumed keep it so.
  std::vector<std::string> still_assumed;
};

struct WorklistImport {
  io::Diagnostics diagnostics;
  std::string write_error;
  std::vector<WorklistChange> changes;
  std::vector<std::string> files_written;
  std::size_t rows = 0;  ///< data rows in the worklist
  bool ok() const { return diagnostics.empty() && write_error.empty(); }
};

WorklistImport import_worklist(const std::filesystem::path& district, const std::filesystem::path& xlsx, bool dry_run);

/// What changed (or would, in a dry run), row by row, in the user's language.
std::string worklist_summary(const WorklistImport& r, io::Lang lang);

}  // namespace ttx::exchange
