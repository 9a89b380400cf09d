// The words of the after-action report in Chinese and English: every heading,
// label and phrase in one table (aar_text.cpp), looked up by key. The report's
// code holds no other text of either language.
#pragma once

#include <string>
#include <string_view>

#include "sim/io/language.h"

namespace ttx::io {

/// The phrase of `key` in `lang`; the key itself (so a gap shows) when the table lacks it.
std::string_view tr(Lang lang, std::string_view key);
/// Whether the table has `key`.
bool has_text(std::string_view key);

/// `pattern` with each "{}" replaced by the next argument.
std::string fill(std::string_view pattern, std::initializer_list<std::string> args);

}  // namespace ttx::io
