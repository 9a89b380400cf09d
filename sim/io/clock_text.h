// Times written by users: "T+02:30" (or "02:30" in scenario files), hours:minutes
// after the start, and calendar date-times "2026-07-01 18:00" on the command line.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "sim/io/language.h"

namespace ttx::io {

/// Seconds after the scenario start, or nullopt if `text` is not "T+HH:MM" / "HH:MM".
std::optional<std::int64_t> parse_clock(const std::string& text);

/// Seconds since 1970-01-01 00:00 of a calendar date-time "YYYY-MM-DD HH:MM" (or
/// with 'T' between), in the district's own clock; nullopt if it is not one.
std::optional<std::int64_t> parse_date_time(const std::string& text);

/// A moment named on the command line, or why it cannot be used.
struct Moment {
  std::optional<std::int64_t> at_s;  ///< seconds after the scenario start
  std::string error;                 ///< what is wrong and what is allowed
};

/// "T+HH:MM" after the start, or a calendar date-time when the scenario has a
/// start (`start_s`, as parse_date_time gives). A bare "HH:MM" is refused: it may
/// mean hours after the start or a time of day.
Moment parse_moment(const std::string& text, std::optional<std::int64_t> start_s);

/// "2026-07-25 08:00": seconds since 1970-01-01 00:00 on the district's clock.
std::string format_date_time(std::int64_t epoch_s);
/// The calendar date and clock of `at_s` after a scenario start: "7月25日 08:00" in
/// Chinese, "25 Jul 08:00" in English; "" when the scenario has no start.
std::string date_clock(std::int64_t at_s, std::optional<std::int64_t> start_s, Lang lang);
/// "T+12:00", with the date and clock beside it when the scenario has a start:
/// "T+12:00 7月25日 08:00". How every printer shows a moment of a run.
std::string moment_text(std::int64_t at_s, std::optional<std::int64_t> start_s, Lang lang);
/// The same for hours after the start; "-" (or `never`) when `at_h` < 0.
std::string moment_text_h(double at_h, std::optional<std::int64_t> start_s, Lang lang, const char* never = "-");

}  // namespace ttx::io
