// Ground truth produced by a hazard: timed impacts per village, road edge, town
// and district indicator. The response reads them through reports, never directly.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sim/world/hazard_spread.h"

namespace ttx::hazard {

enum class ImpactKind : std::uint8_t {
  water_depth,        ///< village: water depth from now on (m)
  displaced,          ///< village: more people who must leave home
  trapped,            ///< village: more people trapped; detail 0 light, 1 heavy rescue, 2 need a boat
  injured,            ///< village: more injured; detail = severity 1 (first aid) .. 3 (life-threatening)
  killed,             ///< village: deaths
  houses_damaged,     ///< village: households whose house collapsed or is uninhabitable
  road_closed,        ///< edge: closed to trucks
  road_reopened,      ///< edge: open again at full speed
  road_slowed,        ///< edge: speed factor = amount
  levee_work,         ///< village by the levee: sandbags needed
  pumping_work,       ///< village: water to pump out (m³)
  line_down,          ///< town: more distribution spans down (repair jobs)
  power_cut,          ///< town: users without power now (total)
  stranded,           ///< edge: more travellers stranded on it
  structure_collapse, ///< village: greenhouses, sheds and weak roofs collapsed
  cold_exposure,      ///< town: people without heating now (total)
  bridge_damaged,     ///< town: bridges out of use (jobs for bridge teams)
  gas_leak,           ///< town: gas leaks (jobs for gas teams)
  indicator,          ///< district: world::Indicator `where` takes value `amount`
};
inline constexpr int kImpactKinds = 19;

std::string_view to_string(ImpactKind k);

struct Impact {
  std::int64_t at_s = 0;     ///< seconds after the scenario start
  ImpactKind kind = ImpactKind::displaced;
  std::uint8_t detail = 0;
  std::uint32_t where = 0;   ///< village, edge, town or indicator index, by kind
  double amount = 0;
};

/// One parameter as this replication drew it.
struct DrawnValue {
  std::string field;
  double value = 0;    ///< drawn (the nominal value in replication 0)
  double nominal = 0;  ///< mean, mode, midpoint or most likely choice
  double lo = 0, hi = 0;  ///< the values the distribution can give
  world::Distribution::Kind kind{};
  std::string source;
};

/// What a hazard model produces for one scenario and seed.
struct HazardResult {
  std::string field_name;   ///< the hazard field per village: "intensity", "depth_m", "ice_mm", ...
  std::int64_t field_step_s = 0;  ///< time between field rows; 0: one static row
  std::vector<std::vector<double>> field;  ///< [row][village]
  std::vector<Impact> impacts;  ///< ordered by time, then by the order the model made them
  std::vector<DrawnValue> drawn;  ///< the spread parameters as this replication drew them

  /// The field at time t (the last row at or before t).
  const std::vector<double>& field_at(std::int64_t t_s) const;
};

}  // namespace ttx::hazard
