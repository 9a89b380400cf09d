#include "sim/io/clock_text.h"

#include <cstdio>

namespace ttx::io {

std::optional<std::int64_t> parse_clock(const std::string& text) {
  std::string t = text;
  if (t.rfind("T+", 0) == 0) t = t.substr(2);
  int h = 0, m = 0, used = 0;
  if (std::sscanf(t.c_str(), "%d:%2d%n", &h, &m, &used) == 2 && used == static_cast<int>(t.size()) && h >= 0 &&
      h < 100000 && m >= 0 && m < 60 && t.find(':') == t.size() - 3) {
    return static_cast<std::int64_t>(h) * 3600 + m * 60;
  }
  return std::nullopt;
}

}  // namespace ttx::io
