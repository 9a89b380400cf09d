#include "sim/core/trace.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <ostream>

namespace ttx::core {

void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          char esc[8];
          std::snprintf(esc, sizeof esc, "\\u%04x", c);
          out += esc;
        } else {
          out += static_cast<char>(c);  // UTF-8 passes through unchanged
        }
    }
  }
  out += '"';
}

void append_json_number(std::string& out, double v) {
  if (!std::isfinite(v)) {
    out += "null";
    return;
  }
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, ec == std::errc() ? end : buf);
}

void TraceLine::key(std::string_view k) {
  buf_ += ',';
  append_json_string(buf_, k);
  buf_ += ':';
}

TraceLine& TraceLine::field(std::string_view k, std::int64_t v) {
  key(k);
  buf_ += std::to_string(v);
  return *this;
}

TraceLine& TraceLine::field(std::string_view k, std::uint64_t v) {
  key(k);
  buf_ += std::to_string(v);
  return *this;
}

TraceLine& TraceLine::field(std::string_view k, double v) {
  key(k);
  append_json_number(buf_, v);
  return *this;
}

TraceLine& TraceLine::field(std::string_view k, bool v) {
  key(k);
  buf_ += v ? "true" : "false";
  return *this;
}

TraceLine& TraceLine::field(std::string_view k, std::string_view v) {
  key(k);
  append_json_string(buf_, v);
  return *this;
}

void TraceWriter::begin(SimTime t, std::string_view type) {
  buf_.clear();
  buf_ += "{\"t\":";
  buf_ += std::to_string(t.count_s());
  buf_ += ",\"clock\":";
  append_json_string(buf_, format_clock_s(t));
  buf_ += ",\"type\":";
  append_json_string(buf_, type);
}

void TraceWriter::end() {
  buf_ += "}\n";
  out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
  ++lines_;
}

}  // namespace ttx::core
