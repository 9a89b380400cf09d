// Reading a data file safely: it exists, is not empty, not absurdly large, and is
// valid UTF-8. Problems become diagnostics, never exceptions.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "sim/io/diagnostic.h"

namespace ttx::io {

/// What a file may be saved as: YAML is UTF-8; a CSV may come from a spreadsheet
/// in any encoding decode_spreadsheet_text knows (GBK, UTF-16, a BOM).
enum class TextKind { utf8, spreadsheet };

/// Larger data files are refused unread (the whole district is well under 1 MB).
inline constexpr std::uintmax_t kMaxDataFileBytes = 16u * 1024u * 1024u;

/// The file's text with a UTF-8 byte-order mark removed and lone CR line ends
/// made LF, or nullopt after
/// recording why it cannot be used. `shown` is the name diagnostics print.
std::optional<std::string> read_text_file(const std::filesystem::path& path,
                                          const std::string& shown, Diagnostics& diags,
                                          TextKind kind = TextKind::utf8);

/// The checks of read_text_file on text already in memory (a UTF-8 byte-order
/// mark is removed, lone CRs made LF); false after recording why the text cannot be used.
bool check_text(std::string& text, const std::string& shown, Diagnostics& diags, TextKind kind = TextKind::utf8);

/// The kind a data file's name implies: a .csv is a spreadsheet's.
TextKind text_kind_of(const std::filesystem::path& path);

/// Byte offset of the first invalid UTF-8 sequence, or npos when all is valid.
std::size_t find_invalid_utf8(std::string_view text);

}  // namespace ttx::io
