// Sessions that survive anything: saved after every command and replayed to the
// same run, rewound and replayed, branched, and loaded on reordered data; a
// damaged file is refused with the file and line of the problem.
#include "sim/exercise/branching_session.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "sim/exercise/command_line.h"
#include "sim/exercise/play_input.h"
#include "sim/exercise/play_text.h"
#include "sim/exercise/plan_comparison.h"
#include "sim/exercise/replay_fingerprint.h"

namespace ttx::exercise {
namespace {

namespace fs = std::filesystem;
using response::Actor;

const fs::path kSource = TTX_SOURCE_DIR;
const fs::path kDrill = kSource / "scenarios" / "drill_incidents.yaml";

std::int64_t hours(double h) { return static_cast<std::int64_t>(h * 3600); }

fs::path fresh_dir(const std::string& name) {
  const fs::path dir = fs::path(::testing::TempDir()) / ("ttx_session_" + name + "_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

std::unique_ptr<BranchingSession> started(const fs::path& scenario, const fs::path& file) {
  auto opened = BranchingSession::start(scenario, {}, file);
  for (const auto& d : opened.diagnostics.list()) ADD_FAILURE() << io::format(d);
  return std::move(opened.session);
}

std::unique_ptr<BranchingSession> resumed(const fs::path& file, std::vector<std::string>* notices = nullptr) {
  auto opened = BranchingSession::resume(file);
  for (const auto& d : opened.diagnostics.list()) ADD_FAILURE() << io::format(d);
  if (notices != nullptr) *notices = opened.notices;
  return std::move(opened.session);
}

std::uint64_t fingerprint(const BranchingSession& s) {
  return replay_fingerprint(s.world(), s.scenario(), s.options(), s.timed_line(s.file().current), s.view().now_s());
}

// A trainee's first hours of the drill: fire teams called out, stock released, the
// first known life-saving task given a team, relief ordered, a level declared.
void play_first_hours(BranchingSession& s) {
  s.live().advance_until(hours(0.5));
  ASSERT_TRUE(s.submit(response::Mobilise{{"fire_01", "fire_02", "fire_03"}}).result);
  ASSERT_TRUE(s.submit(response::ReleaseStock{true, true}).result);
  s.live().advance_until(hours(2));
  const auto open = known_open_tasks(s.view());
  ASSERT_FALSE(open.empty());
  s.submit(response::Assign{"fire_01", s.view().tasks()[open.front()].id});
  ASSERT_TRUE(s.submit(response::OrderRelief{"changle", "relief_quilt", 50}).result);
  s.live().advance_until(hours(3));
  ASSERT_TRUE(s.submit(response::SetLevel{"natural_disaster_relief", 4}).result);
  s.live().advance_until(hours(4));
}

TEST(CommandLine, EveryKindReadsBackAsWritten) {
  const std::vector<response::Command> all = {
      response::SetLevel{"flood_control", 3}, response::Mobilise{{"fire_01", "militia_02"}},
      response::Assign{"fire_01", "light_rescue@changle_v07#2"}, response::StandDown{"fire_01"},
      response::OpenShelters{"sijia"}, response::ReleaseStock{true, false}, response::ReleaseStock{false, false},
      response::ActivateReserve{}, response::RequestAid{"city"}, response::OrderRelief{"sijia", "relief_quilt", 300},
      response::SendReport{"province"}, response::Evacuate{"binjiang_v01"}, response::ShelterElsewhere{"binjiang_jd", "sanchang_jd"}};
  for (const auto& c : all) {
    const ParsedCommand p = parse_command_line(command_line(c));
    ASSERT_TRUE(p.command.has_value()) << command_line(c) << ": " << p.error;
    EXPECT_TRUE(*p.command == c) << command_line(c);
  }
  EXPECT_NE(parse_command_line("order-relief sijia relief_quilt lots").error.find("order-relief TOWN ITEM QUANTITY"), std::string::npos);
  EXPECT_EQ(parse_command_line("launch rockets").error, "unknown command 'launch'");
}

TEST(BranchingSession, ASavedSessionLoadsToTheSameRunFingerprint) {
  const fs::path dir = fresh_dir("identity");
  const fs::path file = dir / "drill.session.jsonl";
  auto s = started(kDrill, file);
  play_first_hours(*s);
  s->save();
  const std::uint64_t original = fingerprint(*s);
  const auto log_size = s->view().log().size();
  const auto events = s->view().events_processed();
  const auto given = s->live().command_log().size();

  auto back = resumed(file);
  ASSERT_NE(back, nullptr);
  EXPECT_EQ(back->view().now_s(), hours(4)) << "back at the time it was saved";
  EXPECT_EQ(fingerprint(*back), original);
  EXPECT_EQ(back->view().log().size(), log_size);
  EXPECT_EQ(back->view().events_processed(), events);
  EXPECT_EQ(back->file().line_of("main").size(), given) << "every command the run holds";
  EXPECT_EQ(back->live().command_log().size(), given);
}

TEST(BranchingSession, RewindThenReplayReproducesTheOriginal) {
  auto s = started(kDrill, "");
  play_first_hours(*s);
  s->live().advance_until(hours(10));
  const auto original_log = s->view().log();
  const auto original = fingerprint(*s);
  s->rewind(hours(1));
  EXPECT_EQ(s->view().now_s(), hours(1));
  EXPECT_LT(s->view().log().size(), original_log.size());
  s->live().advance_until(hours(10));  // the later commands replay as time moves on
  EXPECT_EQ(fingerprint(*s), original);
  ASSERT_EQ(s->view().log().size(), original_log.size());
  for (std::size_t k = 0; k < original_log.size(); ++k) EXPECT_TRUE(s->view().log()[k] == original_log[k]) << k;
}

TEST(BranchingSession, ABranchDivergesOnlyAfterItsBranchTime) {
  const fs::path dir = fresh_dir("branch");
  const fs::path file = dir / "drill.session.jsonl";
  auto s = started(kDrill, file);
  play_first_hours(*s);
  s->live().advance_until(hours(8));
  s->rewind(hours(2.5));
  // Another decision in the past starts its own line; the old one is kept.
  const auto submitted = s->submit(response::Mobilise{{"fire_04", "fire_05"}});
  EXPECT_EQ(submitted.branched, "main-2");
  EXPECT_EQ(s->branch("main-2"), "there is a branch 'main-2' already");
  s->live().advance_until(hours(8));
  const auto c = compare_branches(*s, "main-2", "main", hours(8));
  const auto& a = c.left.model->log();
  const auto& b = c.right.model->log();
  std::size_t k = 0;
  while (k < a.size() && k < b.size() && a[k] == b[k]) ++k;
  ASSERT_LT(k, std::min(a.size(), b.size())) << "the branches differ";
  EXPECT_GE(std::min(a[k].at_s, b[k].at_s), hours(2.5)) << "identical up to the branch time";
  for (const auto& d : c.side_by_side.events) {
    EXPECT_GE(std::max(d.trainee_h, d.plan_h), 2.5) << "a key event differs before the branch time";
  }
  // Both branches are in the file, and each replays from it.
  auto back = resumed(file);
  ASSERT_NE(back, nullptr);
  ASSERT_EQ(back->file().branches.size(), 2u);
  EXPECT_EQ(back->file().current, "main-2");
  EXPECT_EQ(back->file().branch("main-2")->from_s, hours(2.5));
  EXPECT_EQ(back->switch_to("main"), "");
  EXPECT_EQ(back->view().now_s(), hours(3)) << "main's last decision";
}

TEST(BranchingSession, AReorderedTeamsCsvStillLoadsAnOldSession) {
  const fs::path dir = fresh_dir("reorder");
  fs::copy(kSource / "scenarios" / "haimen", dir / "haimen", fs::copy_options::recursive);
  fs::copy_file(kDrill, dir / "drill_incidents.yaml");
  const fs::path file = dir / "drill.session.jsonl";
  {
    auto s = started(dir / "drill_incidents.yaml", file);
    play_first_hours(*s);
  }
  // The rows of teams.csv in reverse order: every team's position changes.
  std::istringstream rows(read(dir / "haimen" / "teams.csv"));
  std::string header, row;
  std::getline(rows, header);
  std::vector<std::string> teams;
  while (std::getline(rows, row)) {
    if (!row.empty()) teams.push_back(row);
  }
  std::reverse(teams.begin(), teams.end());
  std::ofstream out(dir / "haimen" / "teams.csv", std::ios::trunc);
  out << header << "\n";
  for (const auto& t : teams) out << t << "\n";
  out.close();

  std::vector<std::string> notices;
  auto back = resumed(file, &notices);
  ASSERT_NE(back, nullptr);
  ASSERT_FALSE(notices.empty());
  EXPECT_NE(notices.front().find("changed since this session was saved"), std::string::npos) << notices.front();
  const auto& units = back->view().units();
  const auto fire_01 = *back->view().unit_index("fire_01");
  EXPECT_NE(fire_01, 0u) << "fire_01 is no longer the first unit";
  EXPECT_NE(units[fire_01].state, response::UnitState::standby) << "the command still reached fire_01";
  EXPECT_NE(units[*back->view().unit_index("fire_03")].state, response::UnitState::standby);
}

TEST(BranchingSession, ADamagedFileIsRefusedWithItsFileAndLine) {
  const fs::path dir = fresh_dir("damaged");
  const fs::path file = dir / "good.session.jsonl";
  {
    auto s = started(kDrill, file);
    play_first_hours(*s);
  }
  const std::string good = read(file);
  std::vector<std::string> lines;
  std::istringstream in(good);
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  ASSERT_GE(lines.size(), 5u);
  auto damaged = [&](const std::string& name, std::vector<std::string> ls) {
    const fs::path p = dir / (name + ".session.jsonl");
    std::ofstream o(p);
    for (const auto& l : ls) o << l << "\n";
    return p;
  };
  auto first_problem = [&](const fs::path& p) {
    const auto opened = BranchingSession::resume(p);
    EXPECT_EQ(opened.session, nullptr) << p;
    return opened.diagnostics.list().empty() ? std::string() : io::format(opened.diagnostics.list().front());
  };
  const std::string shown = (dir / "x").string();
  auto starts = [&](const std::string& message, const std::string& name, int line) {
    return message.rfind((dir / (name + ".session.jsonl")).string() + ":" + std::to_string(line) + ":", 0) == 0;
  };
  {  // cut short in the middle of a line (a crash while someone else copied it)
    auto ls = lines;
    ls[3] = ls[3].substr(0, ls[3].size() / 2);
    const std::string m = first_problem(damaged("cut", ls));
    EXPECT_TRUE(starts(m, "cut", 4)) << m;
    EXPECT_NE(m.find("not a JSON object"), std::string::npos) << m;
  }
  {  // a command edited into nonsense
    auto ls = lines;
    const auto at = ls[4].find("\"command\":\"");
    ls[4].replace(at + 11, 0, "x");
    const std::string m = first_problem(damaged("word", ls));
    EXPECT_TRUE(starts(m, "word", 5)) << m;
    EXPECT_NE(m.find("unknown command"), std::string::npos) << m;
  }
  {  // from another version of the data: a team that is not there
    auto ls = lines;
    ls.push_back(R"({"at":"T+04:00:00","by":"trainee","command":"mobilise fire_99"})");
    const std::string m = first_problem(damaged("team", ls));
    EXPECT_TRUE(starts(m, "team", static_cast<int>(ls.size()))) << m;
    EXPECT_NE(m.find("unit 'fire_99' is not in the data"), std::string::npos) << m;
  }
  {  // a time that goes backwards
    auto ls = lines;
    ls.push_back(R"({"at":"T+00:10:00","by":"trainee","command":"activate-reserve"})");
    const std::string m = first_problem(damaged("time", ls));
    EXPECT_TRUE(starts(m, "time", static_cast<int>(ls.size()))) << m;
  }
  {  // not a session at all
    const std::string m = first_problem(damaged("yaml", {"scenario:", "  id: x"}));
    EXPECT_TRUE(starts(m, "yaml", 1)) << m;
  }
  {  // empty
    const std::string m = first_problem(damaged("empty", {}));
    EXPECT_NE(m.find("empty"), std::string::npos) << m;
  }
  {  // a newer version of the file
    auto ls = lines;
    ls[0].replace(ls[0].find("\"ttx_session\":1"), 15, "\"ttx_session\":9");
    const std::string m = first_problem(damaged("version", ls));
    EXPECT_TRUE(starts(m, "version", 1)) << m;
    EXPECT_NE(m.find("version 9"), std::string::npos) << m;
  }
}

TEST(PlayInput, ChineseNamesAndListNumbersBecomeIds) {
  auto s = started(kDrill, "");
  s->live().advance_until(hours(3));
  const auto& run = s->view();
  const auto open = known_open_tasks(run);
  ASSERT_FALSE(open.empty());
  const PlayInput a = read_play_input("派遣 海门特勤消防救援站 1", run, open);
  ASSERT_EQ(a.verb, PlayVerb::decision) << a.error;
  EXPECT_TRUE(*a.command == response::Command(response::Assign{"fire_01", run.tasks()[open.front()].id}));
  const PlayInput o = read_play_input("调拨 常乐 棉被 200", run, open);
  ASSERT_EQ(o.verb, PlayVerb::decision) << o.error;
  EXPECT_TRUE(*o.command == response::Command(response::OrderRelief{"changle", "relief_quilt", 200}));
  const PlayInput l = read_play_input("响应 natural_disaster_relief IV级", run, open);
  ASSERT_EQ(l.verb, PlayVerb::decision) << l.error;
  EXPECT_TRUE(*l.command == response::Command(response::SetLevel{"natural_disaster_relief", 4}));
  const PlayInput bad = read_play_input("调拨 火星 棉被 200", run, open);
  EXPECT_EQ(bad.verb, PlayVerb::wrong);
  EXPECT_EQ(bad.error, "no town named '火星'");
  EXPECT_EQ(read_play_input("调拨 火星 棉被 200", run, open, io::Lang::zh).error, "没有名为“火星”的区镇");
  EXPECT_EQ(read_play_input("回退 T+01:00", run, open).verb, PlayVerb::rewind);
  const PlayInput warm = read_play_input("御寒救助 常乐", run, open);
  ASSERT_EQ(warm.verb, PlayVerb::decision) << warm.error;
  EXPECT_TRUE(*warm.command == response::Command(response::WarmRelief{"changle"}));
}

TEST(PlayHelp, ListsEveryDecisionWithTheChineseWordItTakes) {
  const std::string zh = play_help(io::Lang::zh), en = play_help(io::Lang::en);
  for (const auto& f : command_forms()) {
    EXPECT_NE(zh.find(f.word_zh), std::string::npos) << f.word;
    EXPECT_NE(en.find(f.form), std::string::npos) << f.word;
  }
}

}  // namespace
}  // namespace ttx::exercise
