#include "sim/exchange/workbook_import.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <tuple>
#include <map>
#include <sstream>

#include "sim/exchange/district_workbook.h"
#include "sim/exchange/figure_edits.h"
#include "sim/exchange/xlsx_reader.h"
#include "sim/io/did_you_mean.h"
#include "sim/io/district_loader.h"
#include "sim/io/figure_overrides.h"
#include "sim/io/text_file.h"

namespace ttx::exchange {

namespace fs = std::filesystem;

namespace {

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

  FigureEdits& edits() { return edits_; }

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
                    entry->value, value_changed ? data_number_text(now.value) : entry->value, was_prov, prov};
    if (!edits_.plan(*entry, ch.new_value, was_prov, prov, {want.name, r, vc})) {
      return add(want.name, r, vc, field, "cannot find the figure at " + entry->file + ":" + std::to_string(entry->line));
    }
    out_.changes.push_back(std::move(ch));
  }

  const world::ProvenanceEntry* entry_of(const std::string& table, const std::string& row, const std::string& column) {
    if (cells_.empty()) cells_ = figure_cells(load_.provenance);
    for (std::size_t i = 0; i < cells_.size(); ++i) {
      if (cells_[i].table == table && cells_[i].row == row && cells_[i].column == column) return &load_.provenance[i];
    }
    return nullptr;
  }

  WorkbookImport& out_;
  const io::DistrictLoad& load_;
  std::string shown_;
  std::vector<FigurePath> cells_;
  FigureEdits edits_;
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
  std::string error;
  const auto book = read_xlsx_file(xlsx.string(), error);
  if (!book) {
    out.diagnostics.add(shown, 0, 0, "", error);
    return out;
  }
  Importer imp(out, load, shown);
  imp.check(*book);
  if (!out.diagnostics.empty() || out.changes.empty()) return out;
  FigureEdits::Outcome done = imp.edits().apply(district, shown, dry_run);
  out.diagnostics = std::move(done.diagnostics);
  out.write_error = std::move(done.write_error);
  out.files_written = std::move(done.files_written);
  return out;
}

std::string change_summary(const WorkbookImport& r, io::Lang lang) {
  const bool zh = lang == io::Lang::zh;
  std::map<std::string, std::vector<const FigureChange*>> by_sheet;
  for (const auto& c : r.changes) by_sheet[c.sheet].push_back(&c);
  std::string s;
  for (const auto& [sheet, list] : by_sheet) {
    s += sheet + (zh ? "：" + std::to_string(list.size()) + " 个数据\n"
                     : ": " + std::to_string(list.size()) + (list.size() == 1 ? " figure\n" : " figures\n"));
    for (const auto* c : list) {
      s += "  " + c->field + ": " + c->old_value + " -> " + c->new_value;
      if (c->new_provenance != c->old_provenance) s += "  [" + c->new_provenance + "]";
      s += "  (" + c->file + ":" + std::to_string(c->line) + ")\n";
    }
  }
  if (s.empty()) return zh ? "没有数据更改\n" : "no figure changed\n";
  return s;
}

}  // namespace ttx::exchange
