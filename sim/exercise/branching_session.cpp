#include "sim/exercise/branching_session.h"

#include <algorithm>

#include <fmt/format.h>

#include "sim/exercise/command_line.h"
#include "sim/exercise/replay_fingerprint.h"
#include "sim/io/atomic_write.h"

namespace ttx::exercise {

namespace fs = std::filesystem;

namespace {

struct Unknown {
  const response::ResponseModel& m;
  std::string unit(const std::string& id) const { return m.unit_index(id) ? "" : "unit '" + id + "'"; }
  std::string town(const std::string& id) const { return m.town_index(id) ? "" : "town '" + id + "'"; }
  std::string operator()(const response::SetLevel& c) const {
    for (const auto& p : m.world().plans) {
      if (p.id == c.plan) return "";
    }
    return "plan '" + c.plan + "'";
  }
  std::string operator()(const response::Mobilise& c) const {
    for (const auto& u : c.units) {
      if (auto e = unit(u); !e.empty()) return e;
    }
    return "";
  }
  std::string operator()(const response::Assign& c) const { return unit(c.unit); }
  std::string operator()(const response::StandDown& c) const { return unit(c.unit); }
  std::string operator()(const response::OpenShelters& c) const { return town(c.town); }
  std::string operator()(const response::ReleaseStock&) const { return ""; }
  std::string operator()(const response::ActivateReserve&) const { return ""; }
  std::string operator()(const response::RequestAid& c) const {
    for (const auto& a : m.world().mutual_aid) {
      if (a.id == c.aid) return "";
    }
    return "mutual aid '" + c.aid + "'";
  }
  std::string operator()(const response::OrderRelief& c) const {
    if (auto e = town(c.town); !e.empty()) return e;
    return m.world().item(c.item) ? "" : "item '" + c.item + "'";
  }
  std::string operator()(const response::SendReport&) const { return ""; }
  std::string operator()(const response::Evacuate& c) const {
    return m.village_index(c.village) ? "" : "village '" + c.village + "'";
  }
  std::string operator()(const response::ShelterElsewhere& c) const {
    if (auto e = town(c.from); !e.empty()) return e;
    return town(c.to);
  }
  std::string operator()(const response::RequestCrews& c) const {
    for (const auto& s : m.world().sector_crews) {
      if (s.id == c.crew) return "";
    }
    return "crew '" + c.crew + "'";
  }
  std::string operator()(const response::SendGenerators& c) const { return town(c.town); }
  std::string operator()(const response::WarmRelief& c) const { return town(c.town); }
  std::string operator()(const response::CheckCollapses& c) const { return town(c.town); }
};

bool valid_name(const std::string& name) {
  return !name.empty() && name.size() <= 64 && name.find_first_of(" \t\r\n\"\\") == std::string::npos;
}

std::string scenario_as_seen_from(const fs::path& scenario, const fs::path& session_file) {
  if (session_file.empty()) return fs::absolute(scenario).lexically_normal().string();
  std::error_code ec;
  const fs::path dir = fs::absolute(session_file).parent_path();
  const fs::path rel = fs::relative(fs::absolute(scenario), dir, ec);
  // Relative when the scenario lies below the session's folder (the pair moves together), else absolute.
  const bool below = !ec && !rel.empty() && rel.begin()->string() != "..";
  return below ? rel.string() : fs::absolute(scenario).lexically_normal().string();
}

}  // namespace

std::string unknown_id(const response::Command& command, const response::ResponseModel& run) {
  return std::visit(Unknown{run}, command);
}

SessionOptions BranchingSession::options() const {
  SessionOptions o;
  o.replication = file_.replication;
  o.run.doctrine = file_.doctrine;
  return o;
}

std::vector<response::TimedCommand> BranchingSession::timed_line(const std::string& name) const {
  std::vector<response::TimedCommand> out;
  for (const auto& c : file_.line_of(name)) out.push_back({c.at_s, c.by, c.command});
  return out;
}

void BranchingSession::replay_to(std::int64_t t_s) {
  live_ = std::make_unique<Session>(world(), scenario(), options(), timed_line(file_.current), file_.injects_of(file_.current));
  live_->advance_until(std::min(t_s, live_->view().end_s()));
  live_->take_log();  // the replayed events stay, for a console to redraw what is on the road
}

BranchingSession::Opened BranchingSession::start(const fs::path& scenario, const StartOptions& o,
                                                 const fs::path& save_to) {
  Opened out;
  std::unique_ptr<BranchingSession> s(new BranchingSession());
  s->load_ = std::make_unique<io::ScenarioLoad>(io::load_scenario(scenario, o.district_folders));
  if (!s->load_->ok()) {
    out.diagnostics = s->load_->district.diagnostics;
    return out;
  }
  if (o.seed) s->load_->scenario.seed = *o.seed;
  s->scenario_path_ = scenario;
  SessionFile& f = s->file_;
  f.scenario = scenario_as_seen_from(scenario, save_to);
  f.scenario_id = s->load_->scenario.id;
  f.data = data_fingerprint(s->load_->district.files);
  f.seed = s->load_->scenario.seed;
  f.replication = o.replication;
  f.doctrine = o.doctrine;
  f.lang = o.lang;
  f.current = "main";
  f.branches.emplace_back().name = "main";
  s->path_ = save_to;
  s->replay_to(0);
  if (const std::string e = s->save(); !e.empty()) {
    out.diagnostics.add(save_to.string(), 0, 0, "", e);
    return out;
  }
  out.session = std::move(s);
  return out;
}

BranchingSession::Opened BranchingSession::resume(const fs::path& file, const std::vector<fs::path>& folders) {
  Opened out;
  SessionRead read = read_session_file(file);
  if (!read.ok()) {
    out.diagnostics = std::move(read.diagnostics);
    return out;
  }
  const std::string shown = file.string();
  std::unique_ptr<BranchingSession> s(new BranchingSession());
  s->file_ = std::move(read.session);
  s->path_ = file;
  SessionFile& f = s->file_;
  fs::path scenario(f.scenario);
  if (scenario.is_relative()) scenario = file.parent_path() / scenario;
  std::error_code ec;
  if (!fs::is_regular_file(scenario, ec)) {
    out.diagnostics.add(shown, 1, 0, "scenario", "the scenario '" + scenario.string() + "' it was played on is not there");
    return out;
  }
  s->load_ = std::make_unique<io::ScenarioLoad>(io::load_scenario(scenario, folders));
  if (!s->load_->ok()) {
    out.diagnostics = s->load_->district.diagnostics;
    out.diagnostics.add(shown, 1, 0, "scenario", "the scenario it was played on does not load (above)");
    return out;
  }
  if (!f.scenario_id.empty() && f.scenario_id != s->load_->scenario.id) {
    out.diagnostics.add(shown, 1, 0, "scenario_id",
                        "saved for scenario '" + f.scenario_id + "', but '" + scenario.string() + "' is '" +
                            s->load_->scenario.id + "'");
    return out;
  }
  s->load_->scenario.seed = f.seed;
  s->scenario_path_ = scenario;
  const std::string data = data_fingerprint(s->load_->district.files);
  const bool same_data = f.data.empty() || f.data == data;
  if (!same_data) {
    out.notices.push_back(shown + ":1: data: the scenario or the district's data changed since this session was saved (" +
                          f.data + ", now " + data + "); its commands are replayed by the ids they name");
  }
  // Every id a command names must still be in the data (tasks: checked as the replay makes them).
  const Session blank(s->world(), s->scenario(), s->options());
  for (const auto& b : f.branches) {
    for (const auto& c : b.commands) {
      if (const std::string u = unknown_id(c.command, blank.view()); !u.empty()) {
        out.diagnostics.add(shown, c.line, 0, "command",
                            u + " is not in the data this session is replayed on" +
                                (same_data ? std::string() : " (the data changed since it was saved)"));
      }
    }
  }
  if (!out.diagnostics.empty()) return out;
  s->replay_to(f.now_s);
  // Each command the model carried out when it was given must be carried out again.
  const auto line = f.line_of(f.current);
  const auto& log = s->view().log();
  std::size_t seen = 0;
  for (const auto& c : line) {
    if (c.at_s > s->view().now_s()) break;
    std::string refused_now;
    for (std::size_t k = seen; k < log.size(); ++k) {
      const response::LogEntry& e = log[k];
      if (e.at_s > c.at_s) break;
      if (e.kind == response::LogKind::rejected && e.by == c.by && e.command && *e.command == c.command) {
        refused_now = std::string(response::to_string(e.refusal));
        seen = k + 1;
        break;
      }
    }
    if (c.refused.empty() && !refused_now.empty()) {
      out.diagnostics.add(shown, c.line, 0, "command",
                          "'" + command_line(c.command) + "' was carried out when it was given, but the replay refuses it (" +
                              refused_now + "): the scenario, the data or the simulator changed since the save");
    }
  }
  if (!out.diagnostics.empty()) return out;
  if (!f.fingerprint.empty()) {
    const std::string now_fp = fmt::format(
        "{:016x}", replay_fingerprint(s->world(), s->scenario(), s->options(), s->live_->command_log(), s->view().now_s()));
    if (now_fp != f.fingerprint) {
      out.notices.push_back(shown + ":1: fingerprint: the replay gives another run than the one saved (" + f.fingerprint +
                            ", now " + now_fp + ")" +
                            (same_data ? ": the simulator changed since the save" : ": the data changed since the save"));
    }
  }
  out.session = std::move(s);
  return out;
}

BranchingSession::Submitted BranchingSession::submit(const response::Command& command, response::Actor by) {
  Submitted out;
  const std::int64_t now = view().now_s();
  out.branched = branch_if_behind(now);
  const std::size_t logged = live_->command_log().size();
  out.result = live_->submit(command, by);
  if (live_->command_log().size() == logged) return out;  // refused before it was sent: not part of the run
  LoggedCommand c;
  c.at_s = now;
  c.by = by;
  c.command = command;
  if (!out.result.accepted) c.refused = std::string(response::to_string(out.result.why.refusal));
  current().commands.push_back(std::move(c));
  out.save_error = save();
  return out;
}

std::string BranchingSession::branch_if_behind(std::int64_t now) {
  const auto& own = current().commands;
  const auto& sent = current().injects;
  if ((own.empty() || own.back().at_s <= now) && (sent.empty() || sent.back().at_s <= now)) return "";
  // After a rewind: the branch's later decisions stay; this one starts a line of its own.
  std::string name;
  for (int k = 2; name.empty() || file_.branch(name) != nullptr; ++k) name = file_.current + "-" + std::to_string(k);
  branch(name);
  return name;
}

BranchingSession::Sent BranchingSession::send_inject(const LiveInject& inject, response::Actor by) {
  Sent out;
  if (out.problem = live_inject_problem(inject); !out.problem.empty()) return out;
  out.branched = branch_if_behind(view().now_s());
  out.problem = live_->send_inject(inject, by);
  if (!out.problem.empty()) return out;
  current().injects.push_back(live_->inject_log().back());
  out.save_error = save();
  return out;
}

void BranchingSession::rewind(std::int64_t t_s) {
  replay_to(std::clamp<std::int64_t>(t_s, 0, view().now_s()));
  save();
}

std::string BranchingSession::branch(const std::string& name) {
  if (!valid_name(name)) return "a branch name is 1 to 64 characters without blanks or quotes";
  if (file_.branch(name) != nullptr) return "there is a branch '" + name + "' already";
  const std::int64_t now = view().now_s();
  Branch b;
  b.name = name;
  b.parent = file_.current;
  b.from_s = std::max(now, current().from_s);
  file_.branches.push_back(std::move(b));
  file_.current = name;
  replay_to(now);
  return save();
}

std::string BranchingSession::switch_to(const std::string& name) {
  const Branch* b = file_.branch(name);
  if (b == nullptr) return "there is no branch '" + name + "'";
  std::int64_t at = b->from_s;
  for (const auto& c : b->commands) at = std::max(at, c.at_s);
  for (const auto& t : b->injects) at = std::max(at, t.at_s);
  file_.current = name;
  replay_to(at);
  return save();
}

void BranchingSession::count_hint() {
  current().hints += 1;
  save();
}

std::string BranchingSession::save() {
  file_.now_s = view().now_s();
  if (path_.empty()) return "";
  file_.fingerprint =
      fmt::format("{:016x}", replay_fingerprint(world(), scenario(), options(), live_->command_log(), file_.now_s));
  return io::write_file_atomically(path_, session_text(file_));
}

}  // namespace ttx::exercise
