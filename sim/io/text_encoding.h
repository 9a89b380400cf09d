// The encodings a spreadsheet saves "CSV" in: UTF-8, UTF-8 with a byte-order
// mark, UTF-16 with a mark ("Unicode text"), and GBK/GB18030, which Chinese
// Excel and WPS write by default. Everything past here reads UTF-8.
#pragma once

#include <string>

#include "sim/io/diagnostic.h"

namespace ttx::io {

enum class TextEncoding { utf8, utf8_bom, utf16le, utf16be, gb18030 };

/// The encoding's name as a data keeper knows it ("GBK/GB18030", "UTF-8 with BOM").
const char* encoding_name(TextEncoding e);

/// Converts `text` to UTF-8 in place and says what it was. Valid UTF-8 (with or
/// without a mark) is kept; text that is not UTF-8 is read as GB18030, the
/// superset of GBK. Lines and characters are unchanged, so a diagnostic's line and
/// character column are the same in the file as saved. False after recording,
/// at the first byte that fits neither, why the text cannot be read.
bool decode_spreadsheet_text(std::string& text, const std::string& shown, Diagnostics& diags,
                             TextEncoding* found = nullptr);

}  // namespace ttx::io
