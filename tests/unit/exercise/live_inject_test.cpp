// The director's live injects: kept in the session file in the MSEL's form, with
// their time and branch, so a resumed or rewound session sends them again.
#include "sim/exercise/branching_session.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>

#include "sim/io/scenario_loader.h"

namespace ttx::exercise {
namespace {

namespace fs = std::filesystem;

const fs::path kDrill = fs::path(TTX_SOURCE_DIR) / "scenarios" / "drill_incidents.yaml";

fs::path fresh_file(const std::string& name) {
  const fs::path dir = fs::path(::testing::TempDir()) / ("ttx_live_inject_" + name + "_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir / "s.session.jsonl";
}

LiveInject bridge_down() {
  LiveInject in;
  in.to = "town:changle";
  in.message_zh = "常乐镇报告：通往三星镇的桥梁被冲毁。";
  in.message_en = "Changle reports the bridge towards Sanxing washed away.";
  in.effects.push_back({"cut_road", "changle", "sanxing", "", 1, ""});
  LiveExpected x;
  x.kind = "open_shelters";
  x.town = "changle";
  x.within_h = 2.5;
  in.expected = x;
  return in;
}

TEST(LiveInject, AMalformedOneIsRefusedWithTheFieldAtFault) {
  LiveInject in = bridge_down();
  EXPECT_EQ(live_inject_problem(in), "");
  in.message_zh.clear();
  EXPECT_NE(live_inject_problem(in).find("message_zh"), std::string::npos);
  in = bridge_down();
  in.to = "town:";
  EXPECT_NE(live_inject_problem(in).find("to:"), std::string::npos);
  in = bridge_down();
  in.effects[0].kind = "flood_depot";  // without its depot and share
  EXPECT_NE(live_inject_problem(in).find("flood_depot"), std::string::npos);
  in = bridge_down();
  in.expected->within_h = 0;
  EXPECT_NE(live_inject_problem(in).find("within_h"), std::string::npos);
}

TEST(LiveInject, ActsOnTheRunAsAnInjectOfTheMselAndItsReplayIsTheSameRun) {
  const auto load = io::load_scenario(kDrill);
  ASSERT_TRUE(load.ok());
  LiveInject island = bridge_down();
  island.to = "town:haiyong";
  island.effects = {{"cut_road", "haiyong", "linjiang", "", 1, ""}};
  island.expected->town = "haiyong";
  Session live(load.district.world, load.scenario);
  live.advance_until(3600);
  ASSERT_EQ(live.send_inject(island), "");
  live.advance_until(live.view().end_s());
  const auto& msel = live.view().msel();
  ASSERT_FALSE(msel.empty());
  EXPECT_EQ(msel.back().message_zh, island.message_zh);
  EXPECT_EQ(msel.back().expected.kind, world::ExpectKind::open_shelters);
  EXPECT_EQ(live.view().inject_states().back().delivered_s, 3600) << "delivered when sent";
  // The road to the island is closed from then on.
  const auto& roads = live.view().roads();
  EXPECT_TRUE(roads.edges()[static_cast<std::size_t>(roads.edge_between("haiyong", "linjiang"))].closed);
  // Sent again at its time, it makes the same run.
  Session replay(load.district.world, load.scenario, {}, live.command_log(), live.inject_log());
  replay.advance_until(replay.view().end_s());
  EXPECT_EQ(replay.view().events_processed(), live.view().events_processed());
  EXPECT_EQ(replay.view().log().size(), live.view().log().size());
  EXPECT_EQ(replay.view().inject_states().back().delivered_s, 3600);
}

TEST(LiveInject, ANameTheDistrictDoesNotHaveIsRefused) {
  const auto load = io::load_scenario(kDrill);
  ASSERT_TRUE(load.ok());
  Session s(load.district.world, load.scenario);
  LiveInject in = bridge_down();
  in.to = "town:mars";
  EXPECT_EQ(s.send_inject(in), "to: no town 'mars'");
  in = bridge_down();
  in.effects[0].to = "atlantis";
  EXPECT_NE(s.send_inject(in).find("no road between"), std::string::npos);
  EXPECT_TRUE(s.inject_log().empty()) << "nothing sent";
}

TEST(LiveInject, IsSavedWithItsTimeAndSentAgainOnResume) {
  const fs::path file = fresh_file("resume");
  {
    auto opened = BranchingSession::start(kDrill, {}, file);
    ASSERT_TRUE(opened.session) << (opened.diagnostics.empty() ? "" : io::format(opened.diagnostics.list()[0]));
    BranchingSession& s = *opened.session;
    s.live().advance_until(3600);
    const auto sent = s.send_inject(bridge_down());
    EXPECT_EQ(sent.problem, "");
    EXPECT_EQ(sent.save_error, "");
    LiveInject bad = bridge_down();
    bad.message_zh.clear();
    EXPECT_NE(s.send_inject(bad).problem, "") << "not sent, not saved";
    s.live().advance_until(7200);
    s.save();
  }
  auto opened = BranchingSession::resume(file);
  ASSERT_TRUE(opened.session) << (opened.diagnostics.empty() ? "" : io::format(opened.diagnostics.list()[0]));
  const auto& log = opened.session->live().inject_log();
  ASSERT_EQ(log.size(), 1u);
  EXPECT_EQ(log[0].at_s, 3600);
  EXPECT_EQ(log[0].by, response::Actor::director);
  EXPECT_EQ(log[0].inject, bridge_down()) << "every field read back as written";
}

TEST(LiveInject, ARewindBeforeItDropsItFromTheRunUntilItsTimeComesAgain) {
  const fs::path file = fresh_file("rewind");
  auto opened = BranchingSession::start(kDrill, {}, file);
  ASSERT_TRUE(opened.session);
  BranchingSession& s = *opened.session;
  s.live().advance_until(2 * 3600);
  ASSERT_EQ(s.send_inject(bridge_down()).problem, "");
  s.rewind(3600);
  EXPECT_TRUE(s.live().inject_log().empty()) << "not yet sent at T+1";
  s.live().advance_until(3 * 3600);
  ASSERT_EQ(s.live().inject_log().size(), 1u) << "the branch's later inject replays as time moves on";
  EXPECT_EQ(s.live().inject_log()[0].at_s, 2 * 3600);
}

TEST(LiveInject, ABranchInheritsOnlyTheInjectsBeforeItsBranchTime) {
  SessionFile f;
  f.branches.emplace_back().name = "main";
  f.branches[0].injects.push_back({3600, response::Actor::director, bridge_down()});
  f.branches[0].injects.push_back({5 * 3600, response::Actor::director, bridge_down()});
  Branch b;
  b.name = "main-2";
  b.parent = "main";
  b.from_s = 2 * 3600;
  f.branches.push_back(b);
  f.current = "main-2";
  ASSERT_EQ(f.injects_of("main-2").size(), 1u);
  EXPECT_EQ(f.injects_of("main-2")[0].at_s, 3600);
  EXPECT_EQ(f.injects_of("main").size(), 2u);
}

TEST(LiveInject, ADamagedInjectLineIsNamedWithItsLineAndField) {
  const std::string head =
      R"({"ttx_session":1,"scenario":"x.yaml","seed":1,"branch":"main"})" "\n" R"({"branch":"main"})" "\n";
  auto problem = [&](const std::string& line) {
    const SessionRead r = parse_session(head + line + "\n", "s.jsonl");
    return r.ok() ? std::string() : io::format(r.diagnostics.list()[0]);
  };
  EXPECT_EQ(problem(R"({"at":"T+01:00:00","by":"director","inject":{"to":"duty_officer","message_zh":"测试"}})"), "");
  EXPECT_NE(problem(R"({"at":"T+01:00:00","by":"director","inject":{"to":"duty_officer"}})").find("s.jsonl:3"),
            std::string::npos);
  EXPECT_NE(problem(R"({"at":"T+01:00:00","inject":{"to":"duty_officer","message_zh":"x","effects":{"kind":"cut_road"}}})")
                .find("effects"),
            std::string::npos);
  EXPECT_NE(problem(R"({"at":"T+01:00:00","inject":{"to":"duty_officer","message_zh":"x","expected_action":{"kind":"fly","within_h":1}}})")
                .find("unknown action"),
            std::string::npos);
}

}  // namespace
}  // namespace ttx::exercise
