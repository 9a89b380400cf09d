// The real console in a real window under Xvfb: it starts, draws the about panel
// and writes a screenshot that is not a blank background.
#include <gtest/gtest.h>

#include <cstdlib>
#include <sys/wait.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>

#include <SFML/Graphics/Image.hpp>

namespace {

bool have_xvfb() { return std::system("command -v xvfb-run >/dev/null 2>&1") == 0; }

TEST(ConsoleUnderXvfb, OpensAWindowAndSavesAScreenshot) {
  if (!have_xvfb()) GTEST_SKIP() << "xvfb-run is not installed (scripts/setup installs it)";
  const std::string png = ::testing::TempDir() + "ttx_console_shot.png";
  const std::string log = ::testing::TempDir() + "ttx_console_shot.log";
  std::filesystem::remove(png);
  const std::string cmd = std::string("xvfb-run -a -s '-screen 0 1280x720x24' ") + TTX_CONSOLE +
                          " --frames 5 --width 1280 --height 720 --screenshot " + png + " > " + log + " 2>&1";
  // xvfb-run -a can lose a race for a display number with another X server
  // starting at the same moment; a second try settles it.
  int status = -1;
  for (int attempt = 0; attempt < 3 && status != 0; ++attempt) status = std::system(cmd.c_str());
  std::ifstream in(log);
  const std::string output((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ASSERT_EQ(status, 0) << cmd << "\n" << output;
  sf::Image image;
  ASSERT_TRUE(image.loadFromFile(png));
  EXPECT_EQ(image.getSize().x, 1280u);
  EXPECT_EQ(image.getSize().y, 720u);
  // The about panel sits near the top left: its pixels are not all the background.
  std::set<unsigned> colours;
  for (unsigned y = 40; y < 300; y += 3) {
    for (unsigned x = 40; x < 600; x += 3) colours.insert(image.getPixel(x, y).toInteger());
  }
  EXPECT_GT(colours.size(), 5u) << "the panel area is blank";
}

TEST(ConsoleWithoutDisplay, SaysWhatIsMissingInsteadOfAborting) {
  const std::string out = ::testing::TempDir() + "ttx_console_nodisplay.txt";
  const std::string cmd = std::string("env -u DISPLAY ") + TTX_CONSOLE + " --frames 1 > " + out + " 2>&1";
  const int status = std::system(cmd.c_str());
  ASSERT_TRUE(WIFEXITED(status)) << "the console died of a signal";
  EXPECT_EQ(WEXITSTATUS(status), 1);
  std::ifstream in(out);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_NE(text.find("cannot open the display"), std::string::npos) << text;
}

}  // namespace
