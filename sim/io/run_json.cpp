#include "sim/io/run_json.h"

#include <cstdio>

#include <nlohmann/json.hpp>

namespace ttx::io {

namespace {

using Json = nlohmann::ordered_json;

// Hours as numbers, "never" as null.
Json hours(double h) { return h < 0 ? Json(nullptr) : Json(h); }

Json part(const score::Part& p) {
  Json figures = Json::object();
  for (const auto& f : p.figures) {
    if (f.target < 0) {
      figures[f.id] = f.value;
    } else {
      figures[f.id] = {{"value", f.value}, {"target", f.target}, {"met", f.met}};
    }
  }
  return {{"score", p.score}, {"rating", std::string(1, static_cast<char>(p.rating))}, {"applies", p.applies},
          {"figures", figures}};
}

}  // namespace

std::string run_json(const score::RunSummary& s, const score::Scorecard& c) {
  const score::DistrictFigures& d = s.district;
  Json j;
  j["scenario"] = {{"id", s.scenario_id}, {"name_zh", s.scenario_name_zh}, {"name_en", s.scenario_name_en},
                   {"seed", s.seed},      {"replication", s.replication},  {"duration_h", s.duration_h},
                   {"ended_h", s.ended_h}};
  j["summary"] = {{"trapped", d.trapped},
                  {"rescued_alive", d.rescued_alive},
                  {"rescued_by_community", d.rescued_by_community},
                  {"rescued_by_teams", d.rescued_by_teams},
                  {"rescued_alive_within_24h", d.rescued_alive_within_24h},
                  {"rescued_dead", d.rescued_dead},
                  {"died_waiting", d.died_waiting},
                  {"still_trapped", d.still_trapped},
                  {"missing", d.missing},
                  {"killed", d.killed},
                  {"injured_serious", d.injured_serious},
                  {"treated_in_time", d.treated_in_time},
                  {"treated_late", d.treated_late},
                  {"to_hospital", d.to_hospital},
                  {"displaced", d.displaced},
                  {"evacuated_before_impact", d.evacuated_before_impact},
                  {"caught_at_home", d.caught_at_home},
                  {"sheltered", d.sheltered},
                  {"with_relatives", d.with_relatives},
                  {"unsheltered", d.unsheltered},
                  {"sheltered_other_towns", d.sheltered_other_towns},
                  {"supplied", d.supplied},
                  {"relief_target_h", hours(s.relief_target_h)},
                  {"relief_within_target", d.relief_within_target},
                  {"unmet_person_h", d.unmet_person_h},
                  {"units", d.units},
                  {"units_mobilised", d.units_mobilised},
                  {"unit_hours_worked", d.unit_hours_worked},
                  {"unit_hours_on_duty", d.unit_hours_on_duty},
                  {"unit_hours_travelling", d.unit_hours_travelling},
                  {"spans_down", d.spans_down},
                  {"spans_restored", d.spans_restored},
                  {"bags_needed", d.bags_needed},
                  {"levee_bags", d.levee_bags},
                  {"bridges_damaged", d.bridges_damaged},
                  {"bridges_reopened", d.bridges_reopened},
                  {"gas_leaks", d.gas_leaks},
                  {"leaks_made_safe", d.leaks_made_safe},
                  {"orders", d.orders},
                  {"orders_delivered", d.orders_delivered},
                  {"orders_never_granted", d.orders_never_granted},
                  {"request_to_delivery_mean_h", hours(d.request_to_delivery_mean_h)},
                  {"orders_short_of_stock", s.stockouts},
                  {"reserve_activated_h", hours(s.reserve_activated_h)}};
  Json towns = Json::array();
  for (const auto& t : s.towns) {
    towns.push_back({{"id", t.id},
                     {"name_zh", t.name_zh},
                     {"name_en", t.name_en},
                     {"first_displaced_h", hours(t.first_displaced_h)},
                     {"first_unit_h", hours(t.first_unit_h)},
                     {"first_relief_h", hours(t.first_relief_h)},
                     {"first_relief_after_displacement_h", hours(t.first_relief_after_displacement_h)},
                     {"displaced", t.displaced},
                     {"sheltered", t.sheltered},
                     {"shelter_places", t.shelter_places},
                     {"supplied", t.supplied},
                     {"evacuated_before_impact", t.evacuated_before_impact},
                     {"sheltered_other_towns", t.sheltered_other_towns},
                     {"hosted", t.hosted},
                     {"rescued_by_community", t.rescued_by_community},
                     {"rescued_by_teams", t.rescued_by_teams},
                     {"unmet_person_h", t.unmet_person_h},
                     {"relief_within_target", t.relief_within_target},
                     {"relief_within_target_share", t.relief_within_target_share < 0 ? Json(nullptr) : Json(t.relief_within_target_share)}});
  }
  j["towns"] = towns;
  Json categories = Json::array();
  for (const auto& k : s.categories) {
    categories.push_back({{"id", k.id},
                          {"name_zh", k.name_zh},
                          {"name_en", k.name_en},
                          {"unit", k.unit},
                          {"orders", k.orders},
                          {"requested", k.requested},
                          {"granted", k.granted},
                          {"delivered", k.delivered},
                          {"in_stock_at_end", k.in_stock_at_end},
                          {"fill_rate", k.fill_rate},
                          {"orders_never_granted", k.orders_never_granted},
                          {"first_load_h", hours(k.first_load_h)},
                          {"first_delivery_h", hours(k.first_delivery_h)},
                          {"request_to_load_p50_h", hours(k.request_to_load_p50_h)},
                          {"request_to_delivery_p50_h", hours(k.request_to_delivery_p50_h)},
                          {"request_to_delivery_p90_h", hours(k.request_to_delivery_p90_h)},
                          {"ran_out_h", hours(k.ran_out_h)}});
  }
  j["categories"] = categories;
  Json levels = Json::array();
  for (const auto& l : s.levels) levels.push_back({{"plan", l.plan}, {"level", l.level}, {"at_h", l.at_h}, {"reason", l.reason}});
  j["levels"] = levels;
  Json deadlines = Json::array();
  for (const auto& dl : s.deadlines) {
    deadlines.push_back({{"target", dl.target}, {"limit_h", dl.limit_h}, {"from_h", hours(dl.from_s < 0 ? -1 : dl.from_s / 3600.0)},
                         {"hours", hours(dl.hours())}, {"status", std::string(score::to_string(dl.status))}});
  }
  j["deadlines"] = deadlines;
  j["scorecard"] = {{"overall", c.overall},
                    {"rating", std::string(1, static_cast<char>(c.rating))},
                    {"life_safety", part(c.life_safety)},
                    {"timeliness", part(c.timeliness)},
                    {"sufficiency", part(c.sufficiency)},
                    {"compliance", part(c.compliance)},
                    {"efficiency", part(c.efficiency)}};
  Json series = Json::array();
  for (const auto& p : s.series) {
    series.push_back({{"at_h", p.at_h},
                      {"still_trapped", p.still_trapped},
                      {"rescued_alive", p.rescued_alive},
                      {"units_on_task", p.units_on_task},
                      {"life_saving_worked", p.life_saving_worked},
                      {"displaced", p.displaced},
                      {"supplied", p.supplied}});
  }
  j["series"] = series;
  char fp[20];
  std::snprintf(fp, sizeof fp, "%016llx", static_cast<unsigned long long>(s.fingerprint));
  j["fingerprint"] = fp;
  return j.dump(2) + "\n";
}

}  // namespace ttx::io
