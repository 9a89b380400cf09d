// People without power and heating in the cold (the hazard's cold_exposure, as the
// towns report it): the cadres' checks find those who need warm relief (doctrine.yaml
// freezing cold_relief_share), and quilts and coats (cold_relief) go from the
// warehouse to their town, once per person.
#include <algorithm>
#include <cmath>

#include "sim/response/response_model.h"

namespace ttx::response {

double ResponseModel::cold_uncovered(std::uint32_t town) const {
  const FreezingState& f = freezing_;
  if (town >= f.cold_known.size()) return 0;
  return std::max(0.0, f.cold_known[town] - f.cold_covered[town]);
}

void ResponseModel::warm_relief(std::uint32_t town) {
  FreezingState& f = freezing_;
  const world::Doctrine::Freezing& d = w_.doctrine.freezing;
  const double people = std::floor(cold_uncovered(town));
  f.cold_covered[town] += people;
  f.cold_needing_relief += people * d.cold_relief_share;
  for (const auto& [item, per_person] : d.cold_relief) {
    const auto quantity = static_cast<std::int64_t>(std::ceil(people * d.cold_relief_share * per_person - 1e-9));
    if (quantity <= 0 || !logistics_.item_index(item)) continue;
    const std::uint64_t order = logistics_.place({now_s(), town, item, quantity});
    batch_of_order_.resize(order + 1, -1);
    f.warm_orders.push_back(order);
  }
}

}  // namespace ttx::response
