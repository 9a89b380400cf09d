// The readable account of a response run: its timeline (levels and why, actions,
// first unit on site and first relief per town, stockouts, the reserve, aid) and
// its end state (rescued, dead, sheltered, unmet need, work done, logistics).
#pragma once

#include <string>

#include "sim/response/response_model.h"

namespace ttx::io {

/// The timeline up to the model's current time, one line per log entry.
std::string run_timeline(const response::ResponseModel& model);

/// The state at the model's current time.
std::string run_end_state(const response::ResponseModel& model);

/// Per town (displaced, shelter, supply, first unit and first relief) and per
/// stock category (拿得出: request -> loaded; 调得快: request -> delivered).
std::string run_tables(const response::ResponseModel& model);

}  // namespace ttx::io
