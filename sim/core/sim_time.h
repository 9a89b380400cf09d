// Simulation time: whole seconds since the scenario starts.
//
// Two strong types keep instants and intervals apart: `SimTime` is a point on the
// scenario clock, `Duration` the distance between two points. Both count integer
// seconds, so every machine orders events identically (no floating-point clock).
#pragma once

#include <compare>
#include <cstdint>
#include <limits>
#include <string>

namespace ttx::core {

/// An interval of simulated time, in whole seconds (may be negative).
class Duration {
 public:
  constexpr Duration() = default;
  static constexpr Duration seconds(std::int64_t s) { return Duration(s); }
  static constexpr Duration minutes(std::int64_t m) { return Duration(m * 60); }
  static constexpr Duration hours(std::int64_t h) { return Duration(h * 3600); }
  /// Rounds to the nearest second (halves away from zero).
  static Duration from_hours(double h);
  static Duration from_seconds(double s);

  constexpr std::int64_t count_s() const { return s_; }
  constexpr double in_hours() const { return static_cast<double>(s_) / 3600.0; }
  constexpr double in_minutes() const { return static_cast<double>(s_) / 60.0; }

  constexpr auto operator<=>(const Duration&) const = default;
  constexpr Duration operator+(Duration o) const { return Duration(s_ + o.s_); }
  constexpr Duration operator-(Duration o) const { return Duration(s_ - o.s_); }
  constexpr Duration operator*(std::int64_t k) const { return Duration(s_ * k); }
  constexpr Duration& operator+=(Duration o) { s_ += o.s_; return *this; }

 private:
  constexpr explicit Duration(std::int64_t s) : s_(s) {}
  std::int64_t s_ = 0;
};

/// A point on the scenario clock: seconds since the scenario started (T+00:00).
class SimTime {
 public:
  constexpr SimTime() = default;
  static constexpr SimTime at_seconds(std::int64_t s) { return SimTime(s); }
  static constexpr SimTime at_minutes(std::int64_t m) { return SimTime(m * 60); }
  static constexpr SimTime at_hours(std::int64_t h) { return SimTime(h * 3600); }
  static constexpr SimTime start() { return SimTime(0); }
  /// Later than any real event; "run until the end of time".
  static constexpr SimTime never() { return SimTime(std::numeric_limits<std::int64_t>::max()); }

  constexpr std::int64_t count_s() const { return s_; }
  constexpr double in_hours() const { return static_cast<double>(s_) / 3600.0; }

  constexpr auto operator<=>(const SimTime&) const = default;
  constexpr SimTime operator+(Duration d) const { return SimTime(s_ + d.count_s()); }
  constexpr SimTime operator-(Duration d) const { return SimTime(s_ - d.count_s()); }
  constexpr Duration operator-(SimTime o) const { return Duration::seconds(s_ - o.s_); }
  constexpr SimTime& operator+=(Duration d) { s_ += d.count_s(); return *this; }

 private:
  constexpr explicit SimTime(std::int64_t s) : s_(s) {}
  std::int64_t s_ = 0;
};

/// "T+05:30" (hours may exceed 24: "T+100:05"); "T-00:10" before the start.
std::string format_clock(SimTime t);
/// "T+05:30:07", with seconds, for logs that need them.
std::string format_clock_s(SimTime t);
/// "2h05m", "45m", "30s": a compact duration for tables.
std::string format_duration(Duration d);

}  // namespace ttx::core
