// The README's figures come from the tools: each block the README marks as the output
// of a `ttx` command must be what that command prints today.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "run_ttx.h"

namespace {

using ttx::testing_support::run_ttx;

TEST(Readme, TheScorecardShownIsTheOneTtxPrints) {
  std::ifstream in(std::string(TTX_SOURCE_DIR) + "/README.md");
  std::stringstream text;
  text << in.rdbuf();
  const std::string readme = text.str();
  const std::string open = "<!-- begin: ttx ", close = ", scorecard -->";
  int blocks = 0;
  for (std::size_t at = readme.find(open); at != std::string::npos; at = readme.find(open, at + 1)) {
    const std::size_t args_end = readme.find(close, at);
    ASSERT_NE(args_end, std::string::npos);
    const std::string args = readme.substr(at + open.size(), args_end - at - open.size());
    const std::size_t body = args_end + close.size(), end = readme.find("<!-- end -->", body);
    ASSERT_NE(end, std::string::npos);
    // The block is indented by four spaces as Markdown code.
    std::string shown;
    std::istringstream lines(readme.substr(body, end - body));
    for (std::string line; std::getline(lines, line);) {
      if (line.size() >= 4) shown += line.substr(4) + "\n";
    }
    // Paths in the README are relative to the project's folder.
    std::string command = args;
    for (std::size_t p = command.find("scenarios/"); p != std::string::npos; p = command.find("scenarios/", p + 1)) {
      command.insert(p, std::string(TTX_SOURCE_DIR) + "/");
      p += std::string(TTX_SOURCE_DIR).size() + 1;
    }
    const auto r = run_ttx(command);
    ASSERT_EQ(r.status, 0) << r.out;
    const std::size_t card = r.out.find("scorecard");
    ASSERT_NE(card, std::string::npos);
    EXPECT_EQ(shown, r.out.substr(card)) << "README.md is out of date for `ttx " << args << "`: run scripts/update-readme";
    ++blocks;
  }
  EXPECT_GE(blocks, 1);
}

}  // namespace
