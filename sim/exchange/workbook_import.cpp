#include "sim/exchange/workbook_import.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <tuple>
#include <map>
#include <sstream>

#include "sim/exchange/district_workbook.h"
#include "sim/exchange/xlsx_reader.h"
#include "sim/io/atomic_write.h"
#include "sim/io/did_you_mean.h"
#include "sim/io/district_loader.h"
#include "sim/io/figure_overrides.h"
#include "sim/io/text_file.h"

namespace ttx::exchange {

namespace fs = std::filesystem;

namespace {

std::string read_bytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

const char* const kProvenanceHelp =
    "expected 'seed', 'assumed: <why>', 'standard: <document>', 'public: <citation>' or 'bureau: <document, date>'";

bool valid_provenance(const std::string& p) {
  if (p == "seed") return true;
  const auto colon = p.find(':');
  if (colon == std::string::npos) return false;
  const std::string tag = p.substr(0, colon);
  const bool known = tag == "assumed" || tag == "standard" || tag == "public" || tag == "bureau";
  return known && p.find_first_not_of(' ', colon + 1) != std::string::npos;
}

// The provenance as the YAML writes it: `source: seed` or `bureau: "..."`.
std::string yaml_provenance(const std::string& p) {
  if (p == "seed") return "source: seed";
  const auto colon = p.find(':');
  std::string note = p.substr(p.find_first_not_of(' ', colon + 1));
  std::string quoted;
  for (char c : note) {
    if (c == '"' || c == '\\') quoted += '\\';
    quoted += c;
  }
  return p.substr(0, colon) + ": \"" + quoted + "\"";
}

std::string csv_quoted(const std::string& s) {
  std::string q = "\"";
  for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

// The number a cell holds as the data writes it: shortest form that reads back the same.
std::string number_text(double v) {
  char buf[32];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, end);
}

struct Edit {
  std::size_t at, length;
  std::string text;
};

// The end of a YAML flow map `{...}` starting before `from`: the offset of its '}'.
std::size_t flow_map_end(const std::string& text, std::size_t from) {
  bool quoted = false;
  for (std::size_t i = from; i < text.size() && text[i] != '\n'; ++i) {
    if (text[i] == '\\' && quoted) ++i;
    else if (text[i] == '"') quoted = !quoted;
    else if (text[i] == '}' && !quoted) return i;
  }
  return std::string::npos;
}

class Importer {
 public:
  Importer(WorkbookImport& out, const io::DistrictLoad& load, std::string shown)
      : out_(out), load_(load), shown_(std::move(shown)) {}

  void check(const XlsxBook& book) {
    const Workbook want = district_workbook(load_);
    std::vector<std::string> names;
    for (const auto& s : want.sheets) names.push_back(s.name);
    std::vector<std::string> unknown;
    for (const auto& s : book.sheets) {
      if (std::find(names.begin(), names.end(), s.name) == names.end()) unknown.push_back(s.name);
    }
    for (const Sheet& s : want.sheets) {
      const XlsxSheet* got = book.sheet(s.name);
      if (got == nullptr) {
        add(s.name, 1, 1, s.name,
            "sheet '" + s.name + "' is missing" +
                (unknown.empty() ? std::string(" (was it deleted?)")
                                 : "; the workbook has '" + unknown.front() + "' instead: keep the sheet names ttx export wrote"));
        continue;
      }
      check_sheet(s, *got);
    }
  }

  std::map<std::string, std::vector<Edit>>& edits() { return edits_; }

 private:
  void add(const std::string& sheet, int row, int column, const std::string& field, const std::string& message) {
    out_.diagnostics.add(shown_ + ":" + sheet, row, column, field, message);
  }

  void check_sheet(const Sheet& want, const XlsxSheet& got) {
    // Columns by their key (the third header row), wherever the keeper moved them.
    std::map<std::string, int> at;
    if (const auto it = got.cells.find(kHeaderRows); it != got.cells.end()) {
      for (const auto& [c, text] : it->second) at.emplace(text, c);
    }
    std::vector<int> column(want.columns.size(), 0);
    bool complete = true;
    for (std::size_t c = 0; c < want.columns.size(); ++c) {
      const auto it = at.find(want.columns[c].key);
      if (it != at.end()) {
        column[c] = it->second;
        continue;
      }
      add(want.name, kHeaderRows, static_cast<int>(c) + 1, want.columns[c].key,
          "required column missing (row " + std::to_string(kHeaderRows) + " holds the column keys; was it deleted?)");
      complete = false;
    }
    if (!complete || column[0] == 0) return;
    std::map<std::string, int> row_of;
    for (const auto& [r, cells] : got.cells) {
      if (r <= kHeaderRows) continue;
      const auto id = cells.find(column[0]);
      if (id == cells.end()) continue;
      row_of.emplace(id->second, r);
    }
    for (const auto& wrow : want.rows) {
      const auto found = row_of.find(wrow[0].text);
      if (found == row_of.end()) {
        add(want.name, kHeaderRows + 1, column[0], want.name + "[" + wrow[0].text + "]",
            "row '" + wrow[0].text + "' is missing; rows cannot be deleted here");
        continue;
      }
      check_row(want, wrow, got, found->second, column);
    }
  }

  void check_row(const Sheet& want, const std::vector<Cell>& wrow, const XlsxSheet& got, int r,
                 const std::vector<int>& column) {
    const std::string& id = wrow[0].text;
    for (std::size_t c = 1; c < want.columns.size(); ++c) {
      const Column& col = want.columns[c];
      const std::string* cell = got.cell(r, column[c]);
      const std::string text = cell ? *cell : "";
      const std::string field = want.name + (id == want.name ? "" : "[" + id + "]") + "." + col.key;
      const bool figure = c + 1 < want.columns.size() && want.columns[c + 1].provenance;
      if (col.provenance) continue;  // read with its figure
      if (!figure) {
        if (text != wrow[c].text) text_changed(want, col, field, r, column[c], wrow[c].text, text);
        continue;
      }
      const std::string* pcell = got.cell(r, column[c + 1]);
      const std::string prov = pcell ? *pcell : "";
      if (wrow[c].text.empty() && text.empty()) continue;  // no such figure in this row
      check_figure(want, wrow, c, field, r, column[c], column[c + 1], text, prov);
    }
  }

  void text_changed(const Sheet& want, const Column& col, const std::string& field, int r, int c,
                    const std::string& was, const std::string& now) {
    if (want.name == "teams" && col.key == "type") {
      std::vector<std::string> types;
      for (const auto& t : load_.world.team_types) types.push_back(t.id);
      if (std::find(types.begin(), types.end(), now) == types.end()) {
        add(want.name, r, c, field, "unknown team type '" + now + "'" + io::did_you_mean(now, types));
        return;
      }
    }
    add(want.name, r, c, field,
        "changed from '" + was + "' to '" + now + "': only figures and their provenance are imported; "
        "names, types and places are edited in the data files");
  }

  void check_figure(const Sheet& want, const std::vector<Cell>& wrow, std::size_t c, const std::string& field, int r,
                    int vc, int pc, const std::string& text, const std::string& prov) {
    const Cell was = wrow[c];
    const std::string& was_prov = wrow[c + 1].text;
    const Cell now = make_cell(text);
    if (text.empty()) return add(want.name, r, vc, field, "empty (required): every figure needs its value");
    if (was.number && !now.number) return add(want.name, r, vc, field, "expected a number, got '" + text + "'");
    const bool value_changed = was.number ? now.value != was.value : text != was.text;
    if (!value_changed && prov == was_prov) return;
    if (!valid_provenance(prov)) return add(want.name, r, pc, field + ".provenance", std::string(kProvenanceHelp) + ", got '" + prov + "'");
    if (!was.number && value_changed) {
      return add(want.name, r, vc, field, "a list of figures is edited in the data file, not here");
    }
    const auto* entry = entry_of(want.name, wrow[0].text, want.columns[c].key);
    if (entry == nullptr) return add(want.name, r, vc, field, "no such figure in the district");
    FigureChange ch{want.name, wrow[0].text, want.columns[c].key, entry->field, entry->file, entry->line,
                    entry->value, value_changed ? number_text(now.value) : entry->value, was_prov, prov};
    if (!plan_edit(*entry, ch)) return add(want.name, r, vc, field, "cannot find the figure at " + entry->file + ":" + std::to_string(entry->line));
    out_.changes.push_back(std::move(ch));
    sheet_cell_[entry->file + ":" + std::to_string(entry->line)] = {want.name, r, vc};
  }

  const world::ProvenanceEntry* entry_of(const std::string& table, const std::string& row, const std::string& column) {
    if (cells_.empty()) cells_ = figure_cells(load_.provenance);
    for (std::size_t i = 0; i < cells_.size(); ++i) {
      if (cells_[i].table == table && cells_[i].row == row && cells_[i].column == column) return &load_.provenance[i];
    }
    return nullptr;
  }

  std::string& text_of(const std::string& file) {
    if (!texts_.count(file)) texts_[file] = read_bytes(file);
    return texts_[file];
  }

  bool plan_edit(const world::ProvenanceEntry& e, const FigureChange& ch) {
    const std::string& text = text_of(e.file);
    const bool csv = fs::path(e.file).extension() == ".csv";
    const auto span = io::figure_value_span(text, e.line, e.column, csv);
    if (!span) return false;
    auto& list = edits_[e.file];
    if (ch.new_value != ch.old_value) list.push_back({span->at, span->length, ch.new_value});
    if (ch.new_provenance == ch.old_provenance) return true;
    if (!csv) {
      const std::size_t from = span->at + span->length;
      const std::size_t close = flow_map_end(text, from);
      if (close == std::string::npos) return false;
      list.push_back({from, close - from, ", " + yaml_provenance(ch.new_provenance)});
      return true;
    }
    // A CSV row has one provenance cell for its figures: the last cell of the row.
    const std::size_t line_end = text.find('\n', span->at);
    const std::size_t row_end = line_end == std::string::npos ? text.size() : line_end;
    const std::size_t body_end = row_end > 0 && text[row_end - 1] == '\r' ? row_end - 1 : row_end;
    std::size_t start = body_end;
    if (start > 0 && text[start - 1] == '"') {
      start = text.rfind(",\"", start - 2);
      start = start == std::string::npos ? body_end : start + 1;
    } else {
      start = text.rfind(',', start - 1) + 1;
    }
    for (const auto& ed : list) {
      if (ed.at == start) return true;  // the row's provenance is set by its first changed figure
    }
    list.push_back({start, body_end - start, csv_quoted(ch.new_provenance)});
    return true;
  }

 public:
  std::map<std::string, std::string> texts_;
  std::map<std::string, std::tuple<std::string, int, int>> sheet_cell_;

 private:
  WorkbookImport& out_;
  const io::DistrictLoad& load_;
  std::string shown_;
  std::vector<FigurePath> cells_;
  std::map<std::string, std::vector<Edit>> edits_;
};

}  // namespace

WorkbookImport import_workbook(const fs::path& district, const fs::path& xlsx, bool dry_run) {
  WorkbookImport out;
  const std::string shown = xlsx.lexically_normal().string();
  const io::DistrictLoad load = io::load_district(district);
  if (!load.ok()) {
    out.diagnostics = load.diagnostics;
    return out;
  }
  std::error_code ec;
  const auto size = fs::file_size(xlsx, ec);
  if (ec || size > io::kMaxDataFileBytes) {
    out.diagnostics.add(shown, 0, 0, "", ec ? "cannot read the workbook: " + ec.message() : "workbook is too large");
    return out;
  }
  std::string error;
  const auto book = read_xlsx(read_bytes(xlsx), error);
  if (!book) {
    out.diagnostics.add(shown, 0, 0, "", error);
    return out;
  }
  Importer imp(out, load, shown);
  imp.check(*book);
  if (!out.diagnostics.empty() || out.changes.empty()) return out;
  // Apply, later positions first so earlier ones stay where they were.
  std::map<fs::path, std::string> patched;
  for (auto& [file, list] : imp.edits()) {
    std::sort(list.begin(), list.end(), [](const Edit& a, const Edit& b) { return a.at > b.at; });
    std::string text = imp.texts_[file];
    for (const Edit& e : list) text.replace(e.at, e.length, e.text);
    patched[fs::weakly_canonical(file, ec)] = text;
  }
  // Every check of ttx validate, and the declared totals as errors, not what-if departures.
  const io::DistrictLoad checked = io::load_district(district, patched);
  io::Diagnostics problems = checked.diagnostics;
  for (const auto& d : checked.departures.list()) problems.add(d.file, d.line, d.column, d.field, d.message);
  for (const auto& d : problems.list()) {
    const auto it = imp.sheet_cell_.find(d.file + ":" + std::to_string(d.line));
    if (it == imp.sheet_cell_.end()) {
      out.diagnostics.add(d.file, d.line, d.column, d.field, d.message);
    } else {
      const auto& [sheet, row, col] = it->second;
      out.diagnostics.add(shown + ":" + sheet, row, col, d.field, d.message);
    }
  }
  if (!out.diagnostics.empty() || dry_run) return out;
  // All or nothing: each file is replaced atomically; if one fails, those already
  // replaced get their old text back.
  std::vector<std::pair<fs::path, std::string>> done;
  for (const auto& [file, text] : patched) {
    const std::string before = read_bytes(file);
    if (std::string err = io::write_file_atomically(file, text); !err.empty()) {
      for (const auto& [f, old] : done) io::write_file_atomically(f, old);
      out.write_error = err;
      out.files_written.clear();
      return out;
    }
    done.emplace_back(file, before);
    out.files_written.push_back(file.string());
  }
  return out;
}

std::string change_summary(const WorkbookImport& r) {
  std::map<std::string, std::vector<const FigureChange*>> by_sheet;
  for (const auto& c : r.changes) by_sheet[c.sheet].push_back(&c);
  std::string s;
  for (const auto& [sheet, list] : by_sheet) {
    s += sheet + ": " + std::to_string(list.size()) + (list.size() == 1 ? " figure\n" : " figures\n");
    for (const auto* c : list) {
      s += "  " + c->field + ": " + c->old_value + " -> " + c->new_value;
      if (c->new_provenance != c->old_provenance) s += "  [" + c->new_provenance + "]";
      s += "  (" + c->file + ":" + std::to_string(c->line) + ")\n";
    }
  }
  return s.empty() ? "no figure changed\n" : s;
}

}  // namespace ttx::exchange
