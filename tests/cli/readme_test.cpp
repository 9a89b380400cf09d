// The README's figures come from the tools: each block the README marks as the output
// of a `ttx` command must be what that command prints today.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "run_ttx.h"

namespace {

using ttx::testing_support::run_ttx;

// A block opens with "<!-- begin: ttx ARGS, scorecard -->" (the scorecard, the run's
// last section) or "<!-- begin: ttx ARGS, from \"TEXT\" -->" (the section of the
// output from the line that starts with TEXT up to the next blank line).
TEST(Readme, TheBlocksShownAreWhatTtxPrints) {
  std::ifstream in(std::string(TTX_SOURCE_DIR) + "/README.md");
  std::stringstream text;
  text << in.rdbuf();
  const std::string readme = text.str();
  const std::string open = "<!-- begin: ttx ", close = " -->";
  int blocks = 0;
  for (std::size_t at = readme.find(open); at != std::string::npos; at = readme.find(open, at + 1)) {
    const std::size_t head_end = readme.find(close, at);
    ASSERT_NE(head_end, std::string::npos);
    const std::string head = readme.substr(at + open.size(), head_end - at - open.size());
    std::string args, anchor = "scorecard";
    if (const std::size_t from = head.rfind(", from \""); from != std::string::npos) {
      args = head.substr(0, from);
      anchor = head.substr(from + 8, head.size() - from - 9);
    } else {
      ASSERT_GE(head.size(), 11u);
      ASSERT_EQ(head.substr(head.size() - 11), ", scorecard") << head;
      args = head.substr(0, head.size() - 11);
    }
    const std::size_t body = head_end + close.size(), end = readme.find("<!-- end -->", body);
    ASSERT_NE(end, std::string::npos);
    // The block is indented by four spaces as Markdown code.
    std::string shown;
    std::istringstream lines(readme.substr(body, end - body));
    for (std::string line; std::getline(lines, line);) {
      if (line.size() >= 4) shown += line.substr(4) + "\n";
    }
    // Paths in the README are relative to the project's folder.
    std::string command = args;
    // A path follows a space, the = of a --set or the comma of a --sweep list.
    for (const std::string folder : {"scenarios/", "docs/examples/"}) {
      for (const std::string before : {" ", "=", ","}) {
        for (std::size_t p = command.find(before + folder); p != std::string::npos; p = command.find(before + folder, p + 1)) {
          command.insert(p + 1, std::string(TTX_SOURCE_DIR) + "/");
          p += std::string(TTX_SOURCE_DIR).size() + 1;
        }
      }
    }
    const auto r = run_ttx(command + " 2>/dev/null");  // not the progress lines
    ASSERT_EQ(r.status, 0) << r.out;
    std::size_t start = r.out.rfind(anchor, 0) == 0 ? 0 : r.out.find("\n" + anchor);
    ASSERT_NE(start, std::string::npos) << "no line starting '" << anchor << "' in the output of ttx " << args;
    if (start > 0 || r.out.rfind(anchor, 0) != 0) ++start;
    const std::size_t stop = r.out.find("\n\n", start);
    const std::string section = r.out.substr(start, stop == std::string::npos ? std::string::npos : stop + 1 - start);
    EXPECT_EQ(shown, section) << "README.md is out of date for `ttx " << args << "`: run scripts/update-readme";
    ++blocks;
  }
  EXPECT_GE(blocks, 4);
}

}  // namespace
