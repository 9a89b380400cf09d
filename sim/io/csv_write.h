// Writing CSV: RFC 4180 quoting of one cell, and numbers as short as they are exact
// enough for a spreadsheet.
#pragma once

#include <string>

namespace ttx::io {

/// The UTF-8 byte-order mark: Excel reads a CSV file as UTF-8 (Chinese names
/// included) only when it starts with one.
inline constexpr const char* kUtf8Bom = "\xEF\xBB\xBF";

/// `s` as one CSV cell: quoted (quotes doubled) when it holds a comma, a quote or a line end.
std::string csv_cell(const std::string& s);
/// A number as a CSV cell: up to 10 significant digits; "" for NaN.
std::string csv_number(double v);

}  // namespace ttx::io
