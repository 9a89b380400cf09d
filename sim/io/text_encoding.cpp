#include "sim/io/text_encoding.h"

#include <iconv.h>

#include <cerrno>
#include <cstdio>

#include "sim/io/text_file.h"

namespace ttx::io {

namespace {

struct Converted {
  std::string text;
  std::size_t failed_at = std::string::npos;  ///< input offset of the first unconvertible byte
};

// Strict conversion (no //IGNORE, no //TRANSLIT): a byte that does not belong
// to `from` stops it, so a wrong guess is never silently accepted.
Converted convert(const std::string& in, const char* from) {
  Converted out;
  iconv_t cd = iconv_open("UTF-8", from);
  if (cd == reinterpret_cast<iconv_t>(-1)) {
    out.failed_at = 0;
    return out;
  }
  out.text.resize(in.size() * 2 + 16);
  char* src = const_cast<char*>(in.data());
  std::size_t src_left = in.size();
  char* dst = out.text.data();
  std::size_t dst_left = out.text.size();
  while (src_left > 0) {
    if (iconv(cd, &src, &src_left, &dst, &dst_left) != static_cast<std::size_t>(-1)) continue;
    if (errno == E2BIG) {
      const std::size_t used = out.text.size() - dst_left;
      out.text.resize(out.text.size() * 2);
      dst = out.text.data() + used;
      dst_left = out.text.size() - used;
      continue;
    }
    out.failed_at = static_cast<std::size_t>(src - in.data());  // EILSEQ or EINVAL (truncated at the end)
    break;
  }
  out.text.resize(out.text.size() - dst_left);
  iconv_close(cd);
  return out;
}

// Line and character column of the input byte `at`, counted on the part that converted.
void locate(const std::string& converted_prefix, int& line, int& column) {
  line = 1, column = 1;
  for (char c : converted_prefix) {
    if (c == '\n') ++line, column = 1;
    else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++column;
  }
}

// True when the text reads as UTF-8 with a few broken bytes rather than as another
// encoding: more well-formed multi-byte characters than bytes that break it. Real
// GBK text breaks UTF-8 at nearly every Chinese character.
bool mostly_utf8(std::string_view s) {
  std::size_t good = 0, bad = 0;
  while (!s.empty()) {
    const std::size_t at = find_invalid_utf8(s);
    const std::string_view valid = s.substr(0, at);
    for (char c : valid) good += (static_cast<unsigned char>(c) & 0xC0) == 0xC0;
    if (at == std::string_view::npos) break;
    ++bad;
    s.remove_prefix(at + 1);
  }
  return good > bad;
}

}  // namespace

const char* encoding_name(TextEncoding e) {
  switch (e) {
    case TextEncoding::utf8: return "UTF-8";
    case TextEncoding::utf8_bom: return "UTF-8 with BOM";
    case TextEncoding::utf16le: return "UTF-16LE";
    case TextEncoding::utf16be: return "UTF-16BE";
    case TextEncoding::gb18030: return "GBK/GB18030";
  }
  return "?";
}

bool decode_spreadsheet_text(std::string& text, const std::string& shown, Diagnostics& diags, TextEncoding* found) {
  TextEncoding e = TextEncoding::utf8;
  const char* from = nullptr;
  std::size_t skip = 0;
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) {
    e = TextEncoding::utf8_bom, skip = 3;
  } else if (text.rfind("\xFF\xFE", 0) == 0) {
    e = TextEncoding::utf16le, from = "UTF-16LE", skip = 2;
  } else if (text.rfind("\xFE\xFF", 0) == 0) {
    e = TextEncoding::utf16be, from = "UTF-16BE", skip = 2;
  } else if (find_invalid_utf8(text) != std::string::npos && !mostly_utf8(text)) {
    // Only text that fails as UTF-8 is read as GB18030; UTF-8 with a stray broken
    // byte stays UTF-8 and is reported where it breaks, never read as mojibake.
    e = TextEncoding::gb18030, from = "GB18030";
  }
  if (found) *found = e;
  text.erase(0, skip);
  if (from == nullptr) return true;
  Converted c = convert(text, from);
  if (c.failed_at != std::string::npos) {
    int line, column;
    locate(c.text, line, column);
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", c.failed_at < text.size() ? static_cast<unsigned char>(text[c.failed_at]) : 0);
    diags.add(shown, line, column, "",
              std::string("byte ") + hex + " is neither UTF-8 nor " + encoding_name(e) +
                  " (save the table as \"CSV UTF-8\" or as CSV in GBK)");
    return false;
  }
  text = std::move(c.text);
  return true;
}

}  // namespace ttx::io
