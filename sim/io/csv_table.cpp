#include "sim/io/csv_table.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>

#include "sim/io/did_you_mean.h"
#include "sim/io/input_limits.h"
#include "sim/io/message_text.h"

namespace ttx::io {

std::optional<CsvTable> parse_csv(const std::string& text, const std::string& shown, Diagnostics& diags) {
  CsvTable table;
  table.file = shown;
  std::vector<CsvRow> rows;
  CsvRow row;
  CsvCell cell;
  bool in_quotes = false, cell_started = false;
  int line = 1, column = 1, row_line = 1, quote_line = 0, quote_column = 0;
  // A quoted cell running over a line end is legal, but usually a missing '"':
  // remember where it opened to explain a row with the wrong number of cells.
  std::vector<std::pair<int, int>> spanning_quote;  // per row: (line, column) or (0, 0)
  std::pair<int, int> row_quote{0, 0};
  // Text after a closing quote ("ab"cd) is never valid: the usual sign of a lost '"'.
  std::vector<std::pair<int, int>> stray_text;
  std::pair<int, int> row_stray{0, 0};
  bool quote_closed = false;
  // Past a limit the parse stops at once, so memory stays bounded whatever the file holds.
  std::string too_big;
  int too_big_line = 0;
  auto end_cell = [&] {
    if (row.cells.size() == limits::kCsvColumns) {
      too_big_line = line;
      too_big = "row has more than " + std::to_string(limits::kCsvColumns) + " cells; a table has at most " +
                std::to_string(limits::kCsvColumns) + " columns";
      return;
    }
    row.cells.push_back(std::move(cell));
    cell = CsvCell{};
    quote_closed = false;
    cell.line = line;
    cell.column = column + 1;
    cell_started = false;
  };
  auto end_row = [&] {
    end_cell();
    if (!too_big.empty()) return;
    row.line = row_line;
    const bool blank = row.cells.size() == 1 && row.cells[0].text.find_first_not_of(" \t") == std::string::npos;
    if (!blank && rows.size() == limits::kCsvRows + 1) {
      too_big_line = row_line;
      too_big = "more than " + std::to_string(limits::kCsvRows) + " rows; a table has at most " +
                std::to_string(limits::kCsvRows);
    } else if (!blank) {
      rows.push_back(std::move(row));
      spanning_quote.push_back(row_quote);
      stray_text.push_back(row_stray);
    }
    row = CsvRow{};
    row_quote = row_stray = {0, 0};
  };
  cell.column = 1;
  for (std::size_t i = 0; i < text.size() && too_big.empty(); ++i) {
    char c = text[i];
    if (c == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')) c = '\n';  // old Mac line ends
    if (in_quotes) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        cell.text += '"';
        ++i, ++column;
      } else if (c == '"') {
        in_quotes = false;
        quote_closed = true;
      } else {
        cell.text += c;
        if (c == '\n') {
          ++line, column = 0;
          if (row_quote.first == 0) row_quote = {quote_line, quote_column};
        }
      }
    } else if (c == '"' && !cell_started) {
      in_quotes = cell_started = true;
      quote_line = line, quote_column = column;
    } else if (c == ',') {
      end_cell();
    } else if (c == '\n') {
      end_row();
      ++line;
      row_line = line;
      column = 0;
      cell.line = line;
      cell.column = 1;
    } else if (c != '\r') {
      if (quote_closed && row_stray.first == 0) row_stray = {line, column};
      cell.text += c;
      cell_started = true;
    }
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++column;  // count characters, not bytes
  }
  if (too_big.empty() && in_quotes) {
    diags.add(shown, quote_line, quote_column, "", "quoted cell is never closed (a missing '\"')");
    return std::nullopt;
  }
  if (too_big.empty()) end_row();
  if (!too_big.empty()) {
    diags.add(shown, too_big_line, 1, "", too_big);
    return std::nullopt;
  }
  if (rows.empty()) {
    diags.add(shown, 0, 0, "", "no header row");
    return std::nullopt;
  }
  table.header_line = rows.front().line;
  for (auto& c : rows.front().cells) {
    table.header_columns.push_back(c.column);
    std::string h = c.text;
    h.erase(0, h.find_first_not_of(' '));
    h.erase(h.find_last_not_of(' ') + 1);
    table.header.push_back(h);
  }
  for (std::size_t r = 1; r < rows.size(); ++r) {
    if (const auto [sline, scol] = stray_text[r]; sline > 0) {
      diags.add(shown, sline, scol, "", "text after the closing '\"' of a quoted cell (a '\"' missing earlier in the row?)");
      continue;
    }
    if (rows[r].cells.size() != table.header.size()) {
      const auto [qline, qcol] = spanning_quote[r];
      if (qline > 0) {
        diags.add(shown, qline, qcol, "",
                  "quoted cell runs on over the end of its line (a missing '\"'?), so the row has " +
                      std::to_string(rows[r].cells.size()) + " cells, the header " + std::to_string(table.header.size()));
      } else {
        diags.add(shown, rows[r].line, 1, "",
                  "row has " + std::to_string(rows[r].cells.size()) + " cells, the header has " +
                      std::to_string(table.header.size()) + " (a stray or missing comma? quote cells that contain commas)");
      }
      continue;
    }
    table.rows.push_back(std::move(rows[r]));
  }
  return table;
}

bool check_columns(const CsvTable& table, const std::vector<std::string>& required,
                   const std::vector<std::string>& optional, Diagnostics& diags) {
  bool ok = true;
  std::vector<std::string> known = required;
  known.insert(known.end(), optional.begin(), optional.end());
  for (const auto& r : required) {
    if (std::find(table.header.begin(), table.header.end(), r) == table.header.end()) {
      diags.add(table.file, table.header_line, 1, r, "required column missing from the header");
      ok = false;
    }
  }
  std::set<std::string, std::less<>> seen;
  for (std::size_t i = 0; i < table.header.size(); ++i) {
    const auto& h = table.header[i];
    const int column = i < table.header_columns.size() ? table.header_columns[i] : 1;
    if (!seen.insert(h).second) diags.add(table.file, table.header_line, column, h, "column appears twice in the header");
    if (std::find(known.begin(), known.end(), h) == known.end()) {
      diags.add(table.file, table.header_line, column, h, "unknown column" + did_you_mean(h, known));
    }
  }
  return ok;
}

const CsvCell* CsvRowReader::cell(std::string_view column) const {
  for (std::size_t i = 0; i < table_.header.size(); ++i) {
    if (table_.header[i] == column) return &row_.cells[i];
  }
  return nullptr;
}

int CsvRowReader::column_of(std::string_view column) const {
  const CsvCell* c = cell(column);
  return c ? c->column : 1;
}

int CsvRowReader::line_of(std::string_view column) const {
  const CsvCell* c = cell(column);
  return c ? c->line : row_.line;
}

void CsvRowReader::error(std::string_view column, std::string message) {
  const CsvCell* c = cell(column);
  diags_.add(table_.file, c ? c->line : row_.line, c ? c->column : 1, path_ + "." + std::string(column), std::move(message));
}

std::string CsvRowReader::text(std::string_view column, bool required) {
  const CsvCell* c = cell(column);
  if (c == nullptr) return "";
  if (required && c->text.empty()) error(column, "empty (required)");
  return c->text;
}

std::string CsvRowReader::id(std::string_view column) {
  const std::string s = text(column);
  if (s.empty()) return s;
  bool good = s[0] >= 'a' && s[0] <= 'z' && s.size() <= 64;
  for (char ch : s) good = good && ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_');
  if (!good) error(column, "expected an identifier of lower-case letters, digits and '_', got " + echoed(s));
  return s;
}

double CsvRowReader::number(std::string_view column, Range range) {
  const CsvCell* c = cell(column);
  if (c == nullptr) return 0;
  std::string s = c->text;
  s.erase(0, s.find_first_not_of(' '));
  s.erase(s.find_last_not_of(' ') + 1);
  double v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v)) {
    error(column, "expected " + describe(range) + ", got " + echoed(c->text));
    return 0;
  }
  if (auto msg = check_range(v, range); !msg.empty()) {
    error(column, msg);
    return 0;
  }
  return v;
}

void CsvRowReader::provenance(world::ProvenanceLog& log, std::initializer_list<std::string_view> numeric_columns) {
  const CsvCell* c = cell("provenance");
  if (c == nullptr) return;
  const std::string& p = c->text;
  world::ProvenanceEntry e;
  e.file = table_.file;
  e.line = row_.line;
  const auto colon = p.find(':');
  const std::string tag = p.substr(0, colon);
  std::string note = colon == std::string::npos ? "" : p.substr(colon + 1);
  note.erase(0, note.find_first_not_of(' '));
  if (tag == "seed" && colon == std::string::npos) e.kind = world::ProvenanceKind::seed;
  else if (tag == "assumed") e.kind = world::ProvenanceKind::assumed;
  else if (tag == "standard") e.kind = world::ProvenanceKind::standard;
  else if (tag == "public") e.kind = world::ProvenanceKind::public_;
  else if (tag == "bureau") e.kind = world::ProvenanceKind::bureau;
  else {
    error("provenance", "expected 'seed', 'assumed: <why>', 'standard: <document>', 'public: <citation>' or "
                        "'bureau: <document, date>', got " + echoed(p));
    return;
  }
  if (e.kind != world::ProvenanceKind::seed && note.empty()) {
    error("provenance", "'" + tag + ":' needs its reason or citation after the colon");
    return;
  }
  e.note = note;
  for (auto col : numeric_columns) {
    const CsvCell* v = cell(col);
    if (v == nullptr) continue;
    e.line = v->line;
    e.column = v->column;
    e.field = path_ + "." + std::string(col);
    e.value = v->text;
    log.push_back(e);
  }
}

}  // namespace ttx::io
