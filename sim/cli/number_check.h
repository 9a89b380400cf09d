// Checking a number typed on the command line where it is parsed: the text must
// be a number, finite and within the option's range, and the message says what
// the option allows.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

namespace ttx::cli {

/// What an option accepts: [min, max], or [min, max) with `below_max`.
struct NumberRule {
  double min;
  double max;
  bool whole = false;      ///< whole numbers only
  bool below_max = false;  ///< max itself is not allowed
};

/// "a number from 0 to 100", "a whole number from 0 to 1000000000".
std::string describe(const NumberRule& rule);

/// "" if `text` is a number `rule` allows, else what is wrong with it and what is allowed.
std::string check_number(const std::string& text, const NumberRule& rule);

/// check_number as a CLI11 validator (CLI11 puts the option's name before the message).
CLI::Validator number(const NumberRule& rule);

}  // namespace ttx::cli
