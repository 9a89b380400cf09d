// The reports that have reached the duty office, as its 信息接报 slips: what,
// where, when, how many, and whether it is the first report of that impact or a
// follow-up (续报, the verified rest). Also what command knows of each village,
// for a map of the known picture.
#pragma once

#include <cstdint>
#include <vector>

#include "sim/response/response_model.h"

namespace ttx::exercise {

struct ReportSlip {
  std::size_t arrival = 0;       ///< index into ResponseModel::arrivals()
  std::int64_t at_s = 0;         ///< when it reached the duty office
  hazard::ImpactKind kind = hazard::ImpactKind::displaced;
  std::uint8_t detail = 0;       ///< as the impact's (severity of injured, kind of trapped)
  std::int64_t town = -1, village = -1;  ///< where (-1: district-wide, e.g. a gauge or warning)
  double amount = 0;             ///< what it counts
  bool follow_up = false;        ///< a later report of an impact already reported (续报)
};

/// Every report received up to now, in the order received.
std::vector<ReportSlip> received_reports(const response::ResponseModel& run);

/// What the duty office knows of one village from the reports received.
struct KnownVillage {
  double people = 0;        ///< displaced, trapped, injured and dead reported
  double water_depth_m = -1;  ///< last depth reported, -1 none
};
std::vector<KnownVillage> known_villages(const response::ResponseModel& run);

}  // namespace ttx::exercise
