// Typed, checked reading of YAML maps with exact diagnostics.
//
// A `YamlMap` wraps one YAML mapping. Each getter names its key, checks the value
// (type, range, provenance tag) and records a diagnostic with file, line, column
// and field path on any problem, returning a harmless default so reading goes on
// and every problem in the file is reported in one pass. Each key asked for is
// remembered; `finish()` then reports the keys nobody asked for as unknown, with
// a "did you mean" suggestion from the known ones.
//
// Quantities carry provenance: `{value: 285, source: seed}` (see scenarios/FORMAT.md).
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "sim/io/diagnostic.h"
#include "sim/world/provenance.h"

namespace ttx::io {

/// Accepted range of a number; `integer` also demands a whole number.
struct Range {
  double min;
  double max;
  bool integer = false;
};

namespace ranges {
inline constexpr Range kCount{0, 1e7, true};
inline constexpr Range kPositiveCount{1, 1e7, true};
inline constexpr Range kBigCount{0, 1e9, true};
inline constexpr Range kNonNegative{0, 1e9};
inline constexpr Range kPositive{1e-9, 1e9};
inline constexpr Range kShare{0, 1};
inline constexpr Range kFactor{0, 100};
inline constexpr Range kLat{-90, 90};
inline constexpr Range kLon{-180, 180};
inline constexpr Range kHours{0, 24 * 366};
inline constexpr Range kMinutes{0, 60 * 24 * 30};
inline constexpr Range kHourOfDay{0, 24};
inline constexpr Range kPopulation{0, 5e7, true};
inline constexpr Range kAreaKm2{0, 1e5};
inline constexpr Range kGroundLevelM{-20, 500};
}  // namespace ranges

/// One file being read: its shown name and where problems and provenance go.
class FileContext {
 public:
  FileContext(std::string shown, Diagnostics& diags, world::ProvenanceLog& prov)
      : shown_(std::move(shown)), diags_(diags), prov_(prov) {}
  const std::string& file() const { return shown_; }
  /// The file's text, so columns can be counted in characters (yaml-cpp counts bytes).
  void set_text(const std::string* text) { text_ = text; }
  /// 1-based character column of a mark (0 if unknown).
  int column(const YAML::Mark& at) const;
  void error(const YAML::Mark& at, std::string_view field, std::string message);
  Diagnostics& diags() { return diags_; }
  world::ProvenanceLog& provenance() { return prov_; }

 private:
  std::string shown_;
  Diagnostics& diags_;
  world::ProvenanceLog& prov_;
  const std::string* text_ = nullptr;
};

/// Parses YAML text (one document); a syntax error or a second document becomes a
/// diagnostic and nullopt. Remembers `text` in `file` for character columns.
std::optional<YAML::Node> parse_yaml(const std::string& text, FileContext& file);

class YamlMap {
 public:
  /// Reports "expected a mapping" unless `node` is a map (a missing node was
  /// already reported by whoever asked for it).
  YamlMap(FileContext& file, const YAML::Node& node, std::string path);
  /// Reports a missing key still held back if finish() was never called.
  ~YamlMap();
  YamlMap(const YamlMap&) = delete;
  YamlMap& operator=(const YamlMap&) = delete;

  bool ok() const { return ok_; }
  const std::string& path() const { return path_; }
  /// Renames the path once the record's id is known: towns[3] -> towns[changle].
  void set_path(std::string path) { path_ = std::move(path); }
  YAML::Mark mark() const { return node_.Mark(); }
  FileContext& file() { return file_; }

  bool has(std::string_view key);
  /// A scalar string. Required ones report "missing"; optional ones return `fallback`.
  std::string text(std::string_view key, bool required = true, std::string fallback = "");
  /// A lower-case ASCII identifier ([a-z0-9_], starting with a letter).
  std::string id(std::string_view key = "id", bool required = true);
  bool flag(std::string_view key, bool required = true, bool fallback = false);
  /// A quantity with its provenance tag: {value: N, <tag>: "..."}.
  double quantity(std::string_view key, Range range, bool required = true, double fallback = 0);
  /// A tagged value of any scalar type (plan thresholds: numbers, colours, true).
  /// Returns the value node (invalid if missing or malformed).
  YAML::Node tagged(std::string_view key, bool required = true, bool allow_list = false);
  /// The same for a quantity node in hand (a map's value met while iterating it).
  double quantity_of(const YAML::Node& node, std::string_view key, Range range);
  /// A tagged list of numbers: {value: [0.7, 0.2, 0.1], assumed: "..."} (one tag for
  /// the row). `size` 0 accepts any non-empty length.
  std::vector<double> quantity_list(std::string_view key, Range range, std::size_t size = 0, bool required = true);
  /// A plain number without provenance (only where the format says so).
  double number(std::string_view key, Range range, bool required = true, double fallback = 0);
  std::vector<std::string> id_list(std::string_view key, bool required = true);
  /// Items of a sequence (empty if missing, not a sequence, or longer than `max_items`).
  std::vector<YAML::Node> list(std::string_view key, bool required = true,
                               std::size_t max_items = static_cast<std::size_t>(-1));
  YAML::Node child(std::string_view key, bool required = true);
  /// Marks a key as known without reading it (free text kept for people).
  void allow(std::string_view key);
  void allow(std::initializer_list<std::string_view> keys);

  /// Reports every key that no getter asked for. A required key that is missing
  /// while an unknown key looks like its misspelling is reported once, as the
  /// misspelt key with its "did you mean", not a second time as missing.
  void finish();

  std::string field(std::string_view key) const;
  void error(std::string_view key, std::string message);
  void error_at(const YAML::Node& at, std::string_view key, std::string message);

 private:
  YAML::Node get(std::string_view key, bool required);
  YAML::Node tagged_value(const YAML::Node& n, std::string_view key, bool allow_list);
  double checked_number(const YAML::Node& v, std::string_view key, Range range, double fallback);
  void record_provenance(std::string_view key, const YAML::Node& map, const YAML::Node& value);

  FileContext& file_;
  YAML::Node node_;
  std::string path_;
  /// Reports missing required keys whose misspelling was not found after all.
  void report_held_back();

  bool ok_ = false;
  std::set<std::string, std::less<>> known_;
  /// Required keys found missing while a key of the map resembles them: whether it
  /// is a typo is known only in finish(), once every getter has named its key.
  std::vector<std::pair<std::string, std::string>> held_back_;  // missing key, look-alike
};

/// Parses a YAML scalar as a finite number ("1e3" yes; "1,000", "nan", ".inf" no).
std::optional<double> parse_number(const YAML::Node& scalar);
/// "a number in [0, 1]" style description of a range, for messages.
std::string describe(Range r);
/// Checks `v` against `r`; returns an error message or "".
std::string check_range(double v, Range r);

}  // namespace ttx::io
