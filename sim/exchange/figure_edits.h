// Figures changed in place in the district's files: the value at its line and
// column, and its provenance beside it (the YAML map's tag, or the CSV row's last
// cell), every other byte of the file kept. The changed district is checked as
// `ttx validate` checks it, each problem shown at the workbook cell it came from,
// and the files are replaced all together or not at all. Shared by the workbook
// and the worklist imports.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "sim/io/diagnostic.h"
#include "sim/world/provenance.h"

namespace ttx::exchange {

/// Where a figure stands in the workbook it came from.
struct SheetCell {
  std::string sheet;
  int row = 0, column = 0;
};

/// The provenance forms a cell may hold: "seed", "assumed: why", "bureau: document, date", ...
bool valid_provenance(const std::string& p);
extern const char* const kProvenanceHelp;

/// The number as the data writes it: the shortest form that reads back the same, at
/// the 15 significant digits a spreadsheet keeps.
std::string data_number_text(double v);

/// The whole file, as bytes ("" when it cannot be read).
std::string read_bytes(const std::filesystem::path& p);

class FigureEdits {
 public:
  /// Plans `e` to read `new_value` with `new_provenance` (each unchanged when equal to
  /// the old one); `at` is where the workbook has it, for the checks' messages.
  /// False when the figure cannot be found at its line.
  bool plan(const world::ProvenanceEntry& e, const std::string& new_value, const std::string& old_provenance,
            const std::string& new_provenance, const SheetCell& at);
  bool empty() const { return edits_.empty(); }

  struct Outcome {
    io::Diagnostics diagnostics;  ///< at the workbook's cells (`shown:sheet`), or at a data file
    std::string write_error;
    std::vector<std::string> files_written;
  };
  /// Applies the edits, checks the changed district and, unless `dry_run`, writes it.
  Outcome apply(const std::filesystem::path& district, const std::string& shown, bool dry_run);

 private:
  struct Edit {
    std::size_t at, length;
    std::string text;
  };
  std::string& text_of(const std::string& file);
  std::map<std::string, std::string> texts_;
  std::map<std::string, std::vector<Edit>> edits_;
  std::map<std::string, SheetCell> cell_of_;  ///< "file:line" -> its workbook cell
};

}  // namespace ttx::exchange
