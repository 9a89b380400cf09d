#include "sim/hazard/warnings.h"

#include <stdexcept>

namespace ttx::hazard {

world::Indicator warning_indicator(const std::string& kind) {
  if (kind == "typhoon") return world::Indicator::warning_typhoon;
  if (kind == "rainstorm") return world::Indicator::warning_rainstorm;
  if (kind == "road_icing") return world::Indicator::warning_road_icing;
  if (kind == "blizzard") return world::Indicator::warning_blizzard;
  if (kind == "cold_wave") return world::Indicator::warning_cold_wave;
  throw std::invalid_argument("unknown warning kind '" + kind + "'");  // the loader admits only these
}

}  // namespace ttx::hazard
