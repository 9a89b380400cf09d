// `ttx play`: a scripted trainee game from a file, and a real `ttx play` process
// killed with SIGKILL in the middle of a session, then resumed: no command it
// acknowledged is lost.
#include <gtest/gtest.h>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "run_ttx.h"
#include "sim/exercise/command_line.h"
#include "sim/exercise/session_file.h"

namespace {

namespace fs = std::filesystem;
using ttx::testing_support::run_ttx;

const std::string kDrill = std::string(TTX_SOURCE_DIR) + "/scenarios/drill_incidents.yaml";

fs::path fresh_dir(const std::string& name) {
  const fs::path dir = fs::path(::testing::TempDir()) / ("ttx_play_" + name + "_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::size_t count(const std::string& hay, const std::string& needle) {
  std::size_t n = 0;
  for (auto at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + needle.size())) ++n;
  return n;
}

TEST(TtxPlay, AScriptedTraineeGetsTheSideBySideWithThePlan) {
  const fs::path dir = fresh_dir("script");
  const fs::path script = dir / "commands.txt";
  std::ofstream(script) << "帮助\n"
                           "调集 海门特勤消防救援站 fire_02\n"
                           "下一步\n"
                           "推进 T+02:00\n"
                           "任务\n"
                           "派遣 海门特勤消防救援站 1\n"
                           "动用物资\n"
                           "调拨 常乐 棉被 100\n"
                           "调拨 火星 棉被 100\n"
                           "提示\n"
                           "推进 T+06:00\n"
                           "评分\n"
                           "退出\n";
  const fs::path session = dir / "s.session.jsonl";
  const fs::path report = dir / "aar.html";
  const auto r = run_ttx("play " + kDrill + " --as trainee --lang zh --commands " + script.string() + " --session " +
                         session.string() + " --report " + report.string());
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("已执行：调集 2 支队伍"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("无法理解：没有名为“火星”的区镇"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("对照预案"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("使用提示 1 次"), std::string::npos) << r.out;
  std::ifstream html(report);
  std::stringstream h;
  h << html.rdbuf();
  EXPECT_NE(h.str().find("学员处置与预案对照"), std::string::npos);
  const auto read = ttx::exercise::read_session_file(session);
  ASSERT_TRUE(read.ok());
  const auto& commands = read.session.branches.front().commands;
  ASSERT_GE(commands.size(), 3u) << "mobilise, (assign,) release, order";
  EXPECT_EQ(ttx::exercise::command_line(commands.front().command), "mobilise fire_01 fire_02");
  EXPECT_EQ(ttx::exercise::command_line(commands.back().command), "order-relief changle relief_quilt 100");
  EXPECT_EQ(read.session.branches.front().hints, 1);
}

// A real process, fed one command at a time through a pipe, killed at once after
// it acknowledged some and while it is busy with the next.
TEST(TtxPlay, KillNineLosesNoAcknowledgedCommand) {
  const fs::path dir = fresh_dir("kill");
  const fs::path session = dir / "k.session.jsonl";
  int in[2], out[2];
  ASSERT_EQ(::pipe(in), 0);
  ASSERT_EQ(::pipe(out), 0);
  const pid_t pid = ::fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    ::dup2(in[0], 0);
    ::dup2(out[1], 1);
    ::close(in[1]);
    ::close(out[0]);
    ::execl(TTX_BINARY, TTX_BINARY, "play", kDrill.c_str(), "--lang", "en", "--session", session.c_str(), nullptr);
    ::_exit(127);
  }
  ::close(in[0]);
  ::close(out[1]);
  std::string seen;
  auto wait_for = [&](std::size_t acknowledged) {
    char buf[4096];
    while (count(seen, "done: ") + count(seen, "refused: ") < acknowledged) {
      pollfd p{out[0], POLLIN, 0};
      if (::poll(&p, 1, 20000) <= 0) return false;
      const ssize_t n = ::read(out[0], buf, sizeof buf);
      if (n <= 0) return false;
      seen.append(buf, static_cast<std::size_t>(n));
    }
    return true;
  };
  const std::vector<std::string> script = {
      "mobilise fire_01 fire_02 fire_03\n", "advance T+01:00\n", "release-stock\n", "advance T+02:30\n",
      "order-relief changle relief_quilt 40\n", "set-level natural_disaster_relief 4\n", "open-shelters changle\n"};
  std::size_t decisions = 0;
  for (const auto& line : script) {
    ASSERT_EQ(::write(in[1], line.data(), line.size()), static_cast<ssize_t>(line.size()));
    if (line.rfind("advance", 0) == 0) continue;
    ASSERT_TRUE(wait_for(++decisions)) << seen;
  }
  // One more, and the kill while it is read, applied or saved.
  const std::string last = "activate-reserve\n";
  ASSERT_EQ(::write(in[1], last.data(), last.size()), static_cast<ssize_t>(last.size()));
  ::kill(pid, SIGKILL);
  int status = 0;
  ::waitpid(pid, &status, 0);
  ::close(in[1]);
  ::close(out[0]);
  ASSERT_TRUE(WIFSIGNALED(status));

  const auto read = ttx::exercise::read_session_file(session);
  for (const auto& d : read.diagnostics.list()) ADD_FAILURE() << ttx::io::format(d);
  ASSERT_TRUE(read.ok());
  const auto& commands = read.session.branches.front().commands;
  ASSERT_GE(commands.size(), decisions) << "every acknowledged command was saved";
  EXPECT_EQ(ttx::exercise::command_line(commands[0].command), "mobilise fire_01 fire_02 fire_03");
  EXPECT_EQ(ttx::exercise::command_line(commands[decisions - 1].command), "open-shelters changle");

  const fs::path quit = dir / "quit.txt";
  std::ofstream(quit) << "status\nquit\n";
  const auto r = run_ttx("play --resume " + session.string() + " --lang en --commands " + quit.string());
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("T+02:30"), std::string::npos) << "back at the time of the last command: " << r.out;
  const auto again = ttx::exercise::read_session_file(session);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again.session.branches.front().commands.size(), commands.size());
}

TEST(TtxPlay, AnExistingSessionIsNotOverwrittenAndADamagedOneNamesItsLine) {
  const fs::path dir = fresh_dir("exists");
  const fs::path session = dir / "x.session.jsonl";
  std::ofstream(session) << R"({"ttx_session":1,"scenario":")" << kDrill << R"(","seed":1,"branch":"main"})" << "\n"
                         << R"({"branch":"main"})" << "\n"
                         << R"({"at":"T+01:00:00","by":"trainee","command":"mobilise"})" << "\n";
  const fs::path none = dir / "none.txt";
  std::ofstream(none) << "";
  const auto clash = run_ttx("play " + kDrill + " --session " + session.string() + " --commands " + none.string());
  EXPECT_EQ(clash.status, 2);
  EXPECT_NE(clash.out.find("--resume"), std::string::npos) << clash.out;
  const auto bad = run_ttx("play --resume " + session.string() + " --commands " + none.string());
  EXPECT_EQ(bad.status, 1);
  EXPECT_NE(bad.out.find(session.string() + ":3: command: expected: mobilise UNIT..."), std::string::npos) << bad.out;
}

}  // namespace
