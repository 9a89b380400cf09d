// Writing never leaves a half-written file: on failure the target is untouched.
#include "sim/io/atomic_write.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace ttx::io {
namespace {

namespace fs = std::filesystem;

std::string read(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(AtomicWrite, ReplacesTheTargetWhole) {
  const fs::path target = fs::path(::testing::TempDir()) / "ttx_atomic.csv";
  std::ofstream(target) << "old\n";
  EXPECT_EQ(write_file_atomically(target, "new\n"), "");
  EXPECT_EQ(read(target), "new\n");
  EXPECT_FALSE(fs::exists(target.string() + ".tmp"));
  fs::remove(target);
}

TEST(AtomicWrite, AFailureLeavesTheTargetAndNoTemporaryFile) {
  // A folder in the way: the rename cannot replace it.
  const fs::path target = fs::path(::testing::TempDir()) / "ttx_atomic_dir";
  fs::create_directories(target / "keep");
  const std::string err = write_file_atomically(target, "data");
  EXPECT_NE(err, "");
  EXPECT_NE(err.find(target.string()), std::string::npos) << err;
  EXPECT_TRUE(fs::is_directory(target / "keep"));
  EXPECT_FALSE(fs::exists(target.string() + ".tmp"));
  fs::remove_all(target);
  // A folder that does not exist: nothing can be created.
  EXPECT_NE(write_file_atomically("/nonexistent-dir/x.csv", "data"), "");
}

}  // namespace
}  // namespace ttx::io
