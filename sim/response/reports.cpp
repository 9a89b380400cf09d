#include "sim/response/reports.h"

#include <algorithm>
#include <cmath>

namespace ttx::response {

std::vector<Arrival> report_arrivals(const world::World& w, const hazard::HazardResult& truth, core::Rng& reports) {
  using hazard::ImpactKind;
  const world::Reporting& r = w.reporting;
  const core::KeyedUniforms u(reports);
  // A shifted exponential: never faster than `at_least`, with the given mean.
  auto delay_s = [](double mean_min, double at_least_min, double uniform) {
    return (at_least_min - (mean_min - at_least_min) * std::log1p(-uniform)) * 60.0;
  };

  // Every impact becomes one or two arrivals at the district.
  std::vector<Arrival> arrivals;
  for (std::size_t k = 0; k < truth.impacts.size(); ++k) {
    hazard::Impact i = truth.impacts[k];
    switch (i.kind) {
      case ImpactKind::indicator:
      case ImpactKind::levee_work:
      case ImpactKind::pumping_work:
      case ImpactKind::line_down:
      case ImpactKind::bridge_damaged:
      case ImpactKind::gas_leak:
      case ImpactKind::power_cut:      // the grid company's dispatch
      case ImpactKind::stranded:       // the expressway traffic police
      case ImpactKind::cold_exposure:  // the towns' checks on homes without heating
        i.at_s += static_cast<std::int64_t>(std::llround(r.indicator_delay_min * 60));
        arrivals.push_back({k, i});
        break;
      case ImpactKind::killed:
      case ImpactKind::displaced:
      case ImpactKind::houses_damaged:
      case ImpactKind::trapped:
      case ImpactKind::injured: {
        const double chain_s = delay_s(r.village_to_town_min, r.village_to_town_at_least_min, u(0, k)) +
                               delay_s(r.town_to_district_min, r.town_to_district_at_least_min, u(1, k));
        const double first = std::floor(i.amount * r.first_count_share + u(2, k));  // whole people, unbiased
        hazard::Impact early = i, late = i;
        early.at_s += static_cast<std::int64_t>(std::llround(chain_s));
        early.amount = std::min(first, i.amount);
        late.at_s = early.at_s + static_cast<std::int64_t>(std::llround(r.verified_after_h * 3600));
        late.amount = i.amount - early.amount;
        if (early.amount > 0) arrivals.push_back({k, early});
        if (late.amount > 0) arrivals.push_back({k, late});
        break;
      }
      default: break;  // roads, lines and jobs reach command as tasks
    }
  }
  std::stable_sort(arrivals.begin(), arrivals.end(),
                   [](const auto& a, const auto& b) { return a.reported.at_s < b.reported.at_s; });
  return arrivals;
}

std::vector<PictureAt> picture_timeline(const std::vector<Arrival>& arrivals) {
  std::vector<PictureAt> out;
  KnownPicture picture;
  for (std::size_t k = 0; k < arrivals.size(); ++k) {
    const std::int64_t at_s = arrivals[k].reported.at_s;
    apply(picture, arrivals[k].reported);
    const bool last_at_this_time = k + 1 == arrivals.size() || arrivals[k + 1].reported.at_s != at_s;
    if (last_at_this_time && (out.empty() || !(out.back().picture == picture))) out.push_back({at_s, picture});
  }
  return out;
}

std::vector<PictureAt> reported_picture(const world::World& w, const hazard::HazardResult& truth, core::Rng& reports) {
  return picture_timeline(report_arrivals(w, truth, reports));
}

}  // namespace ttx::response
