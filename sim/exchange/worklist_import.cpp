#include "sim/exchange/worklist_import.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <iterator>
#include <optional>
#include <map>

#include "sim/exchange/district_workbook.h"
#include "sim/exchange/figure_edits.h"
#include "sim/exchange/workbook.h"
#include "sim/exchange/worklist.h"
#include "sim/exchange/xlsx_reader.h"
#include "sim/io/did_you_mean.h"
#include "sim/io/district_loader.h"
#include "sim/io/message_text.h"

namespace ttx::exchange {

namespace fs = std::filesystem;

namespace {

std::string trimmed(const std::string* s) {
  if (s == nullptr) return "";
  const auto first = s->find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  return s->substr(first, s->find_last_not_of(" \t\r\n") - first + 1);
}

std::optional<double> number(const std::string& s) {
  double v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

// One filled row, checked against the district.
struct Filled {
  int row = 0, value_column = 0;
  const world::ProvenanceEntry* entry = nullptr;
  std::string new_value, source;  ///< source as a provenance cell: "bureau: 区应急救援队伍名册, 2026-05"
};

class Reader {
 public:
  Reader(WorklistImport& out, const io::DistrictLoad& load, std::string shown)
      : out_(out), load_(load), shown_(std::move(shown)) {}

  std::vector<Filled> read(const XlsxSheet& sheet) {
    std::map<std::string, int> at;
    if (const auto it = sheet.cells.find(kHeaderRows); it != sheet.cells.end()) {
      for (const auto& [c, text] : it->second) at.emplace(text, c);
    }
    const char* required[] = {"file", "field", "value", kBureauValue, kBureauSource};
    for (std::size_t i = 0; i < std::size(required); ++i) {
      if (!at.count(required[i])) {
        add(kHeaderRows, static_cast<int>(i) + 1, required[i],
            "required column missing (row " + std::to_string(kHeaderRows) + " holds the column keys; was it deleted?)");
      }
    }
    std::vector<Filled> filled;
    if (!out_.diagnostics.empty()) return filled;
    for (const auto& row : sheet.cells) {
      const int r = row.first;  // a plain variable: clang 14 cannot capture a structured binding
      if (r <= kHeaderRows) continue;
      ++out_.rows;
      const auto cell = [&](const char* key) { return trimmed(sheet.cell(r, at[key])); };
      const std::string value = cell(kBureauValue), source = cell(kBureauSource);
      if (value.empty() && source.empty()) continue;
      if (auto f = check_row(r, cell("file"), cell("field"), cell("value"), value, source, at)) filled.push_back(*f);
    }
    return filled;
  }

 private:
  void add(int row, int column, const std::string& field, const std::string& message) {
    out_.diagnostics.add(shown_ + ":" + kWorklistSheet, row, column, field, message);
  }

  const world::ProvenanceEntry* entry_of(const std::string& field) const {
    for (const auto& e : load_.provenance) {
      if (e.field == field) return &e;
    }
    return nullptr;
  }

  std::optional<Filled> check_row(int r, const std::string& file, const std::string& field, const std::string& was,
                                  const std::string& value, const std::string& source, std::map<std::string, int>& at) {
    const int vc = at[kBureauValue], sc = at[kBureauSource], fc = at["field"];
    const world::ProvenanceEntry* e = entry_of(field);
    if (e == nullptr) {
      std::vector<std::string> fields;
      for (const auto& p : load_.provenance) fields.push_back(p.field);
      add(r, fc, field.empty() ? std::string("field") : field,
          "no such figure in the district" + io::did_you_mean(field, fields));
      return std::nullopt;
    }
    if (file != worklist_file(e->file, load_)) {
      add(r, at["file"], field, "the district has this figure in " + worklist_file(e->file, load_) + ", not " + io::echoed(file));
      return std::nullopt;
    }
    const auto now_n = number(e->value), was_n = number(was);
    if (now_n && was_n ? *now_n != *was_n : e->value != was) {
      add(r, at["value"], field,
          "the district now reads " + e->value + " where the worklist has " + io::echoed(was) +
              ": write a new worklist (ttx validate --provenance --xlsx)");
      return std::nullopt;
    }
    std::string prov = source;
    if (source.empty()) {
      add(r, sc, field, "empty: give the document and date the bureau's value comes from");
      return std::nullopt;
    }
    if (source.rfind("assumed:", 0) == 0 || source == "assumed") {
      add(r, sc, field, "the bureau's source cannot be 'assumed': give the document and date");
      return std::nullopt;
    }
    if (!valid_provenance(source)) prov = "bureau: " + source;
    if (e->kind != world::ProvenanceKind::assumed) {
      add(r, fc, field, "no longer assumed (it reads " + e->value + ", " + std::string(world::to_string(e->kind)) +
                            "): write a new worklist (ttx validate --provenance --xlsx)");
      return std::nullopt;
    }
    Filled f{r, vc, e, e->value, prov};
    if (!value.empty()) {
      const auto v = number(value);
      if (now_n && !v) {
        add(r, vc, field, "expected a number, got " + io::echoed(value));
        return std::nullopt;
      }
      if (!now_n) {
        add(r, vc, field, "a figure that is not a single number is edited in the data file, not here");
        return std::nullopt;
      }
      f.new_value = *v == *now_n ? e->value : data_number_text(*v);
    }
    return f;
  }

  WorklistImport& out_;
  const io::DistrictLoad& load_;
  std::string shown_;
};

// The provenance each filled figure gets. A YAML figure has its own; a CSV row has
// one for all its figures, so while some of them stay unfilled the row stays
// assumed, with the bureau's values noted in it.
void plan_provenance(const std::vector<Filled>& filled, const io::DistrictLoad& load, std::vector<WorklistChange>& changes,
                     std::vector<std::string>& row_provenance) {
  std::map<std::string, std::vector<std::size_t>> by_csv_row;
  for (std::size_t i = 0; i < filled.size(); ++i) {
    const auto& e = *filled[i].entry;
    row_provenance.push_back(filled[i].source);
    changes.push_back({filled[i].row, e.field, worklist_file(e.file, load), e.line, e.value, filled[i].new_value,
                       filled[i].source, {}});
    if (fs::path(e.file).extension() == ".csv") by_csv_row[e.file + ":" + std::to_string(e.line)].push_back(i);
  }
  for (const auto& [where, list] : by_csv_row) {
    const auto& first = *filled[list.front()].entry;
    std::vector<std::string> others;
    for (const auto& e : load.provenance) {
      if (e.file != first.file || e.line != first.line) continue;
      const bool is_filled = std::any_of(list.begin(), list.end(), [&](std::size_t i) { return filled[i].entry == &e; });
      if (!is_filled) others.push_back(split_figure_path(e.field).column);
    }
    std::string notes, sources;
    bool one_source = true;
    for (std::size_t i : list) {
      const std::string column = split_figure_path(filled[i].entry->field).column;
      notes += "; " + column + " " + filled[i].new_value + " from " + filled[i].source;
      one_source = one_source && filled[i].source == filled[list.front()].source;
    }
    std::string prov = filled[list.front()].source;
    if (!others.empty()) {
      prov = provenance_text(first) + notes;
    } else if (!one_source) {
      prov = "bureau: " + notes.substr(2);
    }
    for (std::size_t i : list) {
      row_provenance[i] = prov;
      changes[i].new_provenance = prov;
      changes[i].still_assumed = others;
    }
  }
}

}  // namespace

WorklistImport import_worklist(const fs::path& district, const fs::path& xlsx, bool dry_run) {
  WorklistImport out;
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
  const XlsxSheet* sheet = book->sheet(kWorklistSheet);
  if (sheet == nullptr) {
    out.diagnostics.add(shown, 0, 0, kWorklistSheet,
                        std::string("no sheet '") + kWorklistSheet +
                            "': this is not a worklist written by ttx validate --provenance --xlsx");
    return out;
  }
  Reader reader(out, load, shown);
  const std::vector<Filled> filled = reader.read(*sheet);
  if (!out.diagnostics.empty() || filled.empty()) return out;
  std::vector<std::string> provenance;
  plan_provenance(filled, load, out.changes, provenance);
  FigureEdits edits;
  for (std::size_t i = 0; i < filled.size(); ++i) {
    const auto& e = *filled[i].entry;
    if (!edits.plan(e, filled[i].new_value, provenance_text(e), provenance[i], {kWorklistSheet, filled[i].row, filled[i].value_column})) {
      out.diagnostics.add(shown + ":" + kWorklistSheet, filled[i].row, filled[i].value_column, e.field,
                          "cannot find the figure at " + e.file + ":" + std::to_string(e.line));
    }
  }
  if (!out.diagnostics.empty()) return out;
  FigureEdits::Outcome done = edits.apply(district, shown, dry_run);
  out.diagnostics = std::move(done.diagnostics);
  out.write_error = std::move(done.write_error);
  out.files_written = std::move(done.files_written);
  return out;
}

std::string worklist_summary(const WorklistImport& r, io::Lang lang) {
  const bool zh = lang == io::Lang::zh;
  std::string s;
  const std::size_t changed = static_cast<std::size_t>(
      std::count_if(r.changes.begin(), r.changes.end(), [](const WorklistChange& c) { return c.new_value != c.old_value; }));
  if (zh) {
    s = "工作清单共 " + std::to_string(r.rows) + " 行，已填写 " + std::to_string(r.changes.size()) + " 行：" +
        std::to_string(changed) + " 个数据改为区局核定值，" + std::to_string(r.changes.size() - changed) +
        " 个数据确认现值并注明依据\n";
  } else {
    s = std::to_string(r.changes.size()) + " of " + std::to_string(r.rows) + " worklist rows filled in: " +
        std::to_string(changed) + (changed == 1 ? " figure takes" : " figures take") + " the bureau's value, " +
        std::to_string(r.changes.size() - changed) + " keep" + (r.changes.size() - changed == 1 ? "s" : "") +
        " theirs with the bureau's source\n";
  }
  for (const auto& c : r.changes) {
    s += "  " + c.file + ":" + std::to_string(c.line) + "  " + c.field + ": " + c.old_value;
    s += c.new_value != c.old_value ? " -> " + c.new_value : (zh ? "（不变）" : " (unchanged)");
    s += "  [" + c.new_provenance + "]";
    s += zh ? "（第 " + std::to_string(c.row) + " 行）\n" : "  (row " + std::to_string(c.row) + ")\n";
    if (c.still_assumed.empty()) continue;
    std::string list;
    for (const auto& o : c.still_assumed) list += (list.empty() ? "" : ", ") + o;
    s += zh ? "      该行其余数据（" + list + "）仍为假定，故该行保留 assumed 标记，区局数值记入其说明\n"
            : "      the row's other figures (" + list + ") are still assumed, so the row keeps its assumed tag with the bureau's value noted in it\n";
  }
  return s;
}

}  // namespace ttx::exchange
