// Reads the cells of an .xlsx workbook with libzip and pugixml: sheet names in
// workbook order, and every cell as its text (a number as Excel stored it,
// shared and inline strings resolved). Formulas give their cached value.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ttx::exchange {

struct XlsxSheet {
  std::string name;
  std::map<int, std::map<int, std::string>> cells;  ///< row -> column -> text, both 1-based
  const std::string* cell(int row, int column) const;
};

struct XlsxBook {
  std::vector<XlsxSheet> sheets;
  const XlsxSheet* sheet(std::string_view name) const;
};

/// The workbook in `bytes`, or nullopt with `error` saying why it is not one.
/// Bounded: a part larger than the limit is refused unread.
std::optional<XlsxBook> read_xlsx(const std::string& bytes, std::string& error);

/// The workbook in the file `path`, or nullopt with `error` saying why not (too
/// large, unreadable, not a workbook).
std::optional<XlsxBook> read_xlsx_file(const std::string& path, std::string& error);

/// "A" for 1, "AA" for 27: the column as a spreadsheet shows it.
std::string column_letters(int column);

}  // namespace ttx::exchange
