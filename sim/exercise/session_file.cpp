#include "sim/exercise/session_file.h"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <optional>
#include <sstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "sim/exercise/command_line.h"
#include "sim/io/text_file.h"

namespace ttx::exercise {

namespace {

using Json = nlohmann::ordered_json;

/// Far beyond any exercise (a year), so a time always fits the clock's arithmetic.
constexpr std::int64_t kMaxSessionSeconds = 366LL * 86400;

/// A command line is well under 1 KB; a longer line is damage, not a session.
constexpr std::size_t kMaxLineBytes = 64 * 1024;

std::string hex(std::uint64_t v) { return fmt::format("{:016x}", v); }

std::optional<std::int64_t> parse_session_clock(const std::string& text) {
  if (text.size() < 4 || text.compare(0, 2, "T+") != 0) return std::nullopt;
  std::int64_t parts[3] = {0, 0, 0};
  int n = 0;
  const char* p = text.data() + 2;
  const char* end = text.data() + text.size();
  while (n < 3) {
    const auto [next, ec] = std::from_chars(p, end, parts[n]);
    if (ec != std::errc{} || next == p || parts[n] < 0 || next - p > 5) return std::nullopt;
    ++n;
    p = next;
    if (p == end) break;
    if (*p != ':') return std::nullopt;
    ++p;
  }
  if (p != end || n < 2 || parts[1] > 59 || parts[2] > 59) return std::nullopt;
  const std::int64_t s = parts[0] * 3600 + parts[1] * 60 + parts[2];
  if (s > kMaxSessionSeconds) return std::nullopt;
  return s;
}

std::optional<response::Actor> actor_of(const std::string& s) {
  if (s == "trainee") return response::Actor::trainee;
  if (s == "director") return response::Actor::director;
  return std::nullopt;
}

class Reader {
 public:
  Reader(const std::string& shown, io::Diagnostics& d) : shown_(shown), d_(d) {}
  void problem(int line, const std::string& field, const std::string& message) {
    d_.add(shown_, line, 0, field, message);
  }
  const Json* member(const Json& o, int line, const char* key, bool required) {
    const auto it = o.find(key);
    if (it == o.end()) {
      if (required) problem(line, key, "missing");
      return nullptr;
    }
    return &*it;
  }
  bool text(const Json& o, int line, const char* key, std::string& out, bool required = true) {
    const Json* v = member(o, line, key, required);
    if (v == nullptr) return !required;
    if (!v->is_string()) {
      problem(line, key, "expected a string, got " + std::string(v->type_name()));
      return false;
    }
    out = v->get<std::string>();
    return true;
  }
  bool unsigned_number(const Json& o, int line, const char* key, std::uint64_t& out, bool required = true) {
    const Json* v = member(o, line, key, required);
    if (v == nullptr) return !required;
    if (!v->is_number_unsigned()) {
      problem(line, key, "expected a whole number >= 0, got " + v->dump());
      return false;
    }
    out = v->get<std::uint64_t>();
    return true;
  }
  bool clock(const Json& o, int line, const char* key, std::int64_t& out, bool required = true) {
    std::string t;
    if (!text(o, line, key, t, required)) return false;
    if (t.empty() && !required) return true;
    const auto s = parse_session_clock(t);
    if (!s) {
      problem(line, key, "expected a time T+HH:MM:SS (within a year), got '" + t + "'");
      return false;
    }
    out = *s;
    return true;
  }

 private:
  const std::string& shown_;
  io::Diagnostics& d_;
};

void header(const Json& h, Reader& r, SessionFile& s) {
  std::uint64_t version = 0;
  if (!r.unsigned_number(h, 1, "ttx_session", version)) return;
  if (version != SessionFile::kVersion) {
    r.problem(1, "ttx_session",
              fmt::format("version {} is not one this ttx reads (it reads version {})", version, SessionFile::kVersion));
    return;
  }
  r.text(h, 1, "scenario", s.scenario);
  if (s.scenario.empty() && h.contains("scenario")) r.problem(1, "scenario", "empty");
  r.text(h, 1, "scenario_id", s.scenario_id, false);
  r.text(h, 1, "data", s.data, false);
  r.unsigned_number(h, 1, "seed", s.seed);
  r.unsigned_number(h, 1, "replication", s.replication, false);
  std::string mode = "trainee";
  if (r.text(h, 1, "mode", mode, false) && mode != "trainee" && mode != "director") {
    r.problem(1, "mode", "expected trainee or director, got '" + mode + "'");
  }
  s.doctrine = mode == "director";
  r.text(h, 1, "lang", s.lang, false);
  if (!s.lang.empty() && s.lang != "zh" && s.lang != "en") r.problem(1, "lang", "expected zh or en, got '" + s.lang + "'");
  r.text(h, 1, "branch", s.current);
  r.clock(h, 1, "now", s.now_s, false);
  r.text(h, 1, "fingerprint", s.fingerprint, false);
}

void branch_line(const Json& o, int line, Reader& r, SessionFile& s) {
  Branch b;
  b.line = line;
  r.text(o, line, "branch", b.name);
  if (b.name.empty() || b.name.size() > 64 || b.name.find_first_of(" \t") != std::string::npos) {
    r.problem(line, "branch", "a branch name is 1 to 64 characters without blanks, got '" + b.name + "'");
    return;
  }
  if (s.branch(b.name) != nullptr) {
    r.problem(line, "branch", "a second branch named '" + b.name + "'");
    return;
  }
  r.text(o, line, "parent", b.parent, false);
  if (s.branches.empty() && !b.parent.empty()) r.problem(line, "parent", "the first branch has no parent");
  if (!s.branches.empty()) {
    if (b.parent.empty()) {
      r.problem(line, "parent", "missing: every branch after the first names the branch it leaves");
    } else if (const Branch* p = s.branch(b.parent); p == nullptr) {
      r.problem(line, "parent", "no branch '" + b.parent + "' before this line");
    }
    r.clock(o, line, "from", b.from_s);
    if (const Branch* p = s.branch(b.parent); p != nullptr && b.from_s < p->from_s) {
      r.problem(line, "from", "before its parent branch begins (" + session_clock(p->from_s) + ")");
    }
  }
  std::uint64_t hints = 0;
  if (r.unsigned_number(o, line, "hints", hints, false)) b.hints = static_cast<int>(std::min<std::uint64_t>(hints, 1000000));
  s.branches.push_back(std::move(b));
}

void read_effect(const Json& e, int line, Reader& r, LiveEffect& out) {
  r.text(e, line, "kind", out.kind);
  for (auto [key, field] : {std::pair{"from", &out.from}, {"to", &out.to}, {"depot", &out.depot}, {"unit", &out.unit}}) {
    r.text(e, line, key, *field, false);
  }
  if (const Json* v = r.member(e, line, "share", false); v != nullptr) {
    if (v->is_number()) {
      out.share = v->get<double>();
    } else {
      r.problem(line, "share", "expected a number, got " + v->dump());
    }
  }
}

void read_expected(const Json& x, int line, Reader& r, LiveExpected& out) {
  r.text(x, line, "kind", out.kind);
  for (auto [key, field] : {std::pair{"town", &out.town}, {"village", &out.village}, {"plan", &out.plan}, {"item", &out.item},
                            {"aid", &out.aid}, {"to", &out.to}, {"team_type", &out.team_type}}) {
    r.text(x, line, key, *field, false);
  }
  std::uint64_t level = 4;
  if (r.unsigned_number(x, line, "level", level, false)) out.level = static_cast<int>(std::min<std::uint64_t>(level, 9));
  if (const Json* v = r.member(x, line, "within_h", true); v != nullptr) {
    if (v->is_number()) {
      out.within_h = v->get<double>();
    } else {
      r.problem(line, "within_h", "expected hours, got " + v->dump());
    }
  }
}

// {"at":..., "by":"director", "inject":{to, message_zh, message_en, effects, expected_action}}: the MSEL's keys.
void inject_line_of(const Json& o, int line, Reader& r, Branch& b, std::int64_t at_s, response::Actor by) {
  const Json& j = o["inject"];
  if (!j.is_object()) {
    r.problem(line, "inject", "expected an object {to, message_zh, ...}");
    return;
  }
  TimedInject t;
  t.at_s = at_s;
  t.by = by;
  LiveInject& in = t.inject;
  r.text(j, line, "to", in.to);
  r.text(j, line, "message_zh", in.message_zh);
  r.text(j, line, "message_en", in.message_en, false);
  if (const Json* effects = r.member(j, line, "effects", false); effects != nullptr) {
    if (!effects->is_array()) {
      r.problem(line, "effects", "expected a list [{kind, ...}]");
      return;
    }
    for (const auto& e : *effects) {
      if (!e.is_object()) {
        r.problem(line, "effects", "expected {kind, ...}, got " + e.dump());
        return;
      }
      read_effect(e, line, r, in.effects.emplace_back());
    }
  }
  if (const Json* x = r.member(j, line, "expected_action", false); x != nullptr) {
    if (!x->is_object()) {
      r.problem(line, "expected_action", "expected {kind, within_h, ...}");
      return;
    }
    read_expected(*x, line, r, in.expected.emplace());
  }
  if (const std::string problem = live_inject_problem(in); !problem.empty()) {
    r.problem(line, "inject", problem);
    return;
  }
  if (!b.injects.empty() && at_s < b.injects.back().at_s) {
    r.problem(line, "at", "earlier than the inject before it (" + session_clock(b.injects.back().at_s) + ")");
    return;
  }
  b.injects.push_back(std::move(t));
}

Json inject_json(const LiveInject& in) {
  Json j;
  j["to"] = in.to;
  j["message_zh"] = in.message_zh;
  if (!in.message_en.empty()) j["message_en"] = in.message_en;
  if (!in.effects.empty()) {
    Json list = Json::array();
    for (const auto& e : in.effects) {
      Json ej;
      ej["kind"] = e.kind;
      if (e.kind == "cut_road" || e.kind == "reopen_road") ej["from"] = e.from, ej["to"] = e.to;
      if (e.kind == "flood_depot") ej["depot"] = e.depot, ej["share"] = e.share;
      if (e.kind == "unit_unavailable") ej["unit"] = e.unit;
      list.push_back(std::move(ej));
    }
    j["effects"] = std::move(list);
  }
  if (in.expected) {
    const LiveExpected& x = *in.expected;
    Json xj;
    xj["kind"] = x.kind;
    for (auto [key, field] : {std::pair{"town", &x.town}, {"village", &x.village}, {"plan", &x.plan}, {"item", &x.item},
                              {"aid", &x.aid}, {"to", &x.to}, {"team_type", &x.team_type}}) {
      if (!field->empty()) xj[key] = *field;
    }
    if (x.kind == "set_level") xj["level"] = x.level;
    xj["within_h"] = x.within_h;
    j["expected_action"] = std::move(xj);
  }
  return j;
}

void command_line_of(const Json& o, int line, Reader& r, SessionFile& s) {
  if (s.branches.empty()) {
    r.problem(line, "branch", "a command before any branch line");
    return;
  }
  Branch& b = s.branches.back();
  LoggedCommand c;
  c.line = line;
  if (!r.clock(o, line, "at", c.at_s)) return;
  std::string by = "trainee";
  if (r.text(o, line, "by", by, false)) {
    const auto a = actor_of(by);
    if (!a) {
      r.problem(line, "by", "expected trainee or director, got '" + by + "'");
      return;
    }
    c.by = *a;
  }
  if (o.contains("inject")) {
    if (c.at_s < b.from_s) {
      r.problem(line, "at", "before its branch '" + b.name + "' begins (" + session_clock(b.from_s) + ")");
      return;
    }
    inject_line_of(o, line, r, b, c.at_s, c.by);
    return;
  }
  std::string text;
  if (!r.text(o, line, "command", text)) return;
  ParsedCommand parsed = parse_command_line(text);
  if (!parsed.command) {
    r.problem(line, "command", parsed.error + " (in '" + text + "')");
    return;
  }
  c.command = std::move(*parsed.command);
  r.text(o, line, "refused", c.refused, false);
  if (c.at_s < b.from_s) {
    r.problem(line, "at", "before its branch '" + b.name + "' begins (" + session_clock(b.from_s) + ")");
    return;
  }
  if (!b.commands.empty() && c.at_s < b.commands.back().at_s) {
    r.problem(line, "at", "earlier than the command before it (" + session_clock(b.commands.back().at_s) + ")");
    return;
  }
  b.commands.push_back(std::move(c));
}

}  // namespace

const Branch* SessionFile::branch(const std::string& name) const {
  for (const auto& b : branches) {
    if (b.name == name) return &b;
  }
  return nullptr;
}

Branch* SessionFile::branch(const std::string& name) {
  return const_cast<Branch*>(static_cast<const SessionFile&>(*this).branch(name));
}

namespace {

// What branch `name` plays of `list` (commands or injects): its ancestors' up to each branch time, then its own.
template <class T>
std::vector<T> along_line(const SessionFile& f, const std::string& name, std::vector<T> Branch::*list) {
  std::vector<const Branch*> chain;
  for (const Branch* b = f.branch(name); b != nullptr && chain.size() <= f.branches.size();
       b = b->parent.empty() ? nullptr : f.branch(b->parent)) {
    chain.push_back(b);
  }
  std::vector<T> out;
  for (std::size_t k = chain.size(); k-- > 0;) {
    // Up to the child's branch time: what the child inherits.
    const std::int64_t until = k == 0 ? kMaxSessionSeconds : chain[k - 1]->from_s;
    for (const auto& c : chain[k]->*list) {
      if (c.at_s <= until) out.push_back(c);
    }
  }
  return out;
}

}  // namespace

std::vector<LoggedCommand> SessionFile::line_of(const std::string& name) const { return along_line(*this, name, &Branch::commands); }

std::vector<TimedInject> SessionFile::injects_of(const std::string& name) const { return along_line(*this, name, &Branch::injects); }

std::string session_clock(std::int64_t at_s) {
  at_s = std::max<std::int64_t>(0, at_s);
  return fmt::format("T+{:02}:{:02}:{:02}", at_s / 3600, at_s / 60 % 60, at_s % 60);
}

std::string session_text(const SessionFile& s) {
  std::string out;
  Json h;
  h["ttx_session"] = SessionFile::kVersion;
  h["scenario"] = s.scenario;
  h["scenario_id"] = s.scenario_id;
  h["data"] = s.data;
  h["seed"] = s.seed;
  h["replication"] = s.replication;
  h["mode"] = s.doctrine ? "director" : "trainee";
  if (!s.lang.empty()) h["lang"] = s.lang;
  h["branch"] = s.current;
  h["now"] = session_clock(s.now_s);
  if (!s.fingerprint.empty()) h["fingerprint"] = s.fingerprint;
  out += h.dump() + "\n";
  for (const auto& b : s.branches) {
    Json bl;
    bl["branch"] = b.name;
    if (!b.parent.empty()) {
      bl["parent"] = b.parent;
      bl["from"] = session_clock(b.from_s);
    }
    if (b.hints > 0) bl["hints"] = b.hints;
    out += bl.dump() + "\n";
    // Commands and injects in the order of their times, as they were given.
    std::size_t ci = 0, ii = 0;
    while (ci < b.commands.size() || ii < b.injects.size()) {
      Json l;
      if (ii == b.injects.size() || (ci < b.commands.size() && b.commands[ci].at_s <= b.injects[ii].at_s)) {
        const LoggedCommand& c = b.commands[ci++];
        l["at"] = session_clock(c.at_s);
        l["by"] = std::string(response::to_string(c.by));
        l["command"] = command_line(c.command);
        if (!c.refused.empty()) l["refused"] = c.refused;
      } else {
        const TimedInject& t = b.injects[ii++];
        l["at"] = session_clock(t.at_s);
        l["by"] = std::string(response::to_string(t.by));
        l["inject"] = inject_json(t.inject);
      }
      out += l.dump() + "\n";
    }
  }
  return out;
}

SessionRead parse_session(const std::string& text, const std::string& shown) {
  SessionRead out;
  Reader r(shown, out.diagnostics);
  std::istringstream in(text);
  std::string line;
  int n = 0;
  bool seen_header = false;
  while (std::getline(in, line) && !out.diagnostics.full()) {
    ++n;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    if (line.size() > kMaxLineBytes) {
      r.problem(n, "", fmt::format("a line of {} bytes: no line of a session is longer than {}", line.size(), kMaxLineBytes));
      continue;
    }
    const Json o = Json::parse(line, nullptr, false);
    if (o.is_discarded() || !o.is_object()) {
      r.problem(n, "", o.is_discarded() ? "not a JSON object (damaged or cut short?)" : "expected a JSON object {...}");
      continue;
    }
    if (!seen_header) {
      seen_header = true;
      if (!o.contains("ttx_session")) {
        r.problem(n, "ttx_session", "missing: not a TTX session file (its first line says what it is)");
        return out;
      }
      header(o, r, out.session);
      if (!out.diagnostics.empty()) return out;
      continue;
    }
    if (o.contains("branch")) {
      branch_line(o, n, r, out.session);
    } else {
      command_line_of(o, n, r, out.session);
    }
  }
  if (!seen_header) {
    r.problem(0, "", "empty: not a TTX session file");
    return out;
  }
  if (out.diagnostics.empty()) {
    if (out.session.branches.empty()) {
      r.problem(n, "branch", "no branch: the file ends after its header (cut short?)");
    } else if (out.session.branch(out.session.current) == nullptr) {
      r.problem(1, "branch", "names branch '" + out.session.current + "', which the file does not hold");
    }
  }
  return out;
}

SessionRead read_session_file(const std::filesystem::path& path) {
  SessionRead out;
  const auto text = io::read_text_file(path, path.string(), out.diagnostics);
  if (!text) return out;
  return parse_session(*text, path.string());
}

std::string data_fingerprint(const std::vector<std::string>& files) {
  std::vector<std::pair<std::string, std::string>> named;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    named.emplace_back(std::filesystem::path(f).filename().string(), content.str());
  }
  std::sort(named.begin(), named.end());
  std::uint64_t h = 1469598103934665603ULL;  // FNV-1a 64
  auto mix = [&h](const std::string& s) {
    for (const unsigned char c : s) h = (h ^ c) * 1099511628211ULL;
    h = (h ^ 0xffU) * 1099511628211ULL;  // separator
  };
  for (const auto& [name, content] : named) {
    mix(name);
    mix(content);
  }
  return hex(h);
}

}  // namespace ttx::exercise
