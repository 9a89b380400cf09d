// The trace hook: each processed event as one JSON line.
//
//   {"t":3600,"clock":"T+01:00","type":"incident_arrives","incident":17}
//
// Off by default. The simulator holds a `TraceWriter*`; when it is null the only
// cost is one predictable branch per event.
//
// An event type joins the trace by declaring
//   static constexpr std::string_view kName = "snake_case_name";
//   void trace(TraceLine& line) const;   // adds its fields
// Payloads that are a std::variant of such types are written by visiting them.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <variant>

#include "sim/core/sim_time.h"

namespace ttx::core {

/// Appends `"key":value` pairs to one JSON object under construction.
class TraceLine {
 public:
  explicit TraceLine(std::string& buf) : buf_(buf) {}
  TraceLine& field(std::string_view key, std::int64_t v);
  TraceLine& field(std::string_view key, std::uint64_t v);
  TraceLine& field(std::string_view key, int v) { return field(key, static_cast<std::int64_t>(v)); }
  TraceLine& field(std::string_view key, double v);
  TraceLine& field(std::string_view key, bool v);
  TraceLine& field(std::string_view key, std::string_view v);
  TraceLine& field(std::string_view key, const char* v) { return field(key, std::string_view(v)); }

 private:
  void key(std::string_view k);
  std::string& buf_;
};

/// Appends `s` to `out` as a JSON string literal (quotes and escapes included).
void append_json_string(std::string& out, std::string_view s);
/// Appends a double the way JSON readers expect (finite: shortest round-trip; else null).
void append_json_number(std::string& out, double v);

class TraceWriter {
 public:
  explicit TraceWriter(std::ostream& out) : out_(out) {}

  template <class Event>
  void write(SimTime t, const Event& e) {
    begin(t, Event::kName);
    TraceLine line(buf_);
    e.trace(line);
    end();
  }

  template <class... Ts>
  void write(SimTime t, const std::variant<Ts...>& v) {
    std::visit([&](const auto& e) { write(t, e); }, v);
  }

  std::uint64_t lines() const { return lines_; }

 private:
  void begin(SimTime t, std::string_view type);
  void end();

  std::ostream& out_;
  std::string buf_;
  std::uint64_t lines_ = 0;
};

}  // namespace ttx::core
