#include "sim/exchange/figure_edits.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

#include "sim/io/atomic_write.h"
#include "sim/io/district_loader.h"
#include "sim/io/figure_overrides.h"

namespace ttx::exchange {

namespace fs = std::filesystem;

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

std::string data_number_text(double v) {
  // Excel keeps 15 significant digits and may store 2.2 as 2.2000000000000002: the
  // shortest text of the value at 15 digits is what the keeper typed.
  char digits[32];
  std::snprintf(digits, sizeof digits, "%.15g", v);
  double typed = v;
  std::from_chars(digits, digits + std::strlen(digits), typed);
  char buf[32];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, typed);
  return std::string(buf, end);
}

std::string read_bytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

namespace {

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

}  // namespace

std::string& FigureEdits::text_of(const std::string& file) {
  if (!texts_.count(file)) texts_[file] = read_bytes(file);
  return texts_[file];
}

bool FigureEdits::plan(const world::ProvenanceEntry& e, const std::string& new_value, const std::string& old_provenance,
                       const std::string& new_provenance, const SheetCell& at) {
  const std::string& text = text_of(e.file);
  const bool csv = fs::path(e.file).extension() == ".csv";
  const auto span = io::figure_value_span(text, e.line, e.column, csv);
  if (!span) return false;
  cell_of_[e.file + ":" + std::to_string(e.line)] = at;
  auto& list = edits_[e.file];
  if (new_value != e.value) list.push_back({span->at, span->length, new_value});
  if (new_provenance == old_provenance) return true;
  if (!csv) {
    const std::size_t from = span->at + span->length;
    const std::size_t close = flow_map_end(text, from);
    if (close == std::string::npos) return false;
    list.push_back({from, close - from, ", " + yaml_provenance(new_provenance)});
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
  list.push_back({start, body_end - start, csv_quoted(new_provenance)});
  return true;
}

FigureEdits::Outcome FigureEdits::apply(const fs::path& district, const std::string& shown, bool dry_run) {
  Outcome out;
  // Later positions first, so earlier ones stay where they were.
  std::error_code ec;
  std::map<fs::path, std::string> patched;
  for (auto& [file, list] : edits_) {
    std::sort(list.begin(), list.end(), [](const Edit& a, const Edit& b) { return a.at > b.at; });
    std::string text = texts_[file];
    for (const Edit& e : list) text.replace(e.at, e.length, e.text);
    patched[fs::weakly_canonical(file, ec)] = text;
  }
  // Every check of ttx validate, and the declared totals as errors, not what-if departures.
  const io::DistrictLoad checked = io::load_district(district, patched);
  io::Diagnostics problems = checked.diagnostics;
  for (const auto& d : checked.departures.list()) problems.add(d.file, d.line, d.column, d.field, d.message);
  for (const auto& d : problems.list()) {
    const auto it = cell_of_.find(d.file + ":" + std::to_string(d.line));
    if (it == cell_of_.end()) {
      out.diagnostics.add(d.file, d.line, d.column, d.field, d.message);
    } else {
      out.diagnostics.add(shown + ":" + it->second.sheet, it->second.row, it->second.column, d.field, d.message);
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

}  // namespace ttx::exchange
