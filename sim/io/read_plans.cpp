// plans/*.yaml: response levels IV to I, their triggers, actions and time targets.
#include <algorithm>
#include <array>

#include "sim/io/did_you_mean.h"
#include "sim/io/load_context.h"
#include "sim/io/message_text.h"

namespace ttx::io {

using namespace ranges;

namespace {

const std::array<std::string, world::kIndicatorCount>& indicator_names() {
  static const std::array<std::string, world::kIndicatorCount> names = [] {
    std::array<std::string, world::kIndicatorCount> n;
    for (int i = 0; i < world::kIndicatorCount; ++i) n[i] = std::string(world::to_string(static_cast<world::Indicator>(i)));
    return n;
  }();
  return names;
}

bool is_warning(world::Indicator i) {
  return i >= world::Indicator::warning_typhoon && i <= world::Indicator::warning_cold_wave;
}
bool is_yes_no(world::Indicator i) {
  return i == world::Indicator::levee_breach || i == world::Indicator::yangtze_levee_breach ||
         i == world::Indicator::expressway_closed;
}

// Thresholds on ordered scales become numbers: colours 1 blue .. 4 red; river
// levels 0 normal, 1 warning, 2 guaranteed; true 1, false 0.
std::optional<double> threshold_value(world::Indicator ind, const YAML::Node& v, std::string& expected) {
  const std::string s = v.Scalar();
  if (is_warning(ind)) {
    expected = "a warning colour: blue, yellow, orange or red";
    const char* colours[] = {"blue", "yellow", "orange", "red"};
    for (int k = 0; k < 4; ++k) {
      if (s == colours[k]) return k + 1.0;
    }
    return std::nullopt;
  }
  if (ind == world::Indicator::river_level) {
    expected = "a river level: normal, warning or guaranteed";
    if (s == "normal") return 0.0;
    if (s == "warning") return 1.0;
    if (s == "guaranteed") return 2.0;
    return std::nullopt;
  }
  if (is_yes_no(ind)) {
    expected = "true or false";
    if (s == "true") return 1.0;
    if (s == "false") return 0.0;
    return std::nullopt;
  }
  expected = ind == world::Indicator::users_without_power_pct ? "a percentage from 0 to 100" : "a number >= 0";
  const auto d = parse_number(v);
  if (!d || *d < 0 || (ind == world::Indicator::users_without_power_pct && *d > 100)) return std::nullopt;
  return d;
}

bool read_condition(YamlMap& m, world::Condition& c) {
  const std::string name = m.text("indicator");
  const auto& names = indicator_names();
  int found = -1;
  for (int i = 0; i < world::kIndicatorCount; ++i) {
    if (name == names[i]) found = i;
  }
  if (found < 0) {
    if (!name.empty()) {
      m.error_at(m.child("indicator"), "indicator",
                 "unknown indicator " + echoed(name) +
                     did_you_mean(name, std::vector<std::string>(names.begin(), names.end())));
    }
    m.tagged("threshold");
    m.allow({"op", "for_h"});
    return false;
  }
  c.indicator = static_cast<world::Indicator>(found);
  const std::string op = m.text("op");
  if (op == ">=") c.op = world::CompareOp::at_least;
  else if (op == "==") c.op = world::CompareOp::equals;
  else if (!op.empty()) m.error_at(m.child("op"), "op", "expected \">=\" or \"==\", got " + echoed(op));
  const YAML::Node v = m.tagged("threshold");
  if (v.IsDefined()) {
    std::string expected;
    if (auto t = threshold_value(c.indicator, v, expected)) c.threshold = *t;
    else m.error_at(v, "threshold", "expected " + expected + " for " + name + ", got " + echoed(v.Scalar()));
  }
  c.for_h = m.quantity("for_h", kHours, false, 0);
  return true;
}

world::Trigger read_trigger(YamlMap& m) {
  world::Trigger t;
  if (m.has("all_of")) {
    const auto parts = m.list("all_of");
    for (std::size_t i = 0; i < parts.size(); ++i) {
      YamlMap p(m.file(), parts[i], m.field("all_of[" + std::to_string(i) + "]"));
      world::Condition c;
      if (p.ok() && read_condition(p, c)) t.all_of.push_back(c);
      p.finish();
    }
    if (parts.empty()) m.error("all_of", "needs at least one condition");
  } else {
    world::Condition c;
    if (read_condition(m, c)) t.all_of.push_back(c);
  }
  m.finish();
  return t;
}

world::Action read_action(LoadContext& ctx, YamlMap& m) {
  world::Action a;
  const std::string kind = m.text("action");
  static const std::vector<std::string> kinds = {
      "mobilise_forces", "open_shelters", "release_stock", "activate_agreement_reserve",
      "request_city_aid", "request_province_aid", "report_to_city", "report_to_province",
      "deploy_working_group", "evacuate", "request_mutual_aid_crews"};
  bool found = false;
  for (std::size_t k = 0; k < kinds.size(); ++k) {
    if (kind == kinds[k]) a.kind = static_cast<world::ActionKind>(k), found = true;
  }
  if (!found && !kind.empty()) {
    m.error_at(m.child("action"), "action", "unknown action " + echoed(kind) + did_you_mean(kind, kinds));
  }
  a.delay_h = m.quantity("delay_h", kHours);
  a.team_types = read_ref_list(ctx, m, "team_types", RefKind::team_type, false);
  a.subtypes = m.id_list("subtypes", false);
  a.sector_crews = read_ref_list(ctx, m, "sector_crews", RefKind::sector_crew, false);
  a.town_teams = m.flag("town_teams", false);
  a.classes = m.id_list("classes", false);
  for (const auto& c : a.classes) {
    if (c != "relief" && c != "agreement" && c != "equipment") {
      m.error_at(m.child("classes"), "classes", "expected relief, agreement or equipment, got " + echoed(c));
    }
  }
  a.where = m.text("where", false);
  a.depth_m = m.quantity("depth_m", Range{0, 20}, false, 0);
  if (!a.where.empty() && a.where != "affected_towns" && a.where != "all_towns") {
    m.error_at(m.child("where"), "where", "expected affected_towns or all_towns, got " + echoed(a.where));
  }
  for (const auto& st : a.subtypes) ctx.refer(RefKind::subtype, st, located(m, "subtypes"));
  if (found && a.kind == world::ActionKind::mobilise_forces && a.team_types.empty() && a.sector_crews.empty() &&
      !a.town_teams) {
    m.error("action", "mobilise_forces names no team_types, sector_crews or town_teams");
  }
  if (found && a.kind == world::ActionKind::request_mutual_aid_crews && a.sector_crews.empty()) {
    m.error("action", "request_mutual_aid_crews names no sector_crews");
  }
  m.finish();
  return a;
}

// The simulation events a time target may run between (FORMAT.md §2.10).
const std::vector<std::string> kTargetEvents = {
    "disaster_onset", "first_report_at_district", "report_at_city", "report_at_province", "condition_known",
    "day_start", "daily_report_at_city", "trigger_known", "level_started", "relief_received",
    "working_group_on_site", "reserve_dispatch_decided", "trapped_rescued"};

}  // namespace

void read_plan(LoadContext& ctx, YamlMap& top) {
  world::Plan plan;
  YamlMap p(top.file(), top.child("plan"), "plan");
  plan.id = p.id();
  ctx.define(RefKind::plan, plan.id, located(p, "id"));
  plan.title_zh = p.text("title_zh");
  plan.title_en = p.text("title_en");
  plan.hazards = p.id_list("hazards");
  for (const auto& h : plan.hazards) {
    if (h != "flood" && h != "earthquake" && h != "freezing_rain" && h != "incidents") {
      p.error_at(p.child("hazards"), "hazards", "expected flood, earthquake, freezing_rain or incidents, got " + echoed(h));
    }
  }
  p.allow({"plan_title_source", "headquarters_zh", "headquarters_en"});
  p.finish();

  const auto levels = top.list("levels");
  static const char* expected[] = {"IV", "III", "II", "I"};
  static const char* kColours[] = {"blue", "yellow", "orange", "red"};
  if (levels.size() != 4) top.error("levels", "expected the four levels IV, III, II, I, got " + std::to_string(levels.size()));
  for (std::size_t i = 0; i < levels.size(); ++i) {
    YamlMap m(top.file(), levels[i], "levels[" + std::to_string(i) + "]");
    if (!m.ok()) continue;
    world::PlanLevel lv;
    const std::string name = m.text("level");
    m.set_path("levels[" + cut(name) + "]");
    if (i < 4 && name != expected[i]) {
      m.error_at(m.child("level"), "level",
                 std::string("expected level ") + expected[i] + " here (levels run IV, III, II, I), got " + echoed(name));
    }
    lv.level = 4 - static_cast<int>(i);
    lv.name_zh = m.text("name_zh", false);
    lv.colour = m.text("colour");
    if (i < 4 && lv.colour != kColours[i] && !lv.colour.empty()) {
      m.error_at(m.child("colour"), "colour", std::string("level ") + expected[i] + " is " + kColours[i] + ", got " + echoed(lv.colour));
    }
    lv.handled_by = m.text("handled_by", false);
    if (!lv.handled_by.empty() && lv.handled_by != "district" && lv.handled_by != "city" && lv.handled_by != "province") {
      m.error_at(m.child("handled_by"), "handled_by", "expected district, city or province, got " + echoed(lv.handled_by));
    }
    lv.lead = m.text("lead");
    const auto triggers = m.list("triggers");
    if (triggers.empty()) m.error("triggers", "a level needs at least one trigger");
    for (std::size_t k = 0; k < triggers.size(); ++k) {
      YamlMap t(top.file(), triggers[k], m.field("triggers[" + std::to_string(k) + "]"));
      if (t.ok()) lv.triggers.push_back(read_trigger(t));
    }
    const auto actions = m.list("actions");
    for (std::size_t k = 0; k < actions.size(); ++k) {
      YamlMap a(top.file(), actions[k], m.field("actions[" + std::to_string(k) + "]"));
      if (a.ok()) lv.actions.push_back(read_action(ctx, a));
    }
    m.finish();
    plan.levels.push_back(std::move(lv));
  }

  for_each_record(top, "time_targets", [&](YamlMap& m) {
    world::TimeTarget tt;
    tt.id = record_id(ctx, m);
    tt.description = m.text("description");
    tt.from = m.id("from");
    tt.to = m.id("to");
    for (const char* key : {"from", "to"}) {
      const std::string& event = std::string(key) == "from" ? tt.from : tt.to;
      if (!event.empty() && std::find(kTargetEvents.begin(), kTargetEvents.end(), event) == kTargetEvents.end()) {
        m.error_at(m.child(key), key, "unknown event " + echoed(event) + did_you_mean(event, kTargetEvents));
      }
    }
    tt.hours = m.quantity("hours", kHours);
    if (m.has("condition")) {
      YamlMap c(top.file(), m.child("condition"), m.field("condition"));
      tt.has_condition = c.ok() && read_condition(c, tt.condition);
      c.finish();
    }
    m.finish();
    plan.time_targets.push_back(std::move(tt));
  }, false);
  ctx.world.plans.push_back(std::move(plan));
}

}  // namespace ttx::io
