#include "sim/io/clock_text.h"

#include <charconv>

namespace ttx::io {

std::optional<std::int64_t> parse_clock(const std::string& text) {
  std::string_view t = text;
  if (t.substr(0, 2) == "T+") t.remove_prefix(2);
  const auto colon = t.find(':');
  if (colon == std::string_view::npos || colon == 0 || t.size() - colon != 3) return std::nullopt;
  auto digits = [](std::string_view s, std::int64_t& out) {
    for (char c : s) {
      if (c < '0' || c > '9') return false;
    }
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && end == s.data() + s.size();
  };
  std::int64_t h = 0, m = 0;
  if (!digits(t.substr(0, colon), h) || !digits(t.substr(colon + 1), m) || m >= 60 || h > 100000) return std::nullopt;
  return h * 3600 + m * 60;
}

}  // namespace ttx::io
