#include "sim/io/clock_text.h"

#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>

#include <fmt/format.h>

#include "sim/core/sim_time.h"

#include "sim/io/message_text.h"

namespace ttx::io {

namespace {

/// The whole of `s` as a number of decimal digits (no sign, no spaces).
bool digits(std::string_view s, std::int64_t& out) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && end == s.data() + s.size();
}

}  // namespace

std::optional<std::int64_t> parse_clock(const std::string& text) {
  std::string_view t = text;
  if (t.substr(0, 2) == "T+") t.remove_prefix(2);
  const auto colon = t.find(':');
  if (colon == std::string_view::npos || colon == 0 || t.size() - colon != 3) return std::nullopt;
  std::int64_t h = 0, m = 0;
  if (!digits(t.substr(0, colon), h) || !digits(t.substr(colon + 1), m) || m >= 60 || h > 100000) return std::nullopt;
  return h * 3600 + m * 60;
}

std::optional<std::int64_t> parse_date_time(const std::string& text) {
  // YYYY-MM-DD HH:MM: fixed positions.
  if (text.size() != 16 || text[4] != '-' || text[7] != '-' || (text[10] != ' ' && text[10] != 'T') || text[13] != ':') {
    return std::nullopt;
  }
  const std::string_view t = text;
  std::int64_t y, mo, d, h, mi;
  if (!digits(t.substr(0, 4), y) || !digits(t.substr(5, 2), mo) || !digits(t.substr(8, 2), d) ||
      !digits(t.substr(11, 2), h) || !digits(t.substr(14, 2), mi) || h > 23 || mi > 59) {
    return std::nullopt;
  }
  using namespace std::chrono;
  const year_month_day ymd{year{static_cast<int>(y)}, month{static_cast<unsigned>(mo)}, day{static_cast<unsigned>(d)}};
  if (!ymd.ok()) return std::nullopt;  // 2026-02-30
  return sys_days{ymd}.time_since_epoch().count() * 86400 + h * 3600 + mi * 60;
}

Moment parse_moment(const std::string& text, std::optional<std::int64_t> start_s) {
  const std::string forms = start_s ? "a time after the start like T+24:00, or a date and time like " +
                                          format_date_time(*start_s + 86400)
                                    : "a time after the start like T+24:00";
  if (text.empty()) return {std::nullopt, "empty; give " + forms};
  if (text.rfind("T+", 0) == 0) {
    if (const auto s = parse_clock(text)) return {s, ""};
    return {std::nullopt, "expected " + forms + ", got " + echoed(text)};
  }
  if (parse_clock(text)) {
    return {std::nullopt, echoed(text) + " is ambiguous: write T+" + text + " for that long after the start" +
                              (start_s ? ", or a date and time like " + format_date_time(*start_s + 86400) : "")};
  }
  if (const auto when = parse_date_time(text)) {
    if (!start_s) {
      return {std::nullopt, "the scenario has no start date (scenario.start), so a date and time cannot be placed; "
                            "give a time after the start like T+24:00"};
    }
    if (*when < *start_s) {
      return {std::nullopt, echoed(text) + " is before the scenario starts (" + format_date_time(*start_s) + ")"};
    }
    return {*when - *start_s, ""};
  }
  return {std::nullopt, "expected " + forms + ", got " + echoed(text)};
}

namespace {

struct Civil {
  int year;
  unsigned month, day;
  long hour, minute;
};

Civil civil(std::int64_t epoch_s) {
  using namespace std::chrono;
  const sys_seconds t{seconds{epoch_s}};
  const auto day = floor<days>(t);
  const year_month_day ymd{day};
  const hh_mm_ss hms{t - day};
  return {static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
          static_cast<long>(hms.hours().count()), static_cast<long>(hms.minutes().count())};
}

}  // namespace

std::string format_date_time(std::int64_t epoch_s) {
  const Civil c = civil(epoch_s);
  return fmt::format("{:04}-{:02}-{:02} {:02}:{:02}", c.year, c.month, c.day, c.hour, c.minute);
}

std::string date_clock(std::int64_t at_s, std::optional<std::int64_t> start_s, Lang lang) {
  if (!start_s) return "";
  const Civil c = civil(*start_s + at_s);
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  if (lang == Lang::zh) return fmt::format("{}月{}日 {:02}:{:02}", c.month, c.day, c.hour, c.minute);
  return fmt::format("{} {} {:02}:{:02}", c.day, kMonths[(c.month + 11) % 12], c.hour, c.minute);
}

std::string moment_text(std::int64_t at_s, std::optional<std::int64_t> start_s, Lang lang) {
  const std::string clock = core::format_clock(core::SimTime::at_seconds(at_s));
  return start_s ? clock + " " + date_clock(at_s, start_s, lang) : clock;
}

std::string moment_text_h(double at_h, std::optional<std::int64_t> start_s, Lang lang, const char* never) {
  if (at_h < 0) return never;
  return moment_text(static_cast<std::int64_t>(std::llround(at_h * 3600)), start_s, lang);
}

}  // namespace ttx::io
