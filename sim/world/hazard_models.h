// District-level parameters of the hazard models (scenarios/haimen/hazard_models.yaml):
// the relations of docs/sources.md with their coefficients, each tagged in the data.
// Event-specific parameters (magnitude, rain, ...) are in the scenario, hazard_params.h.
#pragma once

#include <array>
#include <string>
#include <vector>

namespace ttx::world {

/// I = a + b·Ms + c·log10(R + r0_km) along one axis of the intensity ellipse.
struct AttenuationAxis {
  double a = 0, b = 0, c = 0, r0_km = 0;
};

struct AttenuationRegion {
  std::string id;
  AttenuationAxis long_axis, short_axis;
  double sigma = 0;  ///< standard deviation of intensity
};

inline constexpr int kBuildingClasses = 2;  ///< 0 rural masonry, 1 RC frame
inline constexpr int kDamageStates = 5;     ///< none, slight, moderate, severe, destroyed
inline constexpr int kDamageRows = 5;       ///< intensity VI .. X

/// Outcome probabilities at intensities VI..X, one row per integer intensity.
using IntensityTable = std::array<double, kDamageRows>;

struct EarthquakeModel {
  std::vector<AttenuationRegion> regions;
  std::string default_region;
  /// damage[class][row][state], rows VI..X; interpolated linearly between rows.
  std::array<std::array<std::array<double, kDamageStates>, kDamageRows>, kBuildingClasses> damage{};
  double damage_free_intensity = 5;  ///< at or below this intensity nothing is damaged
  /// A scenario's epicentre must lie within this distance of the district's extent, km.
  double epicentre_within_km = 500;
  /// casualty_pct[class][k][severity 1..4] for k = slight, moderate, severe,
  /// destroyed without collapse, collapse; percent of occupants.
  std::array<std::array<std::array<double, 4>, 5>, kBuildingClasses> casualty_pct{};
  std::array<double, kBuildingClasses> collapse_given_destroyed{};
  double indoor_share_night = 0.99, indoor_share_day = 0.6;
  double day_start_hour = 7, day_end_hour = 19;
  std::array<double, kBuildingClasses> trapped_share_collapsed{};  ///< of occupants of collapsed buildings
  double trapped_share_destroyed = 0.05;  ///< of occupants of destroyed, not collapsed
  double heavy_share = 0.3;               ///< of the trapped: need heavy (fire-rescue) equipment
  double displaced_share_moderate = 0.3;  ///< residents of moderately damaged houses who leave
  std::vector<double> survival_h, survival_share;  ///< trapped survival by hour of extraction (log-linear)
  double survival_factor_heavy_or_winter = 0.5;
  IntensityTable road_closure_probability{};  ///< per road edge, by the higher end's intensity
  double bridges_per_town = 0;
  IntensityTable bridge_damage_probability{};
  IntensityTable gas_leaks_per_10k_people{};
  /// USGS PAGER empirical fatality model, China row: ν(I) = Φ(ln(I/θ)/β), lognormal σ ζ.
  double pager_theta = 10.3288, pager_beta = 0.10006, pager_zeta = 2.013;
};

struct RainstormCriterion {
  double mm = 0, hours = 0;  ///< at least `mm` within `hours`
};

struct FloodModel {
  double drainage_mm_h = 30;          ///< rain above this ponds
  double ponding_factor = 1;          ///< runoff gathered on low ground, per mm of excess rain
  double drain_m_per_h = 0.02;        ///< recession by pumps and channels
  double front_speed_km_h = 1;        ///< breach water along the low ground
  double max_reach_km = 10;           ///< breach water does not go further
  std::vector<double> depth_damage_m, depth_damage;  ///< JRC Asia residential curve
  double uninhabitable_damage = 0.5;  ///< JRC loss fraction above which a house cannot be lived in (not collapse)
  /// Collapse: in the breach zone where h·v >= collapse_hv_m2_s and v >= collapse_min_velocity_m_s;
  /// elsewhere masonry by a lognormal fragility in still-water depth.
  double breach_zone_km = 1, breach_velocity_m_s = 2.5, collapse_hv_m2_s = 7, collapse_min_velocity_m_s = 2;
  double collapse_depth_median_m = 3, collapse_depth_beta = 0.4;
  double injured_share_exposed = 0.02;  ///< of the people caught by the water
  double relocate_depth_m = 0.5;      ///< households leave above this indoor depth
  double boat_rescue_depth_m = 1.0;   ///< people still at home need a boat above this
  double flooded_area_share = 0.3;    ///< share of a village's area under water (pumping volume)
  double levee_freeboard_m = 0.3;     ///< sandbags raise the reach this far above the highest water
  double depth_report_step_m = 0.05;  ///< a village's water depth is reported when it changes this much
  double rapid_rise_m_h = 0.5, rapid_depth_m = 2.1;  ///< Jonkman 2008 zones
  double rapid_mu = 1.46, rapid_sigma = 0.28, other_mu = 7.60, other_sigma = 2.75;
  std::array<RainstormCriterion, 4> rainstorm{};  ///< blue, yellow, orange, red
};

struct FreezingModel {
  double ice_ratio = 0.28, ice_ratio_windy = 0.40;  ///< radial ice / freezing rain
  double windy_m_s = 5, windy_below_c = -2;
  double design_ice_mm = 10, fragility_median_factor = 2, fragility_beta = 0.4;
  double spans_per_1000_people = 10;
  double users_per_span = 20;
  double spatial_cv = 0.2;                 ///< town-to-town variation of ice
  double expressway_close_ice_mm = 5;      ///< road glaze at which the expressway closes
  double heavy_snow_mm_h = 1;              ///< snowfall (water equivalent) counted as heavy on the expressway
  double stranded_per_closed_h = 100;      ///< travellers caught per hour of closure
  double thaw_above_c = 1;                 ///< roads recover above this with no precipitation
  double weak_structures_per_1000_people = 5;
  double snow_load_median_mm = 30, snow_load_beta = 0.5;  ///< water equivalent
  double dwelling_share_of_collapses = 0;  ///< of the fallen weak structures: lived-in homes (their households are displaced)
  double cold_below_c = 0;
  double cold_need_share = 0.5;            ///< people without power who need quilts and heating
};

struct HazardModels {
  double persons_per_household = 2.8;  ///< households from population
  EarthquakeModel earthquake;
  FloodModel flood;
  FreezingModel freezing;
  bool loaded = false;
};

}  // namespace ttx::world
