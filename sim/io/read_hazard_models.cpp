// hazard_models.yaml: the coefficients of the hazard models, each tagged.
#include <algorithm>
#include <cmath>

#include <tuple>

#include "sim/io/load_context.h"

namespace ttx::io {

using namespace ranges;

namespace {

const char* kRows[world::kDamageRows] = {"VI", "VII", "VIII", "IX", "X"};
const char* kClasses[world::kBuildingClasses] = {"masonry", "rc"};

template <std::size_t N>
void copy_list(const std::vector<double>& v, std::array<double, N>& out) {
  for (std::size_t i = 0; i < N && i < v.size(); ++i) out[i] = v[i];
}

void read_axis(YamlMap& m, std::string_view key, world::AttenuationAxis& axis) {
  const auto v = m.quantity_list(key, Range{-100, 100}, 4);
  if (v.size() == 4) axis = {v[0], v[1], v[2], v[3]};
  if (v.size() == 4 && (v[2] >= 0 || v[3] <= 0)) m.error(key, "expected [A, B, C, R0_km] with C < 0 and R0_km > 0");
}

void read_earthquake(LoadContext& ctx, YamlMap& top) {
  YamlMap m(top.file(), top.child("earthquake"), top.field("earthquake"));
  if (!m.ok()) return;
  world::EarthquakeModel& e = ctx.world.hazard_models.earthquake;
  e.default_region = m.id("default_region");
  for_each_record(m, "regions", [&](YamlMap& r) {
    world::AttenuationRegion region;
    region.id = record_id(ctx, r);
    read_axis(r, "long_axis", region.long_axis);
    read_axis(r, "short_axis", region.short_axis);
    region.sigma = r.quantity("sigma", Range{0, 3});
    r.finish();
    e.regions.push_back(region);
  });
  const bool known_default = std::any_of(e.regions.begin(), e.regions.end(),
                                         [&](const auto& r) { return r.id == e.default_region; });
  if (!e.default_region.empty() && !known_default) m.error("default_region", "no region with this id in regions");
  e.damage_free_intensity = m.quantity("damage_free_intensity", Range{1, 6});
  e.epicentre_within_km = m.quantity("epicentre_within_km", Range{1, 5000}, false, e.epicentre_within_km);
  YamlMap damage(top.file(), m.child("damage"), m.field("damage"));
  YamlMap casualties(top.file(), m.child("casualty_pct"), m.field("casualty_pct"));
  static const char* kCasualtyStates[5] = {"slight", "moderate", "severe", "destroyed", "collapse"};
  for (int c = 0; c < world::kBuildingClasses; ++c) {
    YamlMap d(top.file(), damage.child(kClasses[c]), damage.field(kClasses[c]));
    for (int row = 0; row < world::kDamageRows; ++row) {
      const auto p = d.quantity_list(kRows[row], kShare, world::kDamageStates);
      copy_list(p, e.damage[c][row]);
      double sum = 0;
      for (double x : p) sum += x;
      if (!p.empty() && std::abs(sum - 1.0) > 0.011) {
        d.error_at(d.child(kRows[row]), kRows[row], "probabilities of the five damage states must add up to 1");
      }
    }
    d.finish();
    YamlMap k(top.file(), casualties.child(kClasses[c]), casualties.field(kClasses[c]));
    for (int s = 0; s < 5; ++s) copy_list(k.quantity_list(kCasualtyStates[s], Range{0, 100}, 4), e.casualty_pct[c][s]);
    k.finish();
  }
  damage.finish();
  casualties.finish();
  copy_list(m.quantity_list("collapse_given_destroyed", kShare, 2), e.collapse_given_destroyed);
  e.indoor_share_night = m.quantity("indoor_share_night", kShare);
  e.indoor_share_day = m.quantity("indoor_share_day", kShare);
  e.day_start_hour = m.quantity("day_start_hour", kHourOfDay);
  e.day_end_hour = m.quantity("day_end_hour", kHourOfDay);
  copy_list(m.quantity_list("trapped_share_collapsed", kShare, 2), e.trapped_share_collapsed);
  e.trapped_share_destroyed = m.quantity("trapped_share_destroyed", kShare);
  e.heavy_share = m.quantity("heavy_share", kShare);
  e.displaced_share_moderate = m.quantity("displaced_share_moderate", kShare);
  e.survival_h = m.quantity_list("survival_h", Range{0, 10000});
  e.survival_share = m.quantity_list("survival_share", Range{1e-6, 1});
  if (e.survival_h.size() != e.survival_share.size()) m.error("survival_share", "needs one value per survival_h");
  for (std::size_t i = 1; i < e.survival_h.size(); ++i) {
    if (e.survival_h[i] <= e.survival_h[i - 1]) m.error("survival_h", "hours must increase");
    if (i < e.survival_share.size() && e.survival_share[i] > e.survival_share[i - 1]) m.error("survival_share", "survival cannot rise with time");
  }
  e.survival_factor_heavy_or_winter = m.quantity("survival_factor_heavy_or_winter", kShare);
  copy_list(m.quantity_list("road_closure_probability", kShare, 5), e.road_closure_probability);
  e.bridges_per_town = m.quantity("bridges_per_town", Range{0, 10000});
  copy_list(m.quantity_list("bridge_damage_probability", kShare, 5), e.bridge_damage_probability);
  copy_list(m.quantity_list("gas_leaks_per_10k_people", Range{0, 1000}, 5), e.gas_leaks_per_10k_people);
  const auto pager = m.quantity_list("pager_china", Range{0.001, 100}, 3);
  if (pager.size() == 3) e.pager_theta = pager[0], e.pager_beta = pager[1], e.pager_zeta = pager[2];
  m.finish();
}

void read_flood(LoadContext& ctx, YamlMap& top) {
  YamlMap m(top.file(), top.child("flood"), top.field("flood"));
  if (!m.ok()) return;
  world::FloodModel& f = ctx.world.hazard_models.flood;
  f.drainage_mm_h = m.quantity("drainage_mm_h", Range{0, 500});
  f.ponding_factor = m.quantity("ponding_factor", Range{0, 100});
  f.drain_m_per_h = m.quantity("drain_m_per_h", Range{0, 5});
  f.front_speed_km_h = m.quantity("front_speed_km_h", Range{0.01, 100});
  f.max_reach_km = m.quantity("max_reach_km", Range{0, 500});
  f.depth_damage_m = m.quantity_list("depth_damage_m", Range{0, 100});
  f.depth_damage = m.quantity_list("depth_damage", kShare);
  if (f.depth_damage_m.size() != f.depth_damage.size()) m.error("depth_damage", "needs one value per depth_damage_m");
  for (std::size_t i = 1; i < f.depth_damage_m.size(); ++i) {
    if (f.depth_damage_m[i] <= f.depth_damage_m[i - 1]) m.error("depth_damage_m", "depths must increase");
  }
  f.uninhabitable_damage = m.quantity("uninhabitable_damage", kShare);
  f.breach_zone_km = m.quantity("breach_zone_km", Range{0, 50});
  f.breach_velocity_m_s = m.quantity("breach_velocity_m_s", Range{0, 20});
  const auto hv = m.quantity_list("collapse_hv_v", Range{0, 100}, 2);
  if (hv.size() == 2) f.collapse_hv_m2_s = hv[0], f.collapse_min_velocity_m_s = hv[1];
  const auto still = m.quantity_list("collapse_depth_median_beta", Range{0.01, 50}, 2);
  if (still.size() == 2) f.collapse_depth_median_m = still[0], f.collapse_depth_beta = still[1];
  f.injured_share_exposed = m.quantity("injured_share_exposed", kShare);
  f.relocate_depth_m = m.quantity("relocate_depth_m", Range{0, 10});
  f.boat_rescue_depth_m = m.quantity("boat_rescue_depth_m", Range{0, 10});
  f.flooded_area_share = m.quantity("flooded_area_share", kShare);
  f.levee_freeboard_m = m.quantity("levee_freeboard_m", Range{0, 5});
  f.depth_report_step_m = m.quantity("depth_report_step_m", Range{0.001, 5});
  f.rapid_rise_m_h = m.quantity("rapid_rise_m_h", Range{0, 10});
  f.rapid_depth_m = m.quantity("rapid_depth_m", Range{0, 20});
  const auto rapid = m.quantity_list("rapid_mu_sigma", Range{-20, 20}, 2);
  const auto other = m.quantity_list("other_mu_sigma", Range{-20, 20}, 2);
  if (rapid.size() == 2) f.rapid_mu = rapid[0], f.rapid_sigma = rapid[1];
  if (other.size() == 2) f.other_mu = other[0], f.other_sigma = other[1];
  YamlMap rain(top.file(), m.child("rainstorm_criteria"), m.field("rainstorm_criteria"));
  static const char* kColours[4] = {"blue", "yellow", "orange", "red"};
  for (int c = 0; c < 4; ++c) {
    const auto v = rain.quantity_list(kColours[c], Range{0.1, 1000}, 2);
    if (v.size() == 2) f.rainstorm[c] = {v[0], v[1]};
  }
  rain.finish();
  m.finish();
}

void read_freezing(LoadContext& ctx, YamlMap& top) {
  YamlMap m(top.file(), top.child("freezing_rain"), top.field("freezing_rain"));
  if (!m.ok()) return;
  world::FreezingModel& z = ctx.world.hazard_models.freezing;
  z.ice_ratio = m.quantity("ice_ratio", Range{0, 2});
  z.ice_ratio_windy = m.quantity("ice_ratio_windy", Range{0, 2});
  z.windy_m_s = m.quantity("windy_m_s", Range{0, 100});
  z.windy_below_c = m.quantity("windy_below_c", Range{-50, 10});
  z.design_ice_mm = m.quantity("design_ice_mm", Range{0.1, 200});
  z.fragility_median_factor = m.quantity("fragility_median_factor", Range{0.1, 20});
  z.fragility_beta = m.quantity("fragility_beta", Range{0.01, 5});
  z.spans_per_1000_people = m.quantity("spans_per_1000_people", Range{0, 10000});
  z.users_per_span = m.quantity("users_per_span", Range{0, 10000});
  z.spatial_cv = m.quantity("spatial_cv", Range{0, 2});
  z.expressway_close_ice_mm = m.quantity("expressway_close_ice_mm", Range{0.01, 200});
  z.heavy_snow_mm_h = m.quantity("heavy_snow_mm_h", Range{0.01, 200});
  z.stranded_per_closed_h = m.quantity("stranded_per_closed_h", Range{0, 1e5});
  z.thaw_above_c = m.quantity("thaw_above_c", Range{-20, 20});
  z.weak_structures_per_1000_people = m.quantity("weak_structures_per_1000_people", Range{0, 1000});
  z.snow_load_median_mm = m.quantity("snow_load_median_mm", Range{0.1, 1000});
  z.snow_load_beta = m.quantity("snow_load_beta", Range{0.01, 5});
  z.cold_below_c = m.quantity("cold_below_c", Range{-50, 20});
  z.cold_need_share = m.quantity("cold_need_share", kShare);
  m.finish();
}

}  // namespace

void read_reporting(LoadContext& ctx, YamlMap& top) {
  if (!top.has("reporting") || !ctx.claim_section("reporting", located(top, "reporting"))) return;
  YamlMap m(top.file(), top.child("reporting"), "reporting");
  if (!m.ok()) return;
  world::Reporting& r = ctx.world.reporting;
  r.village_to_town_min = m.quantity("village_to_town_min", Range{0, 10000});
  r.town_to_district_min = m.quantity("town_to_district_min", Range{0, 10000});
  r.village_to_town_at_least_min = m.quantity("village_to_town_at_least_min", Range{0, 10000});
  r.town_to_district_at_least_min = m.quantity("town_to_district_at_least_min", Range{0, 10000});
  // A link's floor cannot exceed its mean delay.
  for (const auto& [floor, floor_key, mean, mean_key] :
       {std::tuple{r.village_to_town_at_least_min, "village_to_town_at_least_min", r.village_to_town_min, "village_to_town_min"},
        std::tuple{r.town_to_district_at_least_min, "town_to_district_at_least_min", r.town_to_district_min, "town_to_district_min"}}) {
    if (floor > mean) m.error_at(m.child(floor_key, false), floor_key, std::string("is more than the mean ") + mean_key);
  }
  r.first_count_share = m.quantity("first_count_share", kShare);
  r.verified_after_h = m.quantity("verified_after_h", kHours);
  r.indicator_delay_min = m.quantity("indicator_delay_min", Range{0, 10000});
  m.finish();
  r.loaded = true;
}

void read_doctrine(LoadContext& ctx, YamlMap& top) {
  if (!top.has("doctrine") || !ctx.claim_section("doctrine", located(top, "doctrine"))) return;
  YamlMap m(top.file(), top.child("doctrine"), "doctrine");
  if (!m.ok()) return;
  world::Doctrine& d = ctx.world.doctrine;
  d.order_round_h = m.quantity("order_round_h", Range{0.1, 48});
  d.backlog_for_more_units_h = m.quantity("backlog_for_more_units_h", Range{0.1, 1000});
  d.min_work_in_shift_h = m.quantity("min_work_in_shift_h", Range{0, 24});
  d.treatment_window_h_severity_2 = m.quantity("treatment_window_h_severity_2", kHours);
  d.treatment_window_h_severity_3 = m.quantity("treatment_window_h_severity_3", kHours);
  d.cut_off_speed_factor = m.quantity("cut_off_speed_factor", Range{0.01, 1});
  d.relay_min_people = m.quantity("relay_min_people", Range{0, 1000}, false, 0);
  if (m.has("duty_team_types")) d.duty_team_types = read_ref_list(ctx, m, "duty_team_types", RefKind::team_type);
  if (m.has("freezing")) {
    YamlMap f(m.file(), m.child("freezing"), m.field("freezing"));
    if (f.ok()) {
      auto& z = d.freezing;
      z.critical_feeder_spans = f.quantity("critical_feeder_spans", Range{0, 1000});
      z.water_works_per_town = f.quantity("water_works_per_town", Range{0, 100});
      z.generator_item = f.text("generator_item");
      ctx.refer(RefKind::item, z.generator_item, located(f, "generator_item"));
      z.service_area_town = f.text("service_area_town");
      ctx.refer(RefKind::town, z.service_area_town, located(f, "service_area_town"));
      z.deicing_passes = f.quantity("deicing_passes", Range{1, 10});
      z.cold_relief_share = f.quantity("cold_relief_share", Range{0, 1});
      z.cold_relief = read_quantity_map(f, "cold_relief", Range{0, 10});
      for (const auto& [item, per] : z.cold_relief) ctx.refer(RefKind::item, item, located(f, "cold_relief"));
      z.traveller_relief = read_quantity_map(f, "traveller_relief", Range{0, 10});
      for (const auto& [item, per] : z.traveller_relief) ctx.refer(RefKind::item, item, located(f, "traveller_relief"));
    }
    f.finish();
  }
  m.finish();
  d.loaded = true;
}

void read_hazard_models(LoadContext& ctx, YamlMap& top) {
  if (!top.has("hazard_models") || !ctx.claim_section("hazard_models", located(top, "hazard_models"))) return;
  YamlMap m(top.file(), top.child("hazard_models"), "hazard_models");
  if (!m.ok()) return;
  ctx.world.hazard_models.persons_per_household = m.quantity("persons_per_household", Range{1, 20});
  read_earthquake(ctx, m);
  read_flood(ctx, m);
  read_freezing(ctx, m);
  m.finish();
  ctx.world.hazard_models.loaded = true;
}

}  // namespace ttx::io
