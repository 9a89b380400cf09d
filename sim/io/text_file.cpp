#include "sim/io/text_file.h"

#include <cstdio>
#include <fstream>
#include <sstream>

#include "sim/io/text_encoding.h"

namespace ttx::io {

std::size_t find_invalid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t len;
    std::uint32_t cp;
    if (c < 0x80) { ++i; continue; }
    if ((c & 0xE0) == 0xC0) len = 2, cp = c & 0x1F;
    else if ((c & 0xF0) == 0xE0) len = 3, cp = c & 0x0F;
    else if ((c & 0xF8) == 0xF0) len = 4, cp = c & 0x07;
    else return i;
    if (i + len > s.size()) return i;
    for (std::size_t k = 1; k < len; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (cc & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
      return i;
    }
    i += len;
  }
  return std::string_view::npos;
}

TextKind text_kind_of(const std::filesystem::path& path) {
  return path.extension() == ".csv" ? TextKind::spreadsheet : TextKind::utf8;
}

bool check_text(std::string& text, const std::string& shown, Diagnostics& diags, TextKind kind) {
  if (kind == TextKind::spreadsheet && !decode_spreadsheet_text(text, shown, diags)) return false;
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  // Old Mac line ends (a lone CR) become LF, which YAML readers and line counts
  // understand; the text keeps its length, so every offset stays where it was.
  for (std::size_t i = text.find('\r'); i != std::string::npos; i = text.find('\r', i + 1)) {
    if (i + 1 == text.size() || text[i + 1] != '\n') text[i] = '\n';
  }
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
    diags.add(shown, 0, 0, "", "file is empty");
    return false;
  }
  if (const std::size_t bad = find_invalid_utf8(text); bad != std::string::npos) {
    int line = 1, column = 1;
    for (std::size_t i = 0; i < bad; ++i) {
      if (text[i] == '\n') ++line, column = 1;
      else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
    }
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(text[bad]));
    diags.add(shown, line, column, "",
              std::string("byte ") + hex + " is not valid UTF-8 (save the file as UTF-8)");
    return false;
  }
  if (text.find('\0') != std::string::npos) {
    diags.add(shown, 0, 0, "", "file contains NUL bytes (a binary file?)");
    return false;
  }
  return true;
}

std::optional<std::string> read_text_file(const std::filesystem::path& path,
                                          const std::string& shown, Diagnostics& diags, TextKind kind) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    diags.add(shown, 0, 0, "", "file not found");
    return std::nullopt;
  }
  if (!std::filesystem::is_regular_file(path, ec)) {
    diags.add(shown, 0, 0, "", "not a regular file");
    return std::nullopt;
  }
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) {
    diags.add(shown, 0, 0, "", "cannot read the file size: " + ec.message());
    return std::nullopt;
  }
  if (size > kMaxDataFileBytes) {
    diags.add(shown, 0, 0, "",
              "file is " + std::to_string(size / (1024 * 1024)) + " MiB; data files are limited to " +
                  std::to_string(kMaxDataFileBytes / (1024 * 1024)) + " MiB");
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diags.add(shown, 0, 0, "", "cannot open the file for reading");
    return std::nullopt;
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  std::string text = buf.str();
  if (!check_text(text, shown, diags, kind)) return std::nullopt;
  return text;
}

}  // namespace ttx::io
