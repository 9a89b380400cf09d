// The loaders' and importers' messages in Chinese. A message is built from pieces
// ("expected " + "a whole number from 1 to 9" + ", got " + "'x'"), so it is put into
// Chinese piece by piece: each known English phrase is replaced by its Chinese,
// longest first, and what the user wrote (ids, values, file names) stays as it is.
#pragma once

#include <string>
#include <string_view>

#include "sim/io/diagnostic.h"
#include "sim/io/language.h"

namespace ttx::io {

/// `message` in Chinese: every phrase the loaders use, replaced.
std::string message_zh(std::string_view message);

/// `message` in `lang` (English messages are written in English).
std::string message_in(std::string_view message, Lang lang);

/// format(d) with the message in `lang`.
std::string format(const Diagnostic& d, Lang lang);

}  // namespace ttx::io
