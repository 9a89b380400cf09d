#include "gui/script/script.h"

#include <charconv>
#include <cstdlib>
#include <sstream>

#include "gui/console_app.h"
#include "gui/panels/panel.h"
#include "sim/io/clock_text.h"

namespace ttx::gui {

namespace {

bool number(const std::string& s, long long& out) {
  const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

bool* panel_flag(LayoutState& l, const std::string& name) {
  if (name == "legend") return &l.legend;
  if (name == "layers") return &l.layers;
  const auto p = panel_by_key(name);
  return p ? &l.shown[static_cast<std::size_t>(*p)] : nullptr;
}

std::int64_t unit_index(const response::ResponseModel& run, const std::string& id) {
  for (std::size_t u = 0; u < run.units().size(); ++u) {
    if (run.units()[u].id == id) return static_cast<std::int64_t>(u);
  }
  return -1;
}

// The command a script line names, or the reason it names none.
std::string parse_command(const response::ResponseModel& run, const std::vector<std::string>& w, response::Command& out) {
  const std::string& kind = w.size() > 1 ? w[1] : std::string();
  auto arg = [&](std::size_t k) -> const std::string& {
    static const std::string none;
    return k < w.size() ? w[k] : none;
  };
  auto unit = [&](std::size_t k, std::string& u) -> std::string {
    if (!run.unit_index(arg(k))) return "no unit '" + arg(k) + "'";
    u = arg(k);
    return "";
  };
  auto town = [&](std::size_t k, std::string& t) -> std::string {
    if (!run.town_index(arg(k))) return "no town '" + arg(k) + "'";
    t = arg(k);
    return "";
  };
  long long n = 0;
  if (kind == "set-level") {
    if (!number(arg(3), n) || n < 1 || n > 5) return "set-level PLAN LEVEL (1..4, 5 ends the response)";
    out = response::SetLevel{arg(2), static_cast<int>(n)};
  } else if (kind == "mobilise") {
    response::Mobilise m;
    for (std::size_t k = 2; k < w.size(); ++k) {
      std::string u;
      if (auto e = unit(k, u); !e.empty()) return e;
      m.units.push_back(u);
    }
    if (m.units.empty()) return "mobilise UNIT_ID...";
    out = m;
  } else if (kind == "assign") {
    response::Assign a;
    if (auto e = unit(2, a.unit); !e.empty()) return e;
    // TASK: an index, or first:SKILL — the first task known and open that needs the skill.
    if (arg(3).rfind("first:", 0) == 0) {
      const std::string skill = arg(3).substr(6);
      std::int64_t found = -1;
      for (std::size_t t = 0; t < run.tasks().size() && found < 0; ++t) {
        const auto& task = run.tasks()[t];
        if (task.known_s >= 0 && task.open() && run.world().skills[task.skill].id == skill) found = static_cast<std::int64_t>(t);
      }
      if (found < 0) return "no open task needs '" + skill + "'";
      a.task = run.tasks()[static_cast<std::size_t>(found)].id;
    } else if (run.task_index(arg(3))) {
      a.task = arg(3);
    } else if (!number(arg(3), n) || n < 0 || static_cast<std::size_t>(n) >= run.tasks().size()) {
      return "assign UNIT_ID TASK (a task id, an index or first:SKILL)";
    } else {
      a.task = run.tasks()[static_cast<std::size_t>(n)].id;
    }
    out = a;
  } else if (kind == "stand-down") {
    response::StandDown s;
    if (auto e = unit(2, s.unit); !e.empty()) return e;
    out = s;
  } else if (kind == "open-shelters") {
    response::OpenShelters s;
    if (auto e = town(2, s.town); !e.empty()) return e;
    out = s;
  } else if (kind == "release-stock") {
    const std::string what = arg(2).empty() ? "both" : arg(2);
    if (what != "relief" && what != "equipment" && what != "both") return "release-stock [relief|equipment|both]";
    out = response::ReleaseStock{what != "equipment", what != "relief"};
  } else if (kind == "activate-reserve") {
    out = response::ActivateReserve{};
  } else if (kind == "request-aid") {
    out = response::RequestAid{arg(2)};
  } else if (kind == "order-relief") {
    response::OrderRelief o;
    if (auto e = town(2, o.town); !e.empty()) return e;
    if (!number(arg(4), n) || n <= 0) return "order-relief TOWN_ID ITEM QUANTITY";
    o.item = arg(3);
    o.quantity = n;
    out = o;
  } else if (kind == "send-report") {
    out = response::SendReport{arg(2)};
  } else {
    return "unknown command '" + kind + "'";
  }
  return "";
}

// inject TO MESSAGE_ZH [MESSAGE_EN] [effect KIND ARGS...] [expect KIND [TOWN] HOURS]: a live inject, as the
// injects panel sends it. TO: duty_officer or a town id; the messages are one word each, '_' for a blank.
std::string send_inject(ConsoleApp& app, const std::vector<std::string>& w) {
  const auto& run = app.session()->view();
  auto arg = [&](std::size_t k) -> std::string { return k < w.size() ? w[k] : std::string(); };
  exercise::LiveInject in;
  in.to = arg(1) == "duty_officer" ? arg(1) : "town:" + arg(1);
  if (arg(1) != "duty_officer" && !run.world().town_index(arg(1))) return "inject: no town '" + arg(1) + "'";
  auto message = [](std::string m) {  // '_' stands for a blank in a script's one-word message
    for (char& ch : m) ch = ch == '_' ? ' ' : ch;
    return m;
  };
  in.message_zh = message(arg(2));
  std::size_t k = 3;
  if (k < w.size() && w[k] != "effect" && w[k] != "expect") in.message_en = message(w[k++]);
  if (arg(k) == "effect") {
    exercise::LiveEffect& e = in.effects.emplace_back();
    e.kind = arg(k + 1);
    if (e.kind == "cut_road" || e.kind == "reopen_road") {
      e.from = arg(k + 2), e.to = arg(k + 3), k += 4;
    } else if (e.kind == "flood_depot") {
      e.depot = arg(k + 2);
      e.share = std::atof(arg(k + 3).c_str());
      k += 4;
    } else {
      e.unit = arg(k + 2), k += 3;
    }
  }
  if (arg(k) == "expect") {
    exercise::LiveExpected& x = in.expected.emplace();
    x.kind = arg(k + 1);
    if (w.size() > k + 3) x.town = arg(k + 2);
    x.within_h = std::atof(arg(w.size() - 1).c_str());
  }
  if (const std::string problem = app.send_inject(in); !problem.empty()) return "inject: " + problem;
  return "";
}

}  // namespace

std::vector<ScriptLine> parse_script(const std::string& text) {
  std::vector<ScriptLine> out;
  std::istringstream in(text);
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (const auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
    std::istringstream words(line);
    ScriptLine s{n, {}};
    for (std::string w; words >> w;) s.words.push_back(w);
    if (!s.words.empty()) out.push_back(std::move(s));
  }
  return out;
}

std::string run_script_line(ConsoleApp& app, const ScriptLine& line, int& frames) {
  frames = 1;
  const auto& w = line.words;
  const std::string& verb = w[0];
  ConsoleState& st = app.state();
  auto arg = [&](std::size_t k) { return k < w.size() ? w[k] : std::string(); };
  long long n = 0;
  if (verb == "lang") {
    const auto lang = io::parse_language(arg(1));
    if (!lang) return "lang zh|en";
    st.lang = *lang;
    return "";
  }
  if (verb == "inbox") {
    static constexpr const char* kGroups[] = {"none", "town", "kind", "hour"};
    for (int g = 0; g < 4; ++g) {
      if (arg(1) == kGroups[g]) {
        st.inbox.group = static_cast<InboxView::Group>(g);
        return "";
      }
    }
    return "inbox none|town|kind|hour";
  }
  if (verb == "frames") {
    if (!number(arg(1), n) || n < 1 || n > 100000) return "frames N";
    frames = static_cast<int>(n);
    return "";
  }
  exercise::Session* s = app.session();
  if (s == nullptr) return "no scenario is open";
  if (verb == "advance") {
    const auto t = io::parse_clock(arg(1));
    if (!t) return "advance T+HH:MM";
    st.clock.request = ClockState::Request::jump;
    st.clock.jump_to_s = *t;
  } else if (verb == "step") {
    if (!number(arg(1).empty() ? "1" : arg(1), n) || n < 1) return "step N";
    for (long long k = 0; k < n; ++k) s->step();
  } else if (verb == "step-decision") {
    st.clock.request = ClockState::Request::step_decision;
  } else if (verb == "play") {
    if (!number(arg(1), n) || n < 0 || n >= kSpeedCount) return "play SPEED FRAMES (SPEED 0.." + std::to_string(kSpeedCount - 1) + ")";
    st.clock.speed = static_cast<int>(n);
    st.clock.playing = true;
    if (!number(arg(2), n) || n < 1) return "play SPEED FRAMES";
    frames = static_cast<int>(n);
  } else if (verb == "pause") {
    st.clock.playing = false;
  } else if (verb == "open" || verb == "close") {
    bool* flag = arg(1) == "inject-form" ? &st.inject_form.open : panel_flag(st.layout, arg(1));
    if (flag == nullptr) return "no panel '" + arg(1) + "'";
    *flag = verb == "open";
    if (const auto p = panel_by_key(arg(1)); p && *flag) st.layout.focus = *p;  // its tab in front
  } else if (verb == "select") {
    if (arg(1) == "unit") {
      st.selected.unit = unit_index(s->view(), arg(2));
      if (st.selected.unit < 0) return "no unit '" + arg(2) + "'";
    } else if (arg(1) == "task") {
      if (!number(arg(2), n) || n < 0 || static_cast<std::size_t>(n) >= s->view().tasks().size()) return "no task " + arg(2);
      st.selected.task = n;
    } else if (arg(1) == "town") {
      const auto t = s->view().world().town_index(arg(2));
      if (!t) return "no town '" + arg(2) + "'";
      st.selected.town = *t;
    } else {
      return "select unit|task|town ID";
    }
  } else if (verb == "command") {
    response::Command c;
    if (auto e = parse_command(s->view(), w, c); !e.empty()) return e;
    app.submit(c);
  } else if (verb == "inject") {
    if (auto e = send_inject(app, w); !e.empty()) return e;
  } else if (verb == "mode") {
    if (arg(1) != "director" && arg(1) != "trainee") return "mode director|trainee";
    st.mode = arg(1) == "director" ? Mode::director : Mode::trainee;
  } else if (verb == "truth") {
    st.show_truth = arg(1) != "off";
  } else if (verb == "zoom") {
    char* end = nullptr;
    const std::string a = arg(1);
    const float f = std::strtof(a.c_str(), &end);
    if (a.empty() || *end != '\0' || !(f > 0.05f && f < 50)) return "zoom FACTOR";
    if (app.map() != nullptr) app.map()->zoom(st.map, f);
  } else if (verb == "pan") {
    long long dy = 0;
    if (!number(arg(1), n) || !number(arg(2), dy)) return "pan DX DY";
    st.map.pan_x += static_cast<float>(n);
    st.map.pan_y += static_cast<float>(dy);
  } else {
    return "unknown action '" + verb + "'";
  }
  return "";
}

}  // namespace ttx::gui
