// CSV tables (villages, teams, items): RFC 4180 quoting, a header row, and typed
// cell getters that report `file:line:column: column_name: message`.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sim/io/diagnostic.h"
#include "sim/io/yaml_reader.h"
#include "sim/world/provenance.h"

namespace ttx::io {

struct CsvCell {
  std::string text;
  int line = 1;    ///< line where the cell starts (a quoted cell may span lines)
  int column = 1;  ///< 1-based character column where the cell starts
};

struct CsvRow {
  int line = 0;
  std::vector<CsvCell> cells;
};

struct CsvTable {
  std::string file;
  std::vector<std::string> header;
  std::vector<int> header_columns;
  int header_line = 1;
  std::vector<CsvRow> rows;
};

/// Splits `text` into rows; an unterminated quote or a row with the wrong number
/// of cells is reported (and the row skipped).
std::optional<CsvTable> parse_csv(const std::string& text, const std::string& shown, Diagnostics& diags);

/// Reads one row by column name. Required columns were checked on the header.
class CsvRowReader {
 public:
  CsvRowReader(const CsvTable& table, const CsvRow& row, Diagnostics& diags, std::string path)
      : table_(table), row_(row), diags_(diags), path_(std::move(path)) {}

  void set_path(std::string path) { path_ = std::move(path); }
  std::string text(std::string_view column, bool required = true);
  std::string id(std::string_view column);
  double number(std::string_view column, Range range);
  /// The row's `provenance` cell ("seed", "assumed: why", ...), recorded for
  /// every numeric column named in `numeric_columns`.
  void provenance(world::ProvenanceLog& log, std::initializer_list<std::string_view> numeric_columns);
  void error(std::string_view column, std::string message);
  int line() const { return row_.line; }
  const std::string& file() const { return table_.file; }
  /// Character column where the cell starts (1 if the column is absent).
  int column_of(std::string_view column) const;
  /// Line where the cell starts (the row's first line if the column is absent).
  int line_of(std::string_view column) const;
  std::string field(std::string_view column) const { return path_ + "." + std::string(column); }

 private:
  const CsvCell* cell(std::string_view column) const;

  const CsvTable& table_;
  const CsvRow& row_;
  Diagnostics& diags_;
  std::string path_;
};

/// Reports missing required columns and unknown ones (with suggestions).
/// Returns false if a required column is missing.
bool check_columns(const CsvTable& table, const std::vector<std::string>& required,
                   const std::vector<std::string>& optional, Diagnostics& diags);

}  // namespace ttx::io
