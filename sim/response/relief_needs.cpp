#include "sim/response/relief_needs.h"

#include <algorithm>
#include <cmath>

namespace ttx::response {

double shelter_places(const world::World& w, std::uint32_t town) {
  double places = 0;
  for (const auto& s : w.shelters) {
    if (town < w.towns.size() && s.town == w.towns[town].id) places += s.capacity_short;
  }
  return places;
}

std::vector<ReliefOrder> relief_orders(const world::World& w, std::uint32_t town, double displaced, int day,
                                       const std::string& season, std::int64_t at_s, double places) {
  std::vector<ReliefOrder> out;
  const world::Needs& n = w.needs;
  // Half go to relatives (stay_with_relatives_share); the rest fill the town's
  // shelters and those who do not fit need tents.
  if (places < 0) places = shelter_places(w, town);
  const double needing_shelter = displaced * (1.0 - n.stay_with_relatives_share);
  const double in_shelter = std::min(needing_shelter, places);
  for (const world::Need& need : n.needs) {
    if (!need.met_by.empty() || need.items.empty()) continue;  // not from stock
    if (need.season != "all" && need.season != season) continue;
    if (day < need.from_day || (need.to_day >= 0 && day >= need.to_day)) continue;
    if (need.period_days == 0 && day != 0) continue;  // once per stay
    double people = displaced;
    if (need.applies_to == "displaced_in_shelter") people = in_shelter;
    else if (need.applies_to == "displaced_not_in_shelter") people = needing_shelter - in_shelter;
    else if (need.applies_to == "vulnerable") people *= n.vulnerable_share;
    const double amount = season == "winter" && need.amount_winter >= 0 ? need.amount_winter : need.amount;
    const double per_day = need.period_days > 0 ? need.period_days : 1.0;
    const double measure = amount * people / need.per_persons / per_day;
    const auto units = static_cast<std::int64_t>(std::ceil(measure / need.items.front().content_per_unit - 1e-9));
    if (units > 0) out.push_back({at_s, town, need.items.front().item, units});
  }
  return out;
}

}  // namespace ttx::response
