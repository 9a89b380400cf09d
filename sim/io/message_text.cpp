#include "sim/io/message_text.h"

#include <cmath>
#include <cstdio>

namespace ttx::io {

std::string number_text(double v) {
  char buf[40];
  // Whole numbers up to 2^53 are exact in a double: print every digit.
  if (std::isfinite(v) && v == std::floor(v) && std::abs(v) <= 9007199254740992.0) {
    std::snprintf(buf, sizeof buf, "%.0f", v);
  } else {
    std::snprintf(buf, sizeof buf, "%.10g", v);
  }
  return buf;
}

std::string cut(std::string_view text) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // inside a character
    if (chars++ == kMaxEchoChars) return std::string(text.substr(0, i)) + "…";
  }
  return std::string(text);
}

std::string echoed(std::string_view text) { return "'" + cut(text) + "'"; }

}  // namespace ttx::io
