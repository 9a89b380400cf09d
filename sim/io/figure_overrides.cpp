#include "sim/io/figure_overrides.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "sim/io/did_you_mean.h"

namespace ttx::io {

namespace fs = std::filesystem;

namespace {

// "depots[district_warehouse].handling.loading_bays" -> "depots.district_warehouse.handling.loading_bays"
std::string dotted(std::string_view field) {
  std::string out;
  for (const char c : field) {
    if (c == '[') {
      out += '.';
    } else if (c != ']') {
      out += c;
    }
  }
  return out;
}

std::string expand_alias(const std::string& path) {
  if (path.rfind("stock.", 0) == 0 && std::count(path.begin(), path.end(), '.') == 1) return "items." + path.substr(6) + ".quantity";
  if (path.rfind("depots.", 0) == 0 && path.size() > 5 && path.ends_with(".bays")) {
    return path.substr(0, path.size() - 5) + ".handling.loading_bays";
  }
  return path;
}

// The figures under the same first word as `wanted`, with their short forms: the
// candidates for "did you mean".
std::vector<std::string> near(const std::vector<std::string>& fields, const std::string& wanted) {
  const std::string head = wanted.substr(0, wanted.find('.') + 1);
  std::vector<std::string> out;
  for (const auto& f : fields) {
    if (f.rfind(head, 0) != 0) continue;
    out.push_back(f);
    if (f.starts_with("items.") && f.ends_with(".quantity")) out.push_back("stock." + f.substr(6, f.size() - 15));
    if (f.starts_with("depots.") && f.ends_with(".handling.loading_bays")) out.push_back(f.substr(0, f.size() - 22) + ".bays");
  }
  return out;
}

std::optional<double> number(std::string_view s) {
  double v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

// The new value from the old one and the user's "4", "+50%", "-20%" or "x2"; "" if it makes no sense.
std::string new_value(const std::string& old_text, const std::string& spec, std::string& why) {
  const auto old_value = number(old_text);
  double v = 0;
  if (spec.size() > 1 && spec.back() == '%' && (spec[0] == '+' || spec[0] == '-')) {
    const auto pct = number(std::string_view(spec).substr(1, spec.size() - 2));
    if (!pct || !old_value) return why = "expected a change like +50% or -20%", "";
    v = *old_value * (1 + (spec[0] == '-' ? -*pct : *pct) / 100);
  } else if (spec.size() > 1 && spec[0] == 'x') {
    const auto f = number(std::string_view(spec).substr(1));
    if (!f || !old_value) return why = "expected a factor like x2 or x0.5", "";
    v = *old_value * *f;
  } else if (const auto n = number(spec)) {
    v = *n;
  } else {
    return why = "expected a number (4), a change in per cent (+50%) or a factor (x2), got '" + spec + "'", "";
  }
  if (v < 0) return why = "the figure would be negative", "";
  char buf[64];
  const bool whole = old_text.find_first_of(".eE") == std::string::npos;
  std::snprintf(buf, sizeof buf, whole ? "%.0f" : "%.10g", whole ? std::round(v) : v);
  return buf;
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Patch {
  std::size_t at = 0, length = 0;
  std::string text;
};

// Where a new line of district.yaml's `include:` list goes (after its last item), and
// the text to put there; a file without the list gets one at its end.
Patch include_patch(const std::string& text, const std::string& file) {
  std::string quoted = "'";  // YAML single quotes: a quote inside is doubled
  for (const char c : file) quoted += c == '\'' ? std::string("''") : std::string(1, c);
  quoted += "'";
  std::size_t at = text.rfind("\ninclude:", std::string::npos);
  if (text.rfind("include:", 0) == 0) at = 0;
  else if (at != std::string::npos) ++at;
  if (at == std::string::npos) {
    const bool ends_line = text.empty() || text.back() == '\n';
    return {text.size(), 0, std::string(ends_line ? "" : "\n") + "include:\n  - " + quoted + "\n"};
  }
  std::size_t end = text.find('\n', at);  // end of the `include:` line
  while (end != std::string::npos) {
    std::size_t next = end + 1, k = next;
    while (k < text.size() && text[k] == ' ') ++k;
    if (k == next || k >= text.size() || text[k] != '-') break;  // not an item of the list
    end = text.find('\n', k);
  }
  if (end == std::string::npos) return {text.size(), 0, "\n  - " + quoted + "\n"};
  return {end + 1, 0, "  - " + quoted + "\n"};
}

// `depots+=FILE`: the file's depots join the district (FILE in the format of
// depots.yaml: a `depots:` list). "" and the patch when FILE is there, else why not.
std::string depot_file(const std::string& spec, fs::path& out) {
  const fs::path file(spec);
  std::error_code ec;
  if (fs::is_regular_file(file, ec)) {
    out = fs::absolute(file, ec);
    return "";
  }
  const fs::path dir = file.has_parent_path() ? file.parent_path() : fs::path(".");
  std::vector<std::string> names;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().extension() == ".yaml" || it->path().extension() == ".yml") {
      names.push_back((file.has_parent_path() ? dir / it->path().filename() : it->path().filename()).string());
    }
  }
  std::sort(names.begin(), names.end());
  return fs::is_directory(file, ec) ? "'" + spec + "' is a folder; expected a YAML file of depots (as depots.yaml)"
                                    : "no such file '" + spec + "'" + did_you_mean(spec, names);
}

}  // namespace

std::size_t text_offset(const std::string& text, int line, int column) {
  std::size_t at = 0;
  for (int l = 1; l < line; ++l) {
    at = text.find('\n', at);
    if (at == std::string::npos) return at;
    ++at;
  }
  for (int c = 1; c < column && at < text.size(); ++at) {
    if ((static_cast<unsigned char>(text[at]) & 0xC0) != 0x80) ++c;
  }
  while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
  return at;
}

namespace {

// Where the value of the figure at `at` stands: the scalar after "value:" in a
// YAML map `{value: 2, ...}`, or the CSV cell itself.
bool locate(const std::string& text, std::size_t at, bool csv, TextSpan& p) {
  if (!csv) {
    const std::size_t line_end = text.find('\n', at);
    const std::size_t key = text.find("value:", at);
    if (key == std::string::npos || key > line_end) return false;
    at = key + 6;
    while (at < text.size() && text[at] == ' ') ++at;
  }
  std::size_t end = at;
  while (end < text.size() && text[end] != ',' && text[end] != '}' && text[end] != '\n' && text[end] != '\r' && text[end] != ' ') ++end;
  p.at = at;
  p.length = end - at;
  return end > at;
}

}  // namespace

std::optional<TextSpan> figure_value_span(const std::string& text, int line, int column, bool csv) {
  TextSpan span;
  const std::size_t at = text_offset(text, line, column);
  if (at == std::string::npos || !locate(text, at, csv, span)) return std::nullopt;
  return span;
}

OverrideResult figure_overrides(const DistrictLoad& district, const fs::path& district_dir, const std::vector<std::string>& sets) {
  OverrideResult r;
  std::map<fs::path, std::vector<Patch>> patches;
  // New depots first: each file joins district.yaml's include list, and the figures
  // of the other sets are then looked up in the district with them (so a set may
  // change a new depot's bays or stock).
  std::vector<std::string> figure_sets;
  std::error_code ec;
  const fs::path top = fs::weakly_canonical(district_dir / "district.yaml", ec);
  for (const std::string& set : sets) {
    if (set.rfind("depots+=", 0) != 0) {
      figure_sets.push_back(set);
      continue;
    }
    const std::string spec = set.substr(8);
    if (spec == "none") continue;  // the sweep's "no new depot"
    fs::path file;
    if (spec.empty()) {
      r.errors.push_back("--set depots+=: expected a YAML file of depots, e.g. depots+=my_depot.yaml");
    } else if (const std::string why = depot_file(spec, file); !why.empty()) {
      r.errors.push_back("--set depots+=" + spec + ": " + why);
    } else {
      if (!r.texts.count(top)) r.texts[top] = read_file(top);
      patches[top].push_back(include_patch(r.texts[top], file.string()));
      r.applied.push_back({"depots+=" + spec, "depots", "", file.filename().string()});
    }
  }
  DistrictLoad with_depots;
  if (patches.count(top) && r.errors.empty()) {
    std::map<fs::path, std::string> included{{top, r.texts[top]}};
    const auto& list = patches[top];
    for (auto p = list.rbegin(); p != list.rend(); ++p) included[top].insert(p->at, p->text);  // all at one place: in order
    with_depots = load_district(district_dir, included);
    if (!with_depots.ok()) figure_sets.clear();  // the caller's load reports the new file's problems
  }
  const DistrictLoad& d = patches.count(top) && with_depots.ok() ? with_depots : district;
  std::vector<std::string> fields;
  for (const auto& e : d.provenance) fields.push_back(dotted(e.field));
  for (const std::string& set : figure_sets) {
    const std::size_t eq = set.find('=');
    if (eq == std::string::npos || eq == 0 || eq + 1 == set.size()) {
      r.errors.push_back("--set " + set + ": expected PATH=VALUE, e.g. depots.district_warehouse.bays=4");
      continue;
    }
    const std::string path = set.substr(0, eq), spec = set.substr(eq + 1);
    const std::string wanted = expand_alias(dotted(path));
    const auto hit = std::find(fields.begin(), fields.end(), wanted);
    if (hit == fields.end()) {
      r.errors.push_back("--set " + path + ": no such figure" + did_you_mean(wanted, near(fields, wanted)) +
                         " (ttx validate --provenance lists every figure)");
      continue;
    }
    const world::ProvenanceEntry& e = d.provenance[static_cast<std::size_t>(hit - fields.begin())];
    std::string why;
    const std::string value = new_value(e.value, spec, why);
    if (value.empty()) {
      r.errors.push_back("--set " + path + ": " + why);
      continue;
    }
    fs::path file = fs::path(e.file);
    if (file.is_relative() && !fs::exists(file)) file = district_dir / file.filename();
    const fs::path canon = fs::weakly_canonical(file, ec);
    if (!r.texts.count(canon)) r.texts[canon] = read_file(canon);
    const std::string& text = r.texts[canon];
    const auto span = figure_value_span(text, e.line, e.column, canon.extension() == ".csv");
    if (!span) {
      r.errors.push_back("--set " + path + ": cannot find the figure at " + e.file + ":" + std::to_string(e.line));
      continue;
    }
    patches[canon].push_back(Patch{span->at, span->length, value});
    r.applied.push_back({path, e.field, e.value, value});
  }
  if (!r.errors.empty()) {
    r.texts.clear();
    r.applied.clear();
    return r;
  }
  // Later positions first, so earlier ones stay where they were (insertions at one
  // place keep their order).
  for (auto& [file, list] : patches) {
    std::stable_sort(list.begin(), list.end(), [](const Patch& a, const Patch& b) { return a.at > b.at; });
    std::size_t same = 0;  // the insertions at one place go in reverse, so each lands after the one before
    for (std::size_t i = 1; i <= list.size(); ++i) {
      if (i == list.size() || list[i].at != list[same].at) {
        std::reverse(list.begin() + static_cast<std::ptrdiff_t>(same), list.begin() + static_cast<std::ptrdiff_t>(i));
        same = i;
      }
    }
    for (const Patch& p : list) r.texts[file].replace(p.at, p.length, p.text);
  }
  for (auto it = r.texts.begin(); it != r.texts.end();) it = patches.count(it->first) ? std::next(it) : r.texts.erase(it);
  return r;
}

OverriddenDistrict load_with_overrides(const fs::path& district_dir, const OverrideResult& overrides) {
  OverriddenDistrict out{load_district(district_dir, overrides.texts), {}};
  for (const Diagnostic& d : out.load.departures.list()) out.departures.push_back(d.field + ": " + d.message);
  return out;
}

}  // namespace ttx::io
