#include "sim/core/sim_time.h"

#include <cmath>
#include <cstdio>
#include <stdexcept>

namespace ttx::core {

Duration Duration::from_seconds(double s) {
  if (!std::isfinite(s) || std::fabs(s) > 9.0e18) {
    throw std::invalid_argument("Duration::from_seconds: not a representable time");
  }
  return Duration(static_cast<std::int64_t>(std::llround(s)));
}

Duration Duration::from_hours(double h) { return from_seconds(h * 3600.0); }

namespace {
std::string clock(SimTime t, bool with_seconds) {
  std::int64_t s = t.count_s();
  const char sign = s < 0 ? '-' : '+';
  // Negate as unsigned so the most negative value does not overflow.
  std::uint64_t u = s < 0 ? 0ULL - static_cast<std::uint64_t>(s) : static_cast<std::uint64_t>(s);
  char buf[48];
  if (with_seconds) {
    std::snprintf(buf, sizeof buf, "T%c%02llu:%02llu:%02llu", sign,
                  static_cast<unsigned long long>(u / 3600),
                  static_cast<unsigned long long>(u / 60 % 60),
                  static_cast<unsigned long long>(u % 60));
  } else {
    std::snprintf(buf, sizeof buf, "T%c%02llu:%02llu", sign,
                  static_cast<unsigned long long>(u / 3600),
                  static_cast<unsigned long long>(u / 60 % 60));
  }
  return buf;
}
}  // namespace

std::string format_clock(SimTime t) { return clock(t, false); }
std::string format_clock_s(SimTime t) { return clock(t, true); }

std::string format_duration(Duration d) {
  std::int64_t s = d.count_s();
  std::string out = s < 0 ? "-" : "";
  std::uint64_t u = s < 0 ? 0ULL - static_cast<std::uint64_t>(s) : static_cast<std::uint64_t>(s);
  char buf[48];
  if (u >= 3600) {
    std::snprintf(buf, sizeof buf, "%lluh%02llum", static_cast<unsigned long long>(u / 3600),
                  static_cast<unsigned long long>(u / 60 % 60));
  } else if (u >= 60) {
    std::snprintf(buf, sizeof buf, "%llum", static_cast<unsigned long long>(u / 60));
  } else {
    std::snprintf(buf, sizeof buf, "%llus", static_cast<unsigned long long>(u));
  }
  return out + buf;
}

}  // namespace ttx::core
