// The real console in a real window under Xvfb: the start screen, a scripted
// drill whose screenshot has the map and the panels where they belong and Chinese
// text drawn, and a script whose commands change the run exactly as the same
// commands given through a Session do.
#include <gtest/gtest.h>

#include <cstdlib>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>

#include <SFML/Graphics/Image.hpp>

#include "sim/exercise/replay_fingerprint.h"
#include "sim/io/scenario_loader.h"

namespace {

const std::string kSource = TTX_SOURCE_DIR;

bool have_xvfb() { return std::system("command -v xvfb-run >/dev/null 2>&1") == 0; }

std::string slurp(const std::string& path) {
  std::ifstream in(path);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// Runs the console under Xvfb with `args`; returns its exit status and output.
// Each call has its own log and X authority file: the tests run in parallel, and
// xvfb-run's own temporary folder has failed to clean up (exit 5) after a console
// that had already ended with its own status.
int console(const std::string& args, std::string& output) {
  const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
  const std::string stem = ::testing::TempDir() + "ttx_console_" + test->name() + "_" + std::to_string(::getpid());
  const std::string log = stem + ".log";
  const std::string cmd = "xvfb-run -a -f '" + stem + ".xauth' -s '-screen 0 1600x900x24' " + std::string(TTX_CONSOLE) +
                          " " + args + " > " + log + " 2>&1";
  // xvfb-run -a can lose a race for a display number with another X server
  // starting at the same moment; a second try settles it.
  int status = -1;
  for (int attempt = 0; attempt < 3; ++attempt) {
    status = std::system(cmd.c_str());
    output = slurp(log);
    if (status == 0 || output.find("Xvfb failed") == std::string::npos) break;
  }
  std::filesystem::remove(stem + ".xauth");
  return status;
}

// Distinct colours in a rectangle, sampled every 3 pixels.
std::size_t colours(const sf::Image& im, unsigned x0, unsigned y0, unsigned x1, unsigned y1) {
  std::set<unsigned> seen;
  for (unsigned y = y0; y < y1; y += 3) {
    for (unsigned x = x0; x < x1; x += 3) seen.insert(im.getPixel(x, y).toInteger());
  }
  return seen.size();
}

// Share of sampled pixels in a rectangle that are near `c`.
double share_near(const sf::Image& im, unsigned x0, unsigned y0, unsigned x1, unsigned y1, sf::Color c) {
  int n = 0, hit = 0;
  for (unsigned y = y0; y < y1; y += 2) {
    for (unsigned x = x0; x < x1; x += 2) {
      const sf::Color p = im.getPixel(x, y);
      ++n;
      hit += std::abs(p.r - c.r) + std::abs(p.g - c.g) + std::abs(p.b - c.b) < 24 ? 1 : 0;
    }
  }
  return n == 0 ? 0 : static_cast<double>(hit) / n;
}

TEST(ConsoleUnderXvfb, ShowsTheStartScreenWithoutAScenario) {
  if (!have_xvfb()) GTEST_SKIP() << "xvfb-run is not installed (scripts/setup installs it)";
  const std::string png = ::testing::TempDir() + "ttx_console_start.png";
  std::string out;
  ASSERT_EQ(console("--frames 4 --screenshot " + png, out), 0) << out;
  sf::Image image;
  ASSERT_TRUE(image.loadFromFile(png));
  EXPECT_EQ(image.getSize().x, 1600u);
  EXPECT_GT(colours(image, 300, 150, 1300, 600), 8u) << "the list of scenarios is drawn";
}

TEST(ConsoleUnderXvfb, AScriptedDrillHasTheMapInTheMiddleAndPanelsBesideAndUnderIt) {
  if (!have_xvfb()) GTEST_SKIP() << "xvfb-run is not installed";
  const std::string zh = ::testing::TempDir() + "ttx_console_zh.png", en = ::testing::TempDir() + "ttx_console_en.png";
  std::string out;
  const std::string flood = kSource + "/scenarios/flood_typhoon_breach.yaml";
  ASSERT_EQ(console(flood + " --script " + kSource + "/tests/gui/flood_director_zh.script --screenshot " + zh, out), 0) << out;
  ASSERT_EQ(console(flood + " --script " + kSource + "/tests/gui/flood_director_en.script --screenshot " + en, out), 0) << out;
  sf::Image a, b;
  ASSERT_TRUE(a.loadFromFile(zh));
  ASSERT_TRUE(b.loadFromFile(en));
  // The map: the district's land colour fills much of the middle of the window.
  EXPECT_GT(share_near(a, 560, 300, 1000, 560, sf::Color(46, 54, 64)), 0.05) << "the district is drawn in the map area";
  EXPECT_GT(colours(a, 460, 100, 1150, 780), 30u) << "towns, villages, roads and markers";
  // The panels: their background in the right column (x > 1120 at 1600 wide) and in the
  // strip under the map (y > 640), with text on it; none over the map's middle.
  const sf::Color panel(23, 28, 36);
  EXPECT_GT(share_near(a, 1180, 140, 1590, 420, panel), 0.2) << "the reports panel on the right";
  EXPECT_GT(share_near(a, 20, 680, 1100, 820, panel), 0.2) << "the event log under the map";
  EXPECT_GT(colours(a, 1130, 120, 1590, 480), 12u) << "with text in it";
  EXPECT_LT(share_near(a, 300, 250, 800, 550, panel), 0.5) << "the map, not a panel, in the middle";
  // Chinese: the same panels in Chinese and English differ where their tabs are
  // (a missing glyph would draw the same box in both or nothing at all).
  std::size_t differ = 0;
  for (unsigned y = 86; y < 108; ++y) {
    for (unsigned x = 1126; x < 1400; ++x) differ += a.getPixel(x, y) != b.getPixel(x, y) ? 1 : 0;
  }
  EXPECT_GT(differ, 200u) << "the tabs of the right column are drawn in each language";
}

TEST(ConsoleUnderXvfb, ScriptedCommandsChangeTheRunAsTheSameCommandsThroughASessionDo) {
  if (!have_xvfb()) GTEST_SKIP() << "xvfb-run is not installed";
  const std::string flood = kSource + "/scenarios/flood_typhoon_breach.yaml";
  std::string out;
  ASSERT_EQ(console(flood + " --mode trainee --print-fingerprint --script " + kSource +
                        "/tests/gui/flood_trainee_commands.script",
                    out),
            0)
      << out;
  const auto now_at = out.find("now "), fp_at = out.find("fingerprint ");
  ASSERT_NE(fp_at, std::string::npos) << out;
  const long long now = std::stoll(out.substr(now_at + 4));
  const std::string console_fp = out.substr(fp_at + 12, 16);

  // The same commands, at the same times, through a Session.
  namespace r = ttx::response;
  const auto load = ttx::io::load_scenario(flood);
  ASSERT_TRUE(load.ok());
  const auto& w = load.district.world;
  ttx::exercise::SessionOptions options;
  options.run.doctrine = false;
  ttx::exercise::Session s(w, load.scenario, options);
  auto unit = [](const std::string& id) { return id; };
  const r::Actor by = r::Actor::trainee;
  s.advance_until(2 * 3600);
  ASSERT_TRUE(s.submit(r::Mobilise{{unit("fire_01"), unit("fire_02"), unit("fire_03")}}, by));
  ASSERT_TRUE(s.submit(r::SetLevel{"flood_control", 4}, by));
  ASSERT_TRUE(s.submit(r::ReleaseStock{true, true}, by));
  s.advance_until(28 * 3600);
  std::string boat;
  for (std::uint32_t t = 0; t < s.view().tasks().size(); ++t) {
    const auto& task = s.view().tasks()[t];
    if (task.known_s >= 0 && task.open() && w.skills[task.skill].id == "boat_rescue") {
      boat = task.id;
      break;
    }
  }
  ASSERT_TRUE(s.submit(r::Assign{unit("fire_01"), boat}, by));
  const std::string binjiang = "binjiang_jd";
  ASSERT_TRUE(s.submit(r::OpenShelters{binjiang}, by));
  ASSERT_TRUE(s.submit(r::OrderRelief{binjiang, "relief_quilt", 300}, by));
  ASSERT_TRUE(s.submit(r::RequestAid{"city"}, by));
  ASSERT_TRUE(s.submit(r::ActivateReserve{}, by));
  ASSERT_TRUE(s.submit(r::SendReport{"city"}, by));
  s.advance_until(29 * 3600);
  ASSERT_TRUE(s.submit(r::StandDown{unit("fire_01")}, by));
  s.advance_until(30 * 3600);
  ASSERT_EQ(now, s.view().now_s());
  char session_fp[17];
  std::snprintf(session_fp, sizeof session_fp, "%016llx",
                static_cast<unsigned long long>(
                    ttx::exercise::replay_fingerprint(w, load.scenario, options, s.command_log(), s.view().now_s())));
  EXPECT_EQ(console_fp, session_fp);
  char plain_fp[17];
  std::snprintf(plain_fp, sizeof plain_fp, "%016llx",
                static_cast<unsigned long long>(ttx::exercise::replay_fingerprint(w, load.scenario, options, {}, now)));
  EXPECT_NE(console_fp, plain_fp) << "and the commands did change the run";
}

TEST(ConsoleUnderXvfb, ABadScriptLineIsNamedWithItsLine) {
  if (!have_xvfb()) GTEST_SKIP() << "xvfb-run is not installed";
  const std::string script = ::testing::TempDir() + "ttx_bad.script";
  std::ofstream(script) << "advance T+01:00\ncommand assign nobody 3\n";
  std::string out;
  const int status = console(kSource + "/scenarios/flood_typhoon_breach.yaml --script " + script, out);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 2);
  EXPECT_NE(out.find("ttx_bad.script:2: no unit 'nobody'"), std::string::npos) << out;
}

TEST(ConsoleWithoutDisplay, SaysWhatIsMissingInsteadOfAborting) {
  const std::string out = ::testing::TempDir() + "ttx_console_nodisplay.txt";
  const std::string cmd = std::string("env -u DISPLAY ") + TTX_CONSOLE + " --frames 1 > " + out + " 2>&1";
  const int status = std::system(cmd.c_str());
  ASSERT_TRUE(WIFEXITED(status)) << "the console died of a signal";
  EXPECT_EQ(WEXITSTATUS(status), 1);
  EXPECT_NE(slurp(out).find("cannot open the display"), std::string::npos);
}

}  // namespace
