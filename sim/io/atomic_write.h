// Writing a file so that a failure never leaves it half-written: the text goes
// to a temporary file beside it, which replaces the target only when complete.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace ttx::io {

/// Returns "" on success, else what went wrong (the target is then untouched).
std::string write_file_atomically(const std::filesystem::path& target, std::string_view text);

}  // namespace ttx::io
