// Writes a Workbook as .xlsx with libxlsxwriter: header rows frozen and bold,
// columns as wide as their text, provenance columns grey, and each sheet set up
// to print landscape on A4, one page wide, the headers repeated on every page.
#pragma once

#include <filesystem>
#include <string>

#include "sim/exchange/workbook.h"

namespace ttx::exchange {

/// Writes `book` to `file` (replaced whole: written beside it, then renamed).
/// Returns "" or why it could not be written.
std::string write_xlsx(const Workbook& book, const std::filesystem::path& file);

}  // namespace ttx::exchange
