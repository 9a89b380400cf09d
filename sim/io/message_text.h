// Pieces of the messages shown to users: numbers written as people write them,
// and echoed values cut to a length that fits one line.
#pragma once

#include <string>
#include <string_view>

namespace ttx::io {

/// Longest echo of a user's value, in characters; longer ones end in "…".
inline constexpr std::size_t kMaxEchoChars = 60;

/// 9000000000000000 rather than 9e+15; 0.25 and 1e-300 as they are.
std::string number_text(double v);

/// `text` cut to kMaxEchoChars characters (never inside a UTF-8 character), with "…".
std::string cut(std::string_view text);

/// The user's value in single quotes, cut: 'changel'.
std::string echoed(std::string_view text);

}  // namespace ttx::io
