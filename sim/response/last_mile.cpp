// The last mile: relief trucked to a town's transfer point is cross-docked there, then
// carried by the town's own vans and tractors to its shelters (by the town centre) and
// its villages, and handed out. Only then is it received: "supplied" counts people who
// have it, as the national relief plan's 10-hour target does (受灾群众基本生活得到初步救助).
//
// The displaced in shelters get their share after the cross-dock and a shelter's
// hand-out; those with relatives or without shelter are taken to stay across the town's
// villages in proportion to their people, reached by road as the roads stand (where
// none leads, along the old roads at the cut-off speed, as units go). The villages are
// taken in three bands of equal people, nearest first, each reached at its
// people-weighted mean road time plus a village hand-out: three events per delivery,
// not one per village, so a run stays fast.
#include <algorithm>
#include <cmath>
#include <vector>

#include "sim/response/response_model.h"

namespace ttx::response {

using core::Duration;
using core::SimTime;

namespace {
constexpr int kBands = 3;
}

void ResponseModel::prepare_last_mile() {
  cross_dock_h_.assign(towns_.size(), 0.0);
  village_stops_.assign(towns_.size(), {});
  town_node_.assign(towns_.size(), -1);
  for (const auto& p : w_.transfer_points) {
    if (const auto t = w_.town_index(p.town)) cross_dock_h_[*t] = p.cross_dock_h;
  }
  for (std::uint32_t t = 0; t < towns_.size(); ++t) town_node_[t] = roads_.find(w_.towns[t].id);
  for (const auto& v : w_.villages) {
    const std::int64_t node = roads_.find(v.id);
    if (node >= 0 && v.town < towns_.size() && v.population > 0) {
      village_stops_[v.town].push_back({static_cast<std::uint32_t>(node), v.population});
    }
  }
}

void ResponseModel::last_mile(std::uint32_t town, double people) {
  if (!(people > 0)) return;
  const world::LastMile& lm = w_.needs.last_mile;
  if (!lm.loaded) {  // a district without the data: received at the town centre
    supply(town, people);
    return;
  }
  TownState& t = towns_[town];
  t.handed_over += people;
  t.on_last_mile += people;
  const double out_of_shelter = t.displaced > 0 ? std::clamp((t.with_relatives + t.unsheltered) / t.displaced, 0.0, 1.0) : 0.0;
  const SimTime docked = sim_.now() + Duration::from_hours(cross_dock_h_[town]);
  const double to_shelters = people * (1.0 - out_of_shelter);
  if (to_shelters > 0) sim_.schedule_at(docked + Duration::from_hours(lm.shelter_handout_h), HandedOut{town, to_shelters});
  const double to_villages = people - to_shelters;
  if (!(to_villages > 0)) return;
  // Road hours from the town centre to each village, nearest first.
  std::vector<std::pair<double, double>> stops;  // (hours, people)
  double total = 0;
  for (const auto& v : village_stops_[town]) {
    double h = town_node_[town] < 0 ? 0.0 : travel_.hours(static_cast<std::uint32_t>(town_node_[town]), v.node);
    if (!std::isfinite(h) && town_node_[town] >= 0) {
      h = dry_travel_.hours(static_cast<std::uint32_t>(town_node_[town]), v.node) / w_.doctrine.cut_off_speed_factor;
    }
    if (!std::isfinite(h)) continue;  // no way there even before the hazard: its share goes to the others
    stops.emplace_back(h / lm.speed_factor, v.population);
    total += v.population;
  }
  std::sort(stops.begin(), stops.end());
  if (!(total > 0)) {
    sim_.schedule_at(docked + Duration::from_hours(lm.village_handout_h), HandedOut{town, to_villages});
    return;
  }
  double handed = 0, band_people = 0, band_hours = 0;
  int band = 1;
  for (std::size_t i = 0; i < stops.size(); ++i) {
    band_people += stops[i].second;
    band_hours += stops[i].first * stops[i].second;
    const bool last = i + 1 == stops.size();
    if (!last && band_people + handed < total * band / kBands) continue;
    const double share = last ? to_villages - handed * to_villages / total : band_people * to_villages / total;
    sim_.schedule_at(docked + Duration::from_hours(band_hours / band_people + lm.village_handout_h), HandedOut{town, share});
    handed += band_people;
    band_people = band_hours = 0;
    ++band;
  }
}

void ResponseModel::handle(const HandedOut& e) {
  TownState& t = towns_[e.town];
  t.on_last_mile = std::max(0.0, t.on_last_mile - e.people);
  supply(e.town, e.people);
}

}  // namespace ttx::response
