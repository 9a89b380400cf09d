// The language of what a user reads: Chinese or English.
#pragma once

#include <optional>
#include <string_view>

namespace ttx::io {

enum class Lang { zh, en };

/// Chinese when LC_ALL, LC_MESSAGES or LANG (the first one set) starts with "zh", else English.
Lang language_from_environment();
/// "zh" or "en"; nothing for anything else.
std::optional<Lang> parse_language(std::string_view text);

}  // namespace ttx::io
