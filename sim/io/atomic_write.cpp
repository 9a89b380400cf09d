#include "sim/io/atomic_write.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace ttx::io {

namespace fs = std::filesystem;

namespace {

std::string failure(const std::string& what, const fs::path& path, int err) {
  return what + " '" + path.string() + "': " + std::strerror(err);
}

bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      if (n == 0) errno = EIO;
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

/// The rename is durable only once the folder's entry is on disk too.
int sync_folder(const fs::path& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return errno;
  int err = ::fsync(fd) == 0 ? 0 : errno;
  ::close(fd);
  return err == EINVAL ? 0 : err;  // some filesystems cannot sync a folder; the data itself is synced
}

}  // namespace

std::string write_file_atomically(const fs::path& target, std::string_view bytes) {
  struct stat st {};
  mode_t mode = 0644;
  if (::lstat(target.c_str(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) return "cannot write '" + target.string() + "': it is a folder, not a file";
    if (S_ISREG(st.st_mode)) mode = st.st_mode & 07777;  // a replaced file keeps its permissions
  }
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  // mkstemp picks a fresh name and opens it with O_CREAT | O_EXCL: never an existing file or link.
  const std::string pattern = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  const int fd = ::mkstemp(name.data());
  if (fd < 0) return failure("cannot create a temporary file in", dir, errno);
  const fs::path tmp(name.data());
  int err = 0;
  if (!write_all(fd, bytes) || ::fchmod(fd, mode) != 0 || ::fsync(fd) != 0) err = errno;
  if (::close(fd) != 0 && err == 0) err = errno;
  if (err != 0) {
    ::unlink(tmp.c_str());
    return failure("cannot write", tmp, err);
  }
  if (::rename(tmp.c_str(), target.c_str()) != 0) {
    err = errno;
    ::unlink(tmp.c_str());
    return failure("cannot replace", target, err);
  }
  if (err = sync_folder(dir); err != 0) {
    return failure("wrote '" + target.string() + "' but cannot sync its folder", dir, err);
  }
  return "";
}

}  // namespace ttx::io
