#include "sim/score/hazard_facts.h"

#include <algorithm>
#include <numeric>

namespace ttx::score {

namespace {

double sum(const std::vector<double>& v) { return std::accumulate(v.begin(), v.end(), 0.0); }
double peak(const std::vector<double>& v) { return v.empty() ? 0 : *std::max_element(v.begin(), v.end()); }
double peak_hour(const std::vector<double>& v) {
  return v.empty() ? -1 : static_cast<double>(std::max_element(v.begin(), v.end()) - v.begin());
}

struct Facts {
  std::vector<HazardFact> out;
  void operator()(const std::monostate&) {}
  void operator()(const world::EarthquakeParams& e) {
    out = {{"magnitude", e.magnitude}, {"epicentre_lat", e.lat}, {"epicentre_lon", e.lon}, {"hour_of_day", e.hour_of_day},
           {"aftershocks", static_cast<double>(e.aftershocks.size())}};
  }
  void operator()(const world::FloodParams& f) {
    out = {{"rain_total_mm", sum(f.rain_mm_h)},
           {"rain_peak_mm_h", peak(f.rain_mm_h)},
           {"water_level_peak_m", peak(f.outside_level_m)},
           {"water_level_peak_h", peak_hour(f.outside_level_m)},
           {"guaranteed_level_m", f.guaranteed_level_m}};
    if (f.breach) out.push_back({"breach_at_h", f.breach_at_h});  // < 0: drawn during the run
  }
  void operator()(const world::FreezingParams& f) {
    out = {{"freezing_rain_total_mm", sum(f.freezing_rain_mm_h)},
           {"snow_total_mm", sum(f.snow_mm_h)},
           {"temp_min_c", f.temp_c.empty() ? 0 : *std::min_element(f.temp_c.begin(), f.temp_c.end())},
           {"wind_peak_m_s", peak(f.wind_m_s)}};
  }
  void operator()(const world::IncidentParams& i) {
    out = {{"incidents_per_h", i.incidents_per_h}, {"max_people", i.max_people}};
  }
};

}  // namespace

std::vector<HazardFact> hazard_facts(const world::Scenario& scenario) {
  Facts f;
  std::visit(f, scenario.hazard);
  return f.out;
}

}  // namespace ttx::score
