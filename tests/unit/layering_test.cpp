// The simulation library never includes GUI headers: `sim/` must build and run
// without SFML or Dear ImGui (batch runs, CI, servers).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>

namespace {

TEST(Layering, SimNeverIncludesGuiHeaders) {
  const std::filesystem::path sim = std::filesystem::path(TTX_SOURCE_DIR) / "sim";
  ASSERT_TRUE(std::filesystem::is_directory(sim));
  const std::regex forbidden(R"(^\s*#\s*include\s*[<"](imgui|SFML/|gui/|backends/imgui))");
  int files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(sim)) {
    if (!entry.is_regular_file()) continue;
    const auto ext = entry.path().extension();
    if (ext != ".h" && ext != ".cpp") continue;
    ++files;
    std::ifstream in(entry.path());
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
      EXPECT_FALSE(std::regex_search(line, forbidden))
          << entry.path().string() << ':' << n << ": " << line;
    }
  }
  EXPECT_GT(files, 10) << "the scan found too few sources to be meaningful";
}

}  // namespace
