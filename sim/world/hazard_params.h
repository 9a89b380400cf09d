// A scenario's hazard: its type and the event's own parameters.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <variant>
#include <vector>

namespace ttx::world {

/// A warning issued by the meteorological service during the scenario.
struct WarningEvent {
  std::int64_t at_s = 0;
  std::string kind;  ///< typhoon, rainstorm, road_icing, blizzard, cold_wave
  int colour = 0;    ///< 1 blue, 2 yellow, 3 orange, 4 red
};

struct Aftershock {
  double at_h = 0, magnitude = 0;
};

struct EarthquakeParams {
  double magnitude = 0;                ///< surface-wave magnitude Ms
  double lat = 0, lon = 0;             ///< epicentre
  double strike_deg = std::numeric_limits<double>::quiet_NaN();  ///< NaN: circular field
  std::string region;                  ///< attenuation region; empty: the district's default
  double hour_of_day = 2;              ///< clock time of the shock (occupancy)
  bool sigma_draw = false;             ///< draw the ±σ event term from the hazard stream
  std::vector<Aftershock> aftershocks;
};

struct FloodParams {
  std::vector<double> rain_mm_h;       ///< hourly, from T+0
  std::vector<double> outside_level_m; ///< hourly water level at the defences (废黄河 datum)
  double warning_level_m = 0, guaranteed_level_m = 0;  ///< river gauge levels
  double reach_lat = 0, reach_lon = 0; ///< the threatened levee reach
  double reach_length_m = 0;           ///< its length
  double levee_watch_level_m = 0;      ///< sandbagging starts above this
  double levee_crest_m = 0;            ///< crest of the reach: sandbags raise it above the water to come
  bool breach = false;                 ///< the reach may breach
  double breach_at_h = -1;             ///< < 0: drawn from the fragility below
  double breach_median_level_m = 0, breach_beta = 0.1;
  bool breach_on_yangtze = false;
  double rain_factor = 1;              ///< multiplies rain_mm_h (the rain total)
  double surge_offset_m = 0;           ///< added to outside_level_m (a higher or lower surge)
  double refuse_to_leave_share = 0.1;  ///< residents who refuse an evacuation order (the response plays the rest)
  std::vector<WarningEvent> warnings;  ///< typhoon warnings (rainstorm ones follow the rain)
};

struct FreezingParams {
  std::vector<double> freezing_rain_mm_h, snow_mm_h, temp_c, wind_m_s;  ///< hourly
  double freezing_rain_factor = 1;     ///< multiplies freezing_rain_mm_h (the ice amount)
  std::vector<WarningEvent> warnings;
};

struct IncidentParams {
  double incidents_per_h = 0;
  double share_trapped = 0, share_injured = 0, share_relief = 0;
  double max_people = 5;               ///< people per incident, uniform 1..max
};

using HazardParams = std::variant<std::monostate, EarthquakeParams, FloodParams, FreezingParams, IncidentParams>;

}  // namespace ttx::world
