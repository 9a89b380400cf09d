#include "sim/io/csv_write.h"

#include <cmath>

#include <fmt/format.h>

namespace ttx::io {

std::string csv_cell(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (const char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string csv_number(double v) { return std::isnan(v) ? std::string() : fmt::format("{:.10g}", v); }

}  // namespace ttx::io
