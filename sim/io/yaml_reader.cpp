#include "sim/io/yaml_reader.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <set>
#include <sstream>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>

#include "sim/io/did_you_mean.h"
#include "sim/io/input_limits.h"
#include "sim/io/message_text.h"

namespace ttx::io {

namespace {

const std::vector<std::string> kTagKeys = {"source", "bureau", "public", "standard", "assumed"};

/// What the user wrote, in words: 'abc', nothing, an empty list, a list of 3 items.
std::string shown_value(const YAML::Node& n) {
  if (!n.IsDefined() || n.IsNull()) return "nothing";
  if (n.IsScalar()) return echoed(n.Scalar());
  const std::size_t size = n.size();
  if (n.IsSequence()) {
    return size == 0 ? "an empty list []" : "a list of " + std::to_string(size) + (size == 1 ? " item" : " items");
  }
  return size == 0 ? "an empty mapping {}" : "a mapping of " + std::to_string(size) + (size == 1 ? " key" : " keys");
}

}  // namespace

int FileContext::column(const YAML::Mark& at) const {
  if (at.line < 0) return 0;
  if (text_ == nullptr || at.pos < at.column || static_cast<std::size_t>(at.pos) > text_->size()) return at.column + 1;
  int chars = 0;
  for (int i = at.pos - at.column; i < at.pos; ++i) {
    chars += (static_cast<unsigned char>((*text_)[static_cast<std::size_t>(i)]) & 0xC0) != 0x80;
  }
  return chars + 1;
}

void FileContext::error(const YAML::Mark& at, std::string_view field, std::string message) {
  diags_.add(shown_, at.line >= 0 ? at.line + 1 : 0, column(at), std::string(field), std::move(message));
}

namespace {

// Byte offset of a second document in `text`, or npos. A line starting "---" or
// "..." at column 0 is always a document marker in YAML; one that follows content
// (or an end marker followed by content) starts another document. Found by scanning,
// because yaml-cpp's LoadAll loops forever on some malformed input.
std::size_t second_document(const std::string& text) {
  bool content = false, ended = false;
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t end = std::min(text.find('\n', at), text.size());
    const std::string_view line(text.data() + at, end - at);
    const bool start_marker = line.substr(0, 3) == "---" && (line.size() == 3 || line[3] == ' ' || line[3] == '\r');
    const bool end_marker = line.substr(0, 3) == "..." && (line.size() == 3 || line[3] == ' ' || line[3] == '\r');
    const auto first = line.find_first_not_of(" \t\r");
    const bool blank = first == std::string_view::npos || line[first] == '#';
    if (start_marker && (content || ended)) return at;
    if (end_marker) ended = true;
    else if (!blank && !start_marker) {
      if (ended) return at;
      content = true;
    }
    at = end + 1;
  }
  return std::string::npos;
}

/// Counts the nodes of a document as the parser meets them, and stops the parse
/// past the limit: a node tree costs some 500 bytes a node, so it is built only
/// for a file known to be of reasonable size.
class NodeCounter : public YAML::EventHandler {
 public:
  struct TooMany {
    YAML::Mark at;
  };
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& at, YAML::anchor_t) override { count(at); }
  void OnAlias(const YAML::Mark& at, YAML::anchor_t) override { count(at); }
  void OnScalar(const YAML::Mark& at, const std::string&, YAML::anchor_t, const std::string&) override { count(at); }
  void OnSequenceStart(const YAML::Mark& at, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    count(at);
  }
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark& at, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    count(at);
  }
  void OnMapEnd() override {}

 private:
  void count(const YAML::Mark& at) {
    if (++nodes_ > limits::kYamlNodes) throw TooMany{at};
  }
  std::size_t nodes_ = 0;
};

}  // namespace

std::optional<YAML::Node> parse_yaml(const std::string& text, FileContext& file) {
  file.set_text(&text);
  if (const std::size_t second = second_document(text); second != std::string::npos) {
    const int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(second), '\n'));
    file.diags().add(file.file(), line, 1, "", "a second YAML document (after '---' or '...'): a data file holds one");
    return std::nullopt;
  }
  try {
    std::istringstream in(text);
    YAML::Parser parser(in);
    NodeCounter counter;
    parser.HandleNextDocument(counter);
    return YAML::Load(text);
  } catch (const NodeCounter::TooMany& e) {
    file.error(e.at, "", "more than " + std::to_string(limits::kYamlNodes) +
                             " values, lists and mappings in one file; a data file holds at most " +
                             std::to_string(limits::kYamlNodes));
    return std::nullopt;
  } catch (const YAML::DeepRecursion& e) {
    file.error(e.mark, "", "nesting too deep: data files need only a few levels");
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    file.error(e.mark, "", "YAML syntax error: " + e.msg);
    return std::nullopt;
  }
}

std::optional<double> parse_number(const YAML::Node& n) {
  if (!n.IsDefined() || !n.IsScalar()) return std::nullopt;
  const std::string& s = n.Scalar();
  if (s.empty()) return std::nullopt;
  const char* first = s.data();
  if (*first == '+' && s.size() > 1 && s[1] != '-') ++first;
  double v = 0;
  auto [end, ec] = std::from_chars(first, s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

std::string describe(Range r) {
  const std::string kind = r.integer ? "a whole number" : "a number";
  // A bound like 1e-9 only says "not zero".
  if (r.min > 0 && r.min < 1e-6) return kind + " above 0 and at most " + number_text(r.max);
  return kind + " from " + number_text(r.min) + " to " + number_text(r.max);
}

std::string check_range(double v, Range r) {
  if (v < r.min || v > r.max || (r.integer && v != std::floor(v))) {
    return "expected " + describe(r) + ", got " + number_text(v);
  }
  return "";
}

YamlMap::YamlMap(FileContext& file, const YAML::Node& node, std::string path)
    : file_(file), node_(node), path_(std::move(path)) {
  if (!node.IsDefined()) return;  // its absence was reported by whoever asked for it
  if (node.IsNull()) {
    file_.error(node.Mark(), path_, "expected a mapping of keys to values, got nothing");
    return;
  }
  if (!node.IsMap()) {
    file_.error(node.Mark(), path_, "expected a mapping of keys to values, got " + shown_value(node));
    return;
  }
  ok_ = true;
  std::set<std::string> seen;
  for (const auto& kv : node) {
    if (!kv.first.IsScalar()) continue;  // reported by finish()
    const std::string& key = kv.first.Scalar();
    if (!seen.insert(key).second) {
      file_.error(kv.first.Mark(), field(cut(key)), "key appears twice in the same mapping");
    }
  }
}

std::string YamlMap::field(std::string_view key) const {
  if (path_.empty()) return std::string(key);
  return key.empty() ? path_ : path_ + "." + std::string(key);
}

void YamlMap::error(std::string_view key, std::string message) {
  file_.error(node_.Mark(), field(key), std::move(message));
}

void YamlMap::error_at(const YAML::Node& at, std::string_view key, std::string message) {
  file_.error(at.IsDefined() ? at.Mark() : node_.Mark(), field(key), std::move(message));
}

bool YamlMap::has(std::string_view key) {
  known_.emplace(key);
  const YAML::Node& map = node_;  // const access never inserts the key
  return ok_ && map[std::string(key)].IsDefined();
}

YAML::Node YamlMap::get(std::string_view key, bool required) {
  known_.emplace(key);
  if (!ok_) return YAML::Node(YAML::NodeType::Undefined);
  const YAML::Node& map = node_;  // const access never inserts the key
  YAML::Node n = map[std::string(key)];
  if (!n.IsDefined() && required) {
    for (const auto& kv : node_) {
      if (kv.first.IsScalar() && !known_.count(kv.first.Scalar()) &&
          !closest_match(kv.first.Scalar(), {std::string(key)}).empty()) {
        held_back_.emplace_back(key, kv.first.Scalar());
        return n;
      }
    }
    error(key, "missing (required)");
  }
  return n;
}

void YamlMap::report_held_back() {
  for (const auto& [key, look_alike] : held_back_) {
    if (known_.count(look_alike)) error(key, "missing (required)");  // the look-alike was a real key
  }
  held_back_.clear();
}

YamlMap::~YamlMap() {
  for (const auto& [key, look_alike] : held_back_) error(key, "missing (required)");
}

void YamlMap::allow(std::string_view key) { known_.emplace(key); }
void YamlMap::allow(std::initializer_list<std::string_view> keys) {
  for (auto k : keys) known_.emplace(k);
}

std::string YamlMap::text(std::string_view key, bool required, std::string fallback) {
  YAML::Node n = get(key, required);
  if (!n.IsDefined()) return fallback;
  if (!n.IsScalar()) {
    error_at(n, key, "expected text, got " + shown_value(n));
    return fallback;
  }
  return n.Scalar();
}

std::string YamlMap::id(std::string_view key, bool required) {
  YAML::Node n = get(key, required);
  if (!n.IsDefined()) return "";
  if (!n.IsScalar() || n.Scalar().empty()) {
    error_at(n, key, "expected an identifier, got " + shown_value(n));
    return "";
  }
  const std::string& s = n.Scalar();
  bool good = s[0] >= 'a' && s[0] <= 'z' && s.size() <= 64;
  for (char c : s) good = good && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_');
  if (!good) {
    error_at(n, key, "expected an identifier of lower-case letters, digits and '_' starting with a letter, got " + echoed(s));
  }
  return s;
}

bool YamlMap::flag(std::string_view key, bool required, bool fallback) {
  YAML::Node n = get(key, required);
  if (!n.IsDefined()) return fallback;
  if (n.IsScalar() && (n.Scalar() == "true" || n.Scalar() == "false")) return n.Scalar() == "true";
  error_at(n, key, "expected true or false, got " + shown_value(n));
  return fallback;
}

double YamlMap::number(std::string_view key, Range range, bool required, double fallback) {
  YAML::Node n = get(key, required);
  if (!n.IsDefined()) return fallback;
  const auto v = parse_number(n);
  if (!v) {
    error_at(n, key, "expected " + describe(range) + ", got " + shown_value(n));
    return fallback;
  }
  if (auto msg = check_range(*v, range); !msg.empty()) {
    error_at(n, key, msg);
    return fallback;
  }
  return *v;
}

YAML::Node YamlMap::tagged(std::string_view key, bool required, bool allow_list) {
  return tagged_value(get(key, required), key, allow_list);
}

YAML::Node YamlMap::tagged_value(const YAML::Node& n, std::string_view key, bool allow_list) {
  const YAML::Node invalid(YAML::NodeType::Undefined);
  if (!n.IsDefined()) return invalid;
  if (!n.IsMap()) {
    const std::string tags = ", assumed: \"why\"} (or source: seed, public:, standard:, bureau:)";
    if (n.IsScalar()) error_at(n, key, "missing provenance: write {value: " + cut(n.Scalar()) + tags);
    else error_at(n, key, "expected a value with its provenance like {value: " +
                              std::string(allow_list ? "[1, 2, 3]" : "1") + tags + ", got " + shown_value(n));
    return invalid;
  }
  const YAML::Node& q = n;
  YAML::Node value = q["value"];
  int tags = 0;
  for (const auto& kv : n) {
    const std::string k = kv.first.IsScalar() ? kv.first.Scalar() : "?";
    if (k == "value") continue;
    if (std::find(kTagKeys.begin(), kTagKeys.end(), k) != kTagKeys.end()) {
      ++tags;
      continue;
    }
    std::vector<std::string> allowed = kTagKeys;
    allowed.push_back("value");
    error_at(kv.first, std::string(key) + "." + k, "unknown key" + did_you_mean(k, allowed));
  }
  if (!value.IsDefined() || value.IsNull()) {
    error_at(n, key, "missing 'value' in the quantity");
    return invalid;
  }
  if (!value.IsScalar() && !(allow_list && value.IsSequence())) {
    error_at(value, key, std::string(allow_list ? "expected a list of values" : "expected a single value") + ", got " +
                             shown_value(value));
    return invalid;
  }
  if (tags != 1) {
    error_at(n, key,
             tags == 0 ? "missing provenance tag: add source: seed, public: \"...\", standard: \"...\", "
                         "bureau: \"...\" or assumed: \"...\""
                       : "give exactly one provenance tag, not " + std::to_string(tags));
    return invalid;
  }
  if (q["source"].IsDefined() && q["source"].Scalar() != "seed") {
    error_at(q["source"], key,
             "'source' may only be 'seed' (the source document); use bureau: \"<document, date>\" "
             "for the bureau's own figures");
    return invalid;
  }
  record_provenance(key, n, value);
  return value;
}

void YamlMap::record_provenance(std::string_view key, const YAML::Node& map, const YAML::Node& value) {
  world::ProvenanceEntry e;
  e.file = file_.file();
  e.line = map.Mark().line + 1;
  e.column = file_.column(map.Mark());
  e.field = field(key);
  if (value.IsSequence()) {
    for (std::size_t i = 0; i < value.size(); ++i) e.value += (i ? ", " : "[") + value[i].Scalar();
    e.value += "]";
  } else {
    e.value = value.Scalar();
  }
  static const world::ProvenanceKind kinds[] = {world::ProvenanceKind::seed, world::ProvenanceKind::bureau,
                                                world::ProvenanceKind::public_, world::ProvenanceKind::standard,
                                                world::ProvenanceKind::assumed};
  for (std::size_t i = 0; i < kTagKeys.size(); ++i) {
    const YAML::Node tag = map[kTagKeys[i]];
    if (tag.IsDefined()) {
      e.kind = kinds[i];
      e.note = tag.IsScalar() && kinds[i] != world::ProvenanceKind::seed ? tag.Scalar() : "";
    }
  }
  file_.provenance().push_back(std::move(e));
}

double YamlMap::quantity(std::string_view key, Range range, bool required, double fallback) {
  return checked_number(tagged(key, required), key, range, fallback);
}

double YamlMap::quantity_of(const YAML::Node& node, std::string_view key, Range range) {
  return checked_number(tagged_value(node, key, false), key, range, 0.0);
}

double YamlMap::checked_number(const YAML::Node& v, std::string_view key, Range range, double fallback) {
  if (!v.IsDefined()) return fallback;
  const auto d = parse_number(v);
  if (!d) {
    error_at(v, key, "expected " + describe(range) + ", got " + shown_value(v));
    return fallback;
  }
  if (auto msg = check_range(*d, range); !msg.empty()) {
    error_at(v, key, msg);
    return fallback;
  }
  return *d;
}

std::vector<double> YamlMap::quantity_list(std::string_view key, Range range, std::size_t size, bool required) {
  std::vector<double> out;
  YAML::Node v = tagged(key, required, /*allow_list=*/true);
  if (!v.IsDefined()) return out;
  if (!v.IsSequence() || v.size() == 0) {
    error_at(v, key, "expected a list of numbers like [1, 2, 3], got " + shown_value(v));
    return out;
  }
  if (size > 0 && v.size() != size) {
    error_at(v, key, "expected " + std::to_string(size) + " numbers, got " + std::to_string(v.size()));
    return out;
  }
  for (std::size_t i = 0; i < v.size(); ++i) {
    const auto d = parse_number(v[i]);
    if (!d) {
      error_at(v[i], std::string(key) + "[" + std::to_string(i) + "]", "expected " + describe(range) + ", got " + shown_value(v[i]));
      return {};
    }
    if (auto msg = check_range(*d, range); !msg.empty()) {
      error_at(v[i], std::string(key) + "[" + std::to_string(i) + "]", msg);
      return {};
    }
    out.push_back(*d);
  }
  return out;
}

std::vector<std::string> YamlMap::id_list(std::string_view key, bool required) {
  std::vector<std::string> out;
  YAML::Node n = get(key, required);
  if (!n.IsDefined()) return out;
  if (!n.IsSequence()) {
    error_at(n, key, "expected a list like [a, b], got " + shown_value(n));
    return out;
  }
  for (std::size_t i = 0; i < n.size(); ++i) {
    if (!n[i].IsScalar() || n[i].Scalar().empty()) {
      error_at(n[i], std::string(key) + "[" + std::to_string(i) + "]", "expected an identifier, got " + shown_value(n[i]));
      continue;
    }
    out.push_back(n[i].Scalar());
  }
  return out;
}

std::vector<YAML::Node> YamlMap::list(std::string_view key, bool required, std::size_t max_items) {
  std::vector<YAML::Node> out;
  YAML::Node n = get(key, required);
  if (!n.IsDefined()) return out;
  if (!n.IsSequence()) {
    error_at(n, key, "expected a list, got " + shown_value(n));
    return out;
  }
  if (n.size() > max_items) {
    error_at(n, key, shown_value(n) + "; at most " + std::to_string(max_items) + " are accepted");
    return out;
  }
  for (const auto& item : n) out.push_back(item);
  return out;
}

YAML::Node YamlMap::child(std::string_view key, bool required) { return get(key, required); }

void YamlMap::finish() {
  if (!ok_) return;
  report_held_back();
  for (const auto& kv : node_) {
    if (!kv.first.IsScalar()) {
      file_.error(kv.first.Mark(), path_, "keys must be plain text");
      continue;
    }
    const std::string& k = kv.first.Scalar();
    if (known_.count(k)) continue;
    std::vector<std::string> unique(known_.begin(), known_.end());
    file_.error(kv.first.Mark(), field(cut(k)), "unknown key" + did_you_mean(k, unique));
  }
}

}  // namespace ttx::io
