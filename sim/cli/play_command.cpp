// `ttx play SCENARIO --as trainee`: the duty officer's seat at a terminal. Reads
// commands typed on standard input (or from --commands FILE, so a test can play),
// shows only what the duty office knows, saves the session after every command
// and, at the end, sets the trainee's scorecard beside the plan's on the same disaster.
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "sim/cli/commands.h"
#include "sim/cli/district_folders.h"
#include "sim/cli/number_check.h"
#include "sim/cli/report_problems.h"
#include "sim/exercise/branching_session.h"
#include "sim/exercise/play_input.h"
#include "sim/exercise/plan_comparison.h"
#include "sim/exercise/plan_hints.h"
#include "sim/exercise/report_slips.h"
#include "sim/io/aar_report.h"
#include "sim/io/atomic_write.h"
#include "sim/io/clock_text.h"
#include "sim/io/language.h"
#include "sim/io/log_text.h"
#include "sim/exercise/play_text.h"
#include "sim/exercise/refusal_text.h"
#include "sim/io/scorecard_text.h"
#include "sim/io/side_by_side_text.h"

namespace ttx::cli {

namespace {

namespace fs = std::filesystem;

struct PlayOptions {
  std::string scenario, as = "trainee", lang, commands, session, resume, report;
  std::uint64_t seed = 0, replication = 0;
  bool seed_given = false;
};

/// "T+05:00", a calendar time, or "+2h" / "+30m" from now.
std::optional<std::int64_t> moment(const std::string& text, const response::ResponseModel& run, std::string& error) {
  if (text.size() > 1 && text[0] == '+') {
    const char unit = text.back();
    try {
      const double n = std::stod(text.substr(1, text.size() - 2));
      if ((unit == 'h' || unit == 'm') && n >= 0 && n < 1e5) return run.now_s() + static_cast<std::int64_t>(n * (unit == 'h' ? 3600 : 60));
    } catch (...) {
    }
    error = "expected +Nh or +Nm, got '" + text + "'";
    return std::nullopt;
  }
  const io::Moment m = io::parse_moment(text, run.scenario().start_s);
  if (!m.at_s) error = m.error;
  return m.at_s;
}

class Game {
 public:
  Game(exercise::BranchingSession& s, io::Lang lang, response::Actor actor, bool echo)
      : s_(s), lang_(lang), actor_(actor), echo_(echo) {
    mark_seen();
  }
  bool zh() const { return lang_ == io::Lang::zh; }
  void say(const std::string& text) { std::fwrite(text.data(), 1, text.size(), stdout), std::fflush(stdout); }
  void prompt() { say(exercise::play_clock(s_.view(), lang_) + " > "); }

  /// Shows what reached the duty office since it last looked.
  void news() {
    const auto slips = exercise::received_reports(s_.view());
    say(exercise::play_news(s_.view(), slips, slips_seen_, log_seen_, lang_));
    mark_seen();
  }
  void mark_seen() {
    slips_seen_ = exercise::received_reports(s_.view()).size();
    log_seen_ = s_.view().log().size();
  }
  void after_time_moved() {
    news();
    say((zh() ? "现在 " : "now ") + exercise::play_clock(s_.view(), lang_) + "\n");
    if (s_.view().now_s() >= s_.view().end_s()) say(zh() ? "演练时间已到；quit 结束并查看对照。\n" : "The exercise time is over; quit to end and see the comparison.\n");
    s_.save();
  }

  /// False on quit.
  bool handle(const std::string& line) {
    if (echo_ && !line.empty()) say("> " + line + "\n");
    const exercise::PlayInput in = exercise::read_play_input(line, s_.view(), tasks_listed_, lang_);
    std::string error;
    switch (in.verb) {
      case exercise::PlayVerb::empty: return true;
      case exercise::PlayVerb::wrong: say((zh() ? "无法理解：" : "not understood: ") + in.error + (zh() ? "（help 查看用法）\n" : " (help shows the forms)\n")); return true;
      case exercise::PlayVerb::help: say(exercise::play_help(lang_)); return true;
      case exercise::PlayVerb::status: say(exercise::play_status(s_.view(), lang_)); return true;
      case exercise::PlayVerb::reports: {
        const auto slips = exercise::received_reports(s_.view());
        say(exercise::play_news(s_.view(), slips, 0, 0, lang_));
        mark_seen();
        return true;
      }
      case exercise::PlayVerb::tasks:
        tasks_listed_ = exercise::known_open_tasks(s_.view());
        say(exercise::play_tasks(s_.view(), tasks_listed_, lang_));
        return true;
      case exercise::PlayVerb::units: say(exercise::play_units(s_.view(), in.argument, lang_)); return true;
      case exercise::PlayVerb::stock: say(exercise::play_stock(s_.view(), lang_)); return true;
      case exercise::PlayVerb::next:
        if (!s_.live().step_to_decision()) say(zh() ? "之后没有需要决策的时刻了。\n" : "No more decision points.\n");
        after_time_moved();
        return true;
      case exercise::PlayVerb::advance: {
        const auto t = moment(in.argument, s_.view(), error);
        if (!t) {
          say(error + "\n");
        } else if (*t < s_.view().now_s()) {
          say(zh() ? "该时刻已过去；回到过去用 rewind。\n" : "That is in the past; rewind goes back.\n");
        } else {
          s_.live().advance_until(std::min(*t, s_.view().end_s()));
          after_time_moved();
        }
        return true;
      }
      case exercise::PlayVerb::score: {
        const auto c = exercise::compare_with_plan(s_, s_.view().now_s());
        say(io::scorecard_text(c.left.card, lang_));
        say(zh() ? fmt::format("  使用提示 {} 次\n", c.side_by_side.hints) : fmt::format("  hints used: {}\n", c.side_by_side.hints));
        return true;
      }
      case exercise::PlayVerb::save: {
        const std::string e = s_.save();
        say(e.empty() ? (zh() ? "已保存到 " : "saved to ") + s_.path().string() + "\n" : e + "\n");
        return true;
      }
      case exercise::PlayVerb::rewind: {
        const auto t = moment(in.argument, s_.view(), error);
        if (!t) {
          say(error + "\n");
          return true;
        }
        s_.rewind(*t);
        mark_seen();
        say((zh() ? "已回到 " : "back at ") + exercise::play_clock(s_.view(), lang_) +
            (zh() ? "；此后原有的指令会随时间重演，新下达指令将另开分支。\n"
                  : "; the later commands replay as time moves on; a new command starts a branch.\n"));
        return true;
      }
      case exercise::PlayVerb::branch:
      case exercise::PlayVerb::switch_branch: {
        const std::string e = in.verb == exercise::PlayVerb::branch ? s_.branch(in.argument) : s_.switch_to(in.argument);
        mark_seen();
        say(e.empty() ? (zh() ? "当前分支 " : "on branch ") + s_.file().current + " @ " + exercise::play_clock(s_.view(), lang_) + "\n" : e + "\n");
        return true;
      }
      case exercise::PlayVerb::branches: say(exercise::play_branches(s_.file(), lang_)); return true;
      case exercise::PlayVerb::hint:
        s_.count_hint();
        say(exercise::play_hints(exercise::plan_hints(s_.view()), s_.view(), lang_));
        return true;
      case exercise::PlayVerb::quit: return false;
      case exercise::PlayVerb::decision: break;
    }
    const auto done = s_.submit(*in.command, actor_);
    if (!done.branched.empty()) {
      say(zh() ? "（回退后下达新指令：已另开分支 " + done.branched + "，原分支保留）\n"
               : "(a new command after a rewind: branch " + done.branched + " started, the old one kept)\n");
    }
    std::string what = io::command_text(*in.command, s_.world(), s_.view().units(), lang_);
    if (const auto* a = std::get_if<response::Assign>(&*in.command)) {
      if (const auto t = s_.view().task_index(a->task)) what += "（" + exercise::task_text(s_.view(), *t, lang_) + "）";
    }
    if (done.result) {
      say((zh() ? "已执行：" : "done: ") + what + "\n");
    } else {
      say((zh() ? "未执行：" : "refused: ") + what + (zh() ? "——" : ": ") + exercise::refusal_text(done.result.why, s_.view(), lang_) + "\n");
    }
    if (!done.save_error.empty()) say("ttx: " + done.save_error + "\n");
    mark_seen();
    return true;
  }

 private:
  exercise::BranchingSession& s_;
  io::Lang lang_;
  response::Actor actor_;
  bool echo_;
  std::size_t slips_seen_ = 0, log_seen_ = 0;
  std::vector<std::uint32_t> tasks_listed_;
};

int play(const PlayOptions& o) {
  exercise::BranchingSession::Opened opened;
  if (!o.resume.empty()) {
    opened = exercise::BranchingSession::resume(o.resume, district_folders());
  } else {
    if (o.scenario.empty()) {
      std::cerr << "ttx play: give a SCENARIO, or --resume FILE\n";
      return 2;
    }
    const fs::path file = o.session.empty() ? fs::path(fs::path(o.scenario).stem().string() + ".session.jsonl") : fs::path(o.session);
    std::error_code ec;
    if (fs::exists(file, ec)) {
      std::cerr << "ttx play: the session file '" << file.string() << "' exists already: --resume " << file.string()
                << " goes on with it, --session NEW starts another\n";
      return 2;
    }
    exercise::StartOptions so;
    if (o.seed_given) so.seed = o.seed;
    so.replication = o.replication;
    so.doctrine = o.as == "director";
    so.lang = o.lang;
    so.district_folders = district_folders();
    opened = exercise::BranchingSession::start(o.scenario, so, file);
  }
  for (const auto& n : opened.notices) std::cerr << "ttx: " << n << "\n";
  if (!opened.session) return report_problems(opened.diagnostics);
  exercise::BranchingSession& s = *opened.session;
  const std::string lang_text = !o.lang.empty() ? o.lang : s.file().lang;
  const io::Lang lang = lang_text.empty() ? io::language_from_environment() : *io::parse_language(lang_text);
  const bool zh = lang == io::Lang::zh;

  std::ifstream file_in;
  if (!o.commands.empty()) {
    file_in.open(o.commands);
    if (!file_in) {
      std::cerr << "ttx play: --commands: cannot read '" << o.commands << "'\n";
      return 2;
    }
  }
  std::istream& in = o.commands.empty() ? std::cin : file_in;
  const bool interactive = o.commands.empty() && ::isatty(STDIN_FILENO) != 0;
  Game game(s, lang, s.file().doctrine ? response::Actor::director : response::Actor::trainee, !interactive);
  const auto& sc = s.scenario();
  game.say(zh ? fmt::format("{}｜{}｜会话文件 {}（每条指令后自动保存）\n输入 help 查看指令。\n", sc.name_zh,
                            s.file().doctrine ? "导演" : "值班员（学员）", s.path().string())
              : fmt::format("{} | {} | session file {} (saved after every command)\nType help for the commands.\n",
                            sc.name_en.empty() ? sc.name_zh : sc.name_en, s.file().doctrine ? "director" : "duty officer (trainee)",
                            s.path().string()));
  game.after_time_moved();
  std::string line;
  while (true) {
    if (interactive) game.prompt();
    if (!std::getline(in, line)) break;
    if (!game.handle(line)) break;
  }
  s.save();
  const auto c = exercise::compare_with_plan(s, s.view().now_s());
  game.say("\n" + io::scorecard_text(c.left.card, lang));
  game.say(io::side_by_side_text(c.side_by_side, s.world(), lang));
  if (!o.report.empty()) {
    io::AarInput input = io::aar_input(*c.left.model, c.left.summary, c.left.card, s.provenance());
    input.side_by_side = &c.side_by_side;
    const std::string html = io::aar_report_html(input, lang);
    if (const std::string e = io::write_file_atomically(o.report, html); !e.empty()) {
      std::cerr << "ttx: --report: " << e << "\n";
      return 1;
    }
  }
  game.say(zh ? "会话已保存：" + s.path().string() + "（ttx play --resume 继续）\n"
              : "session saved: " + s.path().string() + " (ttx play --resume goes on)\n");
  return 0;
}

}  // namespace

void register_play_command(CLI::App& app) {
  auto o = std::make_shared<PlayOptions>();
  CLI::App* cmd = app.add_subcommand(
      "play",
      "Play the duty officer at the terminal: the reports that reach the duty office, the\n"
      "known picture, and your decisions typed as commands (help lists them; Chinese names\n"
      "accepted). The session is saved after every command; at the end your scorecard\n"
      "stands beside the plan's on the same disaster, with the differences explained.");
  cmd->add_option("scenario", o->scenario, "Scenario file (not with --resume)")->check(CLI::ExistingFile);
  cmd->add_option("--as", o->as, "Seat: trainee (only your commands act) or director (the plan played beside them)")
      ->capture_default_str()
      ->check(CLI::IsMember({"trainee", "director"}));
  cmd->add_option("--lang", o->lang, "Language: zh or en (default: the session's, else the locale's)")
      ->check(CLI::IsMember({"zh", "en"}));
  cmd->add_option("--seed", o->seed, "Seed of the disaster (default: the scenario's)")->each([o](const std::string&) { o->seed_given = true; });
  cmd->add_option("--replication", o->replication, "Replication of the seed")->check(number({0, 1e9, true}));
  cmd->add_option("--commands", o->commands, "Read the commands from FILE instead of standard input")->check(CLI::ExistingFile);
  cmd->add_option("--session", o->session, "Save the session to FILE (default: SCENARIO-NAME.session.jsonl here; docs/session-file.md)");
  cmd->add_option("--resume", o->resume, "Go on with a saved session FILE")->check(CLI::ExistingFile);
  cmd->add_option("--report", o->report, "At the end, write the after-action report with the comparison as HTML to FILE");
  cmd->callback([o] { throw CommandExit{play(*o)}; });
}

}  // namespace ttx::cli
