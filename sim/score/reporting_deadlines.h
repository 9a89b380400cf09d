// The plans' reporting deadlines judged against a run: whether the first report
// reached the district, and the district's report reached the city, within the
// time targets of the plans in force. Printers format these; they judge nothing.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sim/response/response_model.h"

namespace ttx::score {

enum class DeadlineStatus : std::uint8_t {
  met,      ///< done within the limit
  missed,   ///< done late, or not done and the limit has passed
  pending,  ///< not done, and the limit has not passed yet
};
std::string_view to_string(DeadlineStatus s);

struct DeadlineCheck {
  std::string target;       ///< the plan's time_targets id
  std::int64_t from_s = -1; ///< when the clock started (the first loss, the first report)
  std::int64_t to_s = -1;   ///< when it was done, -1 if not yet
  double limit_h = 0;       ///< the plan's limit
  DeadlineStatus status = DeadlineStatus::pending;
  /// Hours taken, or -1 while not done.
  double hours() const { return to_s < 0 ? -1 : static_cast<double>(to_s - from_s) / 3600.0; }
};

/// The limit in hours of a time target (plans' time_targets id) of the plans in
/// force, or -1 when none sets it.
double plan_target_h(const response::ResponseModel& m, const std::string& id);

/// The reporting deadlines whose clock has started by the model's current time,
/// for every target of the plans in force that the model measures.
std::vector<DeadlineCheck> reporting_deadlines(const response::ResponseModel& m);

}  // namespace ttx::score
