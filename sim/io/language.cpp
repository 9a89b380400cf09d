#include "sim/io/language.h"

#include <cstdlib>

namespace ttx::io {

Lang language_from_environment() {
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* v = std::getenv(name);
    if (v == nullptr || *v == '\0') continue;
    return std::string_view(v).substr(0, 2) == "zh" ? Lang::zh : Lang::en;
  }
  return Lang::en;
}

std::optional<Lang> parse_language(std::string_view text) {
  if (text == "zh") return Lang::zh;
  if (text == "en") return Lang::en;
  return std::nullopt;
}

}  // namespace ttx::io
