#include "sim/io/atomic_write.h"

#include <fstream>
#include <system_error>

namespace ttx::io {

std::string write_file_atomically(const std::filesystem::path& target, std::string_view text) {
  std::filesystem::path tmp = target;
  tmp += ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return "cannot create '" + tmp.string() + "'";
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    out.flush();
    if (!out) {
      out.close();
      std::error_code ignore;
      std::filesystem::remove(tmp, ignore);
      return "writing '" + tmp.string() + "' failed (disk full?)";
    }
  }
  std::error_code ec;
  std::filesystem::rename(tmp, target, ec);
  if (ec) {
    std::filesystem::remove(tmp, ec);
    return "cannot replace '" + target.string() + "': " + ec.message();
  }
  return "";
}

}  // namespace ttx::io
