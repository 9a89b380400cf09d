// Writing a file so that a reader, a crash or a second writer never sees it half
// written: the bytes go to a fresh temporary file beside the target, which is
// synced and then renamed over it. Every save (imports, sessions, reports) goes
// through here.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace ttx::io {

/// Replaces `target` with exactly `bytes`. The temporary file gets a unique name
/// and is created exclusively, so a link planted in the folder is never written
/// through and two writers at once never share one; a symlink at `target` itself
/// is replaced, not followed. Returns "" on success, else what went wrong with the
/// system's reason; the target is then untouched and no temporary file is left.
std::string write_file_atomically(const std::filesystem::path& target, std::string_view bytes);

}  // namespace ttx::io
