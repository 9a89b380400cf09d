// Meteorological warnings as plan indicators.
#pragma once

#include <string>

#include "sim/world/plans.h"

namespace ttx::hazard {

/// The plan indicator of a warning kind (typhoon -> warning_typhoon, ...).
world::Indicator warning_indicator(const std::string& kind);

}  // namespace ttx::hazard
