#include "sim/exchange/xlsx_writer.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <system_error>

#include "sim/io/text_width.h"

namespace ttx::exchange {

namespace {

constexpr double kMaxColumnWidth = 48;

double column_width(const Sheet& s, std::size_t c) {
  int w = std::max({io::display_width(s.columns[c].zh), io::display_width(s.columns[c].en),
                    io::display_width(s.columns[c].key)});
  for (const auto& row : s.rows) {
    if (c < row.size()) w = std::max(w, io::display_width(row[c].text));
  }
  return std::min(kMaxColumnWidth, w + 2.0);
}

}  // namespace

std::string write_xlsx(const Workbook& book, const std::filesystem::path& file) {
  const std::filesystem::path tmp = file.string() + ".writing";
  lxw_workbook* wb = workbook_new(tmp.c_str());
  if (wb == nullptr) return "cannot create '" + tmp.string() + "'";
  lxw_format* header = workbook_add_format(wb);
  format_set_bold(header);
  format_set_bg_color(header, 0xDDEBF7);
  format_set_border(header, LXW_BORDER_THIN);
  format_set_text_wrap(header);
  lxw_format* key = workbook_add_format(wb);
  format_set_font_color(key, 0x808080);
  format_set_border(key, LXW_BORDER_THIN);
  lxw_format* source = workbook_add_format(wb);
  format_set_font_color(source, 0x595959);
  for (const Sheet& s : book.sheets) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, s.name.c_str());
    if (ws == nullptr) {
      workbook_close(wb);
      std::filesystem::remove(tmp);
      return "sheet name '" + s.name + "' is not allowed in a workbook";
    }
    for (std::size_t c = 0; c < s.columns.size(); ++c) {
      const auto col = static_cast<lxw_col_t>(c);
      worksheet_write_string(ws, 0, col, s.columns[c].zh.c_str(), header);
      worksheet_write_string(ws, 1, col, s.columns[c].en.c_str(), header);
      worksheet_write_string(ws, 2, col, s.columns[c].key.c_str(), key);
      worksheet_set_column(ws, col, col, column_width(s, c), s.columns[c].provenance ? source : nullptr);
    }
    for (std::size_t r = 0; r < s.rows.size(); ++r) {
      const auto row = static_cast<lxw_row_t>(r + kHeaderRows);
      for (std::size_t c = 0; c < s.rows[r].size(); ++c) {
        const Cell& cell = s.rows[r][c];
        const auto col = static_cast<lxw_col_t>(c);
        if (cell.number) worksheet_write_number(ws, row, col, cell.value, nullptr);
        else if (!cell.text.empty()) worksheet_write_string(ws, row, col, cell.text.c_str(), nullptr);
      }
    }
    worksheet_freeze_panes(ws, kHeaderRows, 1);
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9);  // A4
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_repeat_rows(ws, 0, kHeaderRows - 1);
    worksheet_repeat_columns(ws, 0, 0);
    const std::string head = "&L" + s.title_zh + " " + s.name + "&R&P / &N";
    worksheet_set_header(ws, head.c_str());
    worksheet_gridlines(ws, LXW_SHOW_PRINT_GRIDLINES);
  }
  if (const lxw_error e = workbook_close(wb); e != LXW_NO_ERROR) {
    std::filesystem::remove(tmp);
    return "cannot write '" + file.string() + "': " + lxw_strerror(e);
  }
  std::error_code ec;
  std::filesystem::rename(tmp, file, ec);
  if (ec) {
    std::filesystem::remove(tmp);
    return "cannot write '" + file.string() + "': " + ec.message();
  }
  return "";
}

}  // namespace ttx::exchange
