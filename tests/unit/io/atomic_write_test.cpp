// Writing never leaves a half-written file, never writes through a planted link,
// and two writers at once each leave a whole file.
#include "sim/io/atomic_write.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>
#include <vector>

namespace ttx::io {
namespace {

namespace fs = std::filesystem;

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

/// A fresh, empty folder for one test.
fs::path fresh_dir(const std::string& name) {
  const fs::path dir = fs::path(::testing::TempDir()) / ("ttx_atomic_" + name + "_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::vector<std::string> entries(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

TEST(AtomicWrite, ReplacesTheTargetWholeAndLeavesNoTemporaryFile) {
  const fs::path dir = fresh_dir("replace");
  const fs::path target = dir / "villages.csv";
  std::ofstream(target) << "old\n";
  fs::permissions(target, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  EXPECT_EQ(write_file_atomically(target, "new\n"), "");
  EXPECT_EQ(read(target), "new\n");
  EXPECT_EQ(entries(dir), std::vector<std::string>{"villages.csv"});
  EXPECT_EQ(fs::status(target).permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read)
      << "a replaced file keeps its permissions";
  fs::remove_all(dir);
}

TEST(AtomicWrite, AFolderAtTheTargetIsNamedAsSuch) {
  const fs::path dir = fresh_dir("folder");
  const fs::path target = dir / "villages.csv";
  fs::create_directories(target / "keep");
  const std::string err = write_file_atomically(target, "data");
  EXPECT_NE(err.find("'" + target.string() + "': it is a folder"), std::string::npos) << err;
  EXPECT_EQ(err.find("Success"), std::string::npos) << err;
  EXPECT_TRUE(fs::is_directory(target / "keep"));
  EXPECT_EQ(entries(dir), std::vector<std::string>{"villages.csv"}) << "no temporary file left";
  fs::remove_all(dir);
}

TEST(AtomicWrite, AFailureReportsTheSystemsReason) {
  const std::string err = write_file_atomically("/nonexistent-dir/x.csv", "data");
  EXPECT_NE(err.find("/nonexistent-dir"), std::string::npos) << err;
  EXPECT_NE(err.find("No such file or directory"), std::string::npos) << err;
}

TEST(AtomicWrite, ALinkPlantedInTheFolderIsNeverWrittenThrough) {
  const fs::path dir = fresh_dir("symlink");
  const fs::path outside = fresh_dir("symlink_outside") / "precious.txt";
  std::ofstream(outside) << "precious\n";
  const fs::path target = dir / "villages.csv";
  // The old fixed temporary name, and a crowd of names a temporary file might take.
  fs::create_symlink(outside, target.string() + ".tmp");
  for (int i = 0; i < 50; ++i) fs::create_symlink(outside, dir / (".villages.csv." + std::to_string(i)));
  for (int round = 0; round < 20; ++round) {
    ASSERT_EQ(write_file_atomically(target, "new " + std::to_string(round) + "\n"), "");
  }
  EXPECT_EQ(read(outside), "precious\n");
  EXPECT_EQ(read(target), "new 19\n");
  EXPECT_TRUE(fs::is_symlink(target.string() + ".tmp"));
  fs::remove_all(dir);
  fs::remove_all(outside.parent_path());
}

TEST(AtomicWrite, ALinkAtTheTargetIsReplacedNotFollowed) {
  const fs::path dir = fresh_dir("target_link");
  const fs::path outside = fresh_dir("target_link_outside") / "precious.txt";
  std::ofstream(outside) << "precious\n";
  const fs::path target = dir / "villages.csv";
  fs::create_symlink(outside, target);
  ASSERT_EQ(write_file_atomically(target, "new\n"), "");
  EXPECT_EQ(read(outside), "precious\n");
  EXPECT_FALSE(fs::is_symlink(target));
  EXPECT_EQ(read(target), "new\n");
  fs::remove_all(dir);
  fs::remove_all(outside.parent_path());
}

TEST(AtomicWrite, TwoWritersAtOnceEachLeaveAWholeText) {
  const fs::path dir = fresh_dir("concurrent");
  const fs::path target = dir / "villages.csv";
  // Large enough that a shared temporary file would interleave or truncate them.
  const std::string a(1 << 20, 'a'), b(1 << 19, 'b');
  std::vector<std::string> errors(2);
  bool torn = false;
  auto writer = [&](const std::string& text, std::string& error) {
    for (int i = 0; i < 25 && error.empty(); ++i) error = write_file_atomically(target, text);
  };
  std::thread ta(writer, std::cref(a), std::ref(errors[0]));
  std::thread tb(writer, std::cref(b), std::ref(errors[1]));
  for (int i = 0; i < 50; ++i) {
    const std::string seen = read(target);
    torn |= !seen.empty() && seen != a && seen != b;
  }
  ta.join();
  tb.join();
  EXPECT_EQ(errors[0], "");
  EXPECT_EQ(errors[1], "");
  EXPECT_FALSE(torn) << "a reader saw a mixture";
  const std::string final_text = read(target);
  EXPECT_TRUE(final_text == a || final_text == b) << final_text.size() << " bytes";
  EXPECT_EQ(entries(dir), std::vector<std::string>{"villages.csv"}) << "no temporary file left";
  fs::remove_all(dir);
}

}  // namespace
}  // namespace ttx::io
