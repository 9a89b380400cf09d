#include "sim/cli/number_check.h"

#include <charconv>
#include <cmath>

#include "sim/io/message_text.h"

namespace ttx::cli {

std::string describe(const NumberRule& rule) {
  return std::string(rule.whole ? "a whole number" : "a number") + " from " + io::number_text(rule.min) +
         (rule.below_max ? " to below " : " to ") + io::number_text(rule.max);
}

std::string check_number(const std::string& text, const NumberRule& rule) {
  const std::string expected = "expected " + describe(rule) + ", got " + io::echoed(text);
  double v = 0;
  const char* first = text.data();
  const char* last = text.data() + text.size();
  const auto [end, ec] = std::from_chars(first, last, v);
  if (text.empty() || end != last || ec == std::errc::invalid_argument) return expected + " (not a number)";
  if (ec == std::errc::result_out_of_range || std::isinf(v)) return expected + " (out of range)";
  if (std::isnan(v)) return expected + " (not a number)";
  if (rule.whole && v != std::floor(v)) return expected + " (not a whole number)";
  if (v < rule.min || v > rule.max || (rule.below_max && v >= rule.max)) return expected;
  return "";
}

CLI::Validator number(const NumberRule& rule) {
  return CLI::Validator([rule](std::string& text) { return check_number(text, rule); }, describe(rule));
}

}  // namespace ttx::cli
