// Whether a command would be carried out now, and if not, why — asked of the
// run's const view, without applying anything, so a console can grey out an
// impossible command and say why before it is sent ("team busy until 14:20",
// "no road to 海永镇"). It answers by the same rules the response model applies
// (ResponseModel::check decides; this adds what a user needs to act on a refusal).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "sim/response/response_model.h"

namespace ttx::exercise {

/// A refusal with what a user needs to act on it.
struct Refused {
  response::Refusal refusal = response::Refusal::none;
  std::int64_t id = -1;        ///< unit_busy: the unit (its index in the run)
  std::string asked;           ///< no_such_*: the id asked for
  std::string unit_state;      ///< unit_busy: the unit's state (units.h to_string)
  std::int64_t until_s = -1;   ///< unit_busy: when the unit is free again (arrival, assembly, rest), -1 unknown
  std::int64_t town = -1;      ///< no_trip: the town of the site it cannot reach
  std::int64_t item = -1;      ///< no_trip: the gear item out of stock
  /// no_trip, more precisely (the model has one refusal for all three).
  enum class TripProblem : std::uint8_t { none, no_skill, equipment_not_released, no_gear, no_road } trip =
      TripProblem::none;
  bool operator==(const Refused&) const = default;
};

/// Why `command` would be refused now, or nothing when it would be carried out.
std::optional<Refused> why_not(const response::ResponseModel& run, const response::Command& command);

}  // namespace ttx::exercise
