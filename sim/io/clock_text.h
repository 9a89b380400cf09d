// Times written in scenario files: "T+02:30" (or "02:30"), hours:minutes after the start.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace ttx::io {

/// Seconds after the scenario start, or nullopt if `text` is not "T+HH:MM" / "HH:MM".
std::optional<std::int64_t> parse_clock(const std::string& text);

}  // namespace ttx::io
