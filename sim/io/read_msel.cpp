// The MSEL: one map per inject, each key checked, every problem reported with
// file, line and field in one pass (scenarios/FORMAT.md §5).
#include "sim/io/read_msel.h"

#include <algorithm>
#include <set>

#include "sim/io/clock_text.h"
#include "sim/io/did_you_mean.h"
#include "sim/io/input_limits.h"
#include "sim/io/message_text.h"

namespace ttx::io {

namespace {

/// Reads a text value that is one of `options`; reports it otherwise.
std::string one_of(YamlMap& m, std::string_view key, const std::vector<std::string>& options, bool required = true) {
  const std::string v = m.text(key, required);
  if (v.empty() || std::find(options.begin(), options.end(), v) != options.end()) return v;
  std::string list;
  for (const auto& o : options) list += (list.empty() ? "" : ", ") + o;
  m.error_at(m.child(key, false), key, "expected one of " + list + ", got " + echoed(v) + did_you_mean(v, options));
  return "";
}

/// A response level written IV, III, II or I (or 4 .. 1).
int read_level(YamlMap& m, std::string_view key) {
  const std::string v = m.text(key);
  static const std::vector<std::string> names{"I", "II", "III", "IV"};
  for (int l = 1; l <= 4; ++l) {
    if (v == names[static_cast<std::size_t>(l - 1)] || v == std::to_string(l)) return l;
  }
  if (!v.empty()) m.error_at(m.child(key, false), key, "expected a response level IV, III, II or I, got " + echoed(v));
  return 4;
}

class Reader {
 public:
  Reader(YamlMap& top, std::vector<MselName>& names) : file_(top.file()), names_(names) {}

  void name(YamlMap& m, std::string_view key, MselName::Kind kind, const std::string& value, const std::string& other = {}) {
    if (value.empty()) return;
    const YAML::Node at = m.child(key, false);
    const YAML::Mark mark = at.IsDefined() ? at.Mark() : m.mark();
    names_.push_back({kind, value, other, mark.line + 1, file_.column(mark), m.field(key)});
  }

  void road(YamlMap& m, std::string& from, std::string& to) {
    from = m.id("from");
    to = m.id("to");
    if (!from.empty() && !to.empty()) name(m, "from", MselName::road, from, to);
  }

  world::InjectEffect effect(const YAML::Node& node, const std::string& path) {
    YamlMap m(file_, node, path);
    world::InjectEffect e;
    e.line = m.mark().line + 1;
    const std::string kind = one_of(m, "kind", {"cut_road", "reopen_road", "flood_depot", "unit_unavailable"});
    if (kind == "cut_road" || kind == "reopen_road") {
      e.kind = kind == "cut_road" ? world::EffectKind::cut_road : world::EffectKind::reopen_road;
      road(m, e.from, e.to);
    } else if (kind == "flood_depot") {
      e.kind = world::EffectKind::flood_depot;
      e.depot = m.id("depot");
      name(m, "depot", MselName::depot, e.depot);
      e.share = m.number("share", Range{0.001, 1});
    } else if (kind == "unit_unavailable") {
      e.kind = world::EffectKind::unit_unavailable;
      e.unit = m.id("unit");
      name(m, "unit", MselName::team, e.unit);
    }
    m.finish();
    return e;
  }

  void expected(YamlMap& im, world::Inject& in) {
    if (!im.has("expected_action")) return;
    YamlMap m(file_, im.child("expected_action"), im.field("expected_action"));
    if (!m.ok()) return;
    in.has_expected = true;
    world::ExpectedAction& x = in.expected;
    static const std::vector<std::string> kinds{"dispatch",      "mobilise",     "set_level",        "open_shelters",
                                                "evacuate",      "release_stock", "order_relief",    "activate_reserve",
                                                "request_aid",   "send_report"};
    const std::string kind = one_of(m, "kind", kinds);
    const auto k = std::find(kinds.begin(), kinds.end(), kind);
    x.within_h = m.number("within_h", Range{0.01, 24 * 30});
    if (k == kinds.end()) {  // its other keys mean nothing without a kind
      m.allow({"team_type", "town", "village", "plan", "level", "item", "aid", "to"});
      m.finish();
      return;
    }
    x.kind = static_cast<world::ExpectKind>(k - kinds.begin());
    auto town = [&](bool required) {
      x.town = m.id("town", required);
      name(m, "town", MselName::town, x.town);
    };
    using K = world::ExpectKind;
    switch (x.kind) {
      case K::dispatch:
      case K::mobilise:
        x.team_type = m.id("team_type", false);
        name(m, "team_type", MselName::team_type, x.team_type);
        town(x.kind == K::dispatch);
        break;
      case K::set_level:
        x.plan = m.id("plan");
        name(m, "plan", MselName::plan, x.plan);
        x.level = read_level(m, "level");
        break;
      case K::open_shelters: town(true); break;
      case K::evacuate:
        x.village = m.id("village", false);
        name(m, "village", MselName::village, x.village);
        town(x.village.empty());
        break;
      case K::order_relief:
        town(true);
        x.item = m.id("item", false);
        name(m, "item", MselName::item, x.item);
        break;
      case K::request_aid:
        x.aid = m.id("aid");
        name(m, "aid", MselName::aid, x.aid);
        break;
      case K::send_report: x.to = one_of(m, "to", {"city", "province"}); break;
      case K::release_stock:
      case K::activate_reserve: break;
    }
    x.text = describe(x);
    m.finish();
  }

  void condition(YamlMap& im, world::Inject& in) {
    if (!im.has("when")) return;
    YamlMap m(file_, im.child("when"), im.field("when"));
    if (!m.ok()) return;
    in.conditional = true;
    world::InjectCondition& c = in.condition;
    const std::string kind = one_of(m, "kind", {"road_cut", "displaced_over", "level_reached"});
    if (kind == "road_cut") {
      c.kind = world::ConditionKind::road_cut;
      road(m, c.from, c.to);
    } else if (kind == "displaced_over") {
      c.kind = world::ConditionKind::displaced_over;
      c.town = m.id("town");
      name(m, "town", MselName::town, c.town);
      c.people = m.number("people", ranges::kCount);
    } else if (kind == "level_reached") {
      c.kind = world::ConditionKind::level_reached;
      c.plan = m.id("plan");
      name(m, "plan", MselName::plan, c.plan);
      c.level = read_level(m, "level");
    }
    m.finish();
  }

  static std::string describe(const world::ExpectedAction& x) {
    using K = world::ExpectKind;
    std::string s;
    switch (x.kind) {
      case K::dispatch: s = "dispatch " + (x.team_type.empty() ? "a unit" : x.team_type) + " to " + x.town; break;
      case K::mobilise: s = "mobilise " + (x.team_type.empty() ? "units" : x.team_type) + (x.town.empty() ? "" : " of " + x.town); break;
      case K::set_level: s = x.plan + " at level " + world::level_name(x.level) + " or higher"; break;
      case K::open_shelters: s = "open the shelters of " + x.town; break;
      case K::evacuate: s = "evacuate " + (x.village.empty() ? "a village of " + x.town : x.village); break;
      case K::release_stock: s = "release the warehouse's stock"; break;
      case K::order_relief: s = "order " + (x.item.empty() ? "relief" : x.item) + " for " + x.town; break;
      case K::activate_reserve: s = "activate the agreement reserve"; break;
      case K::request_aid: s = "request " + x.aid + " aid"; break;
      case K::send_report: s = "report to the " + x.to; break;
    }
    return s + " within " + number_text(x.within_h) + " h";
  }

 private:
  FileContext& file_;
  std::vector<MselName>& names_;
};

world::Recipient recipient_of(YamlMap& m, const std::string& to, std::vector<MselName>& names, FileContext& file) {
  world::Recipient r;
  if (to.empty() || to == "duty_officer") return r;
  const auto colon = to.find(':');
  const std::string kind = to.substr(0, colon), id = colon == std::string::npos ? "" : to.substr(colon + 1);
  const YAML::Mark at = m.child("to", false).Mark();
  if (kind == "town" && !id.empty()) {
    r.kind = world::RecipientKind::town;
    names.push_back({MselName::town, id, {}, at.line + 1, file.column(at), m.field("to")});
  } else if (kind == "team" && !id.empty()) {
    r.kind = world::RecipientKind::team;
    names.push_back({MselName::team, id, {}, at.line + 1, file.column(at), m.field("to")});
  } else if (kind == "department" && !id.empty()) {
    r.kind = world::RecipientKind::department;
  } else {
    m.error_at(m.child("to", false), "to",
               "expected duty_officer, town:<town id>, department:<name> or team:<team id>, got " + echoed(to));
  }
  r.id = id;
  return r;
}

}  // namespace

void read_msel(YamlMap& top, std::optional<double> duration_h, world::Scenario& s, std::vector<MselName>& names) {
  if (top.has("injects")) {
    top.error_at(top.child("injects"), "injects", "injects are now written as an msel: list (scenarios/FORMAT.md §5)");
  }
  FileContext& file = top.file();
  Reader reader(top, names);
  const auto list = top.list("msel", false, limits::kInjects);
  std::set<int> seqs;
  struct MissedRef {
    int seq;
    YAML::Mark at;
    std::string field;
  };
  std::vector<MissedRef> missed_refs;
  for (std::size_t i = 0; i < list.size(); ++i) {
    YamlMap m(file, list[i], "msel[" + std::to_string(i) + "]");
    if (!m.ok()) continue;
    world::Inject in;
    in.line = m.mark().line + 1;
    in.seq = static_cast<int>(m.number("seq", Range{1, 1e6, true}));
    m.set_path("msel[" + std::to_string(in.seq) + "]");
    if (in.seq > 0 && !seqs.insert(in.seq).second) m.error_at(m.child("seq"), "seq", "sequence number used twice");
    const std::string at = m.text("at", false);
    if (at.empty() && !m.has("when") && !m.has("if_missed")) m.error("at", "missing (an inject needs a time, a when: or an if_missed:)");
    if (auto secs = parse_clock(at)) {
      in.at_s = *secs;
      if (duration_h && in.at_s > *duration_h * 3600) m.error_at(m.child("at"), "at", "after the end of the scenario (duration_h)");
    } else if (!at.empty()) {
      m.error_at(m.child("at"), "at", "expected a time like T+02:30, got " + echoed(at));
    }
    const std::string type = one_of(m, "type", {"information", "event", "media"});
    in.type = type == "event" ? world::InjectType::event : type == "media" ? world::InjectType::media : world::InjectType::information;
    in.delivery = m.text("delivery");
    in.from = m.text("from");
    in.to = m.text("to");
    in.recipient = recipient_of(m, in.to, names, file);
    in.message_zh = m.text("message_zh");
    in.message_en = m.text("message_en");
    in.message = in.message_zh + " / " + in.message_en;
    reader.expected(m, in);
    in.false_report = m.flag("false_report", false);
    if (in.false_report && !in.has_expected) {
      m.error("false_report", "a false report needs the expected_action it would wrongly provoke");
    }
    in.expected_action = in.has_expected ? (in.false_report ? "do NOT " : "") + in.expected.text : "";
    in.objective = m.text("objective", in.has_expected);
    in.capability = m.text("capability", in.has_expected);
    in.controller = m.text("controller");
    const auto effects = m.list("effects", false, limits::kInjects);
    for (std::size_t e = 0; e < effects.size(); ++e) {
      in.effects.push_back(reader.effect(effects[e], m.field("effects") + "[" + std::to_string(e) + "]"));
    }
    reader.condition(m, in);
    if (m.has("if_missed")) {
      in.if_missed = static_cast<int>(m.number("if_missed", Range{1, 1e6, true}));
      if (in.conditional) m.error("if_missed", "an inject is either conditional (when:) or a contingency (if_missed:), not both");
      missed_refs.push_back({in.if_missed, m.child("if_missed").Mark(), m.field("if_missed")});
    }
    m.allow("note");
    m.finish();
    s.injects.push_back(std::move(in));
  }
  std::stable_sort(s.injects.begin(), s.injects.end(), [](const auto& a, const auto& b) { return a.seq < b.seq; });
  for (const auto& ref : missed_refs) {
    const int seq = ref.seq;
    const auto it = std::find_if(s.injects.begin(), s.injects.end(), [seq](const auto& in) { return in.seq == seq; });
    if (it == s.injects.end()) {
      file.error(ref.at, ref.field, "no inject with sequence number " + std::to_string(seq));
    } else if (!it->has_expected) {
      file.error(ref.at, ref.field, "inject " + std::to_string(seq) + " expects no action, so none can be missed");
    }
  }
}


void check_msel_names(const std::string& shown, const world::Scenario& s, const std::vector<MselName>& names,
                      const world::World& w, Diagnostics& diags) {
  auto ids_of = [](const auto& list) {
    std::vector<std::string> ids;
    for (const auto& x : list) ids.push_back(x.id);
    return ids;
  };
  for (const auto& n : names) {
    std::vector<std::string> ids;
    std::string what;
    switch (n.kind) {
      case MselName::town: ids = ids_of(w.towns), what = "town"; break;
      case MselName::village: ids = ids_of(w.villages), what = "village"; break;
      case MselName::team: ids = ids_of(w.teams), what = "team (teams.csv)"; break;
      case MselName::team_type:
        ids = ids_of(w.team_types), what = "team type or sector crew";
        for (const auto& c : w.sector_crews) ids.push_back(c.id);
        ids.push_back("town_team");
        break;
      case MselName::plan: ids = s.plans, what = "plan in force (scenario.plans)"; break;
      case MselName::item: ids = ids_of(w.items), what = "item"; break;
      case MselName::aid: ids = ids_of(w.mutual_aid), what = "mutual aid (stock.yaml)"; break;
      case MselName::depot: ids = ids_of(w.depots), what = "depot (depots.yaml)"; break;
      case MselName::road:
        if (w.roads.edge_between(n.value, n.other) >= 0) continue;
        diags.add(shown, n.line, n.column, n.field,
                  "no road joins " + echoed(n.value) + " and " + echoed(n.other) + " (roads.yaml; town centres, villages, depots)");
        continue;
    }
    if (std::find(ids.begin(), ids.end(), n.value) != ids.end()) continue;
    diags.add(shown, n.line, n.column, n.field, "unknown " + what + " " + echoed(n.value) + did_you_mean(n.value, ids));
  }
}

}  // namespace ttx::io
