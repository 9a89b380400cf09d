// A private copy of the shipped district folder that a test may break.
#pragma once

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace ttx::testing_support {

class DistrictCopy {
 public:
  DistrictCopy() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    std::string name = std::string(info->test_suite_name()) + "_" + info->name();
    for (char& c : name) {
      if (c == '/') c = '_';
    }
    // The process id keeps two test runs at once (two checkouts) out of each other's folders.
    dir_ = std::filesystem::path(::testing::TempDir()) / ("ttx_" + name + "_" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::copy(std::filesystem::path(TTX_SOURCE_DIR) / "scenarios" / "haimen", dir_,
                          std::filesystem::copy_options::recursive);
  }
  ~DistrictCopy() { std::filesystem::remove_all(dir_); }

  const std::filesystem::path& dir() const { return dir_; }
  std::filesystem::path path(const std::string& file) const { return dir_ / file; }

  std::string read(const std::string& file) const {
    std::ifstream in(path(file), std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  void write(const std::string& file, const std::string& text) const {
    std::ofstream out(path(file), std::ios::binary | std::ios::trunc);
    out << text;
  }
  /// Replaces the first occurrence of `from` in `file`; fails the test if absent.
  void replace(const std::string& file, const std::string& from, const std::string& to) const {
    std::string text = read(file);
    const auto at = text.find(from);
    ASSERT_NE(at, std::string::npos) << "'" << from << "' not in " << file;
    text.replace(at, from.size(), to);
    write(file, text);
  }
  /// 1-based line of the first occurrence of `anchor` in `file` (0 if absent).
  int line_of(const std::string& file, const std::string& anchor) const {
    const std::string text = read(file);
    const auto at = text.find(anchor);
    if (at == std::string::npos) return 0;
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
  }

 private:
  std::filesystem::path dir_;
};

}  // namespace ttx::testing_support
