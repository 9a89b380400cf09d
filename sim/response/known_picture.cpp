#include "sim/response/known_picture.h"

namespace ttx::response {

void apply(KnownPicture& picture, const hazard::Impact& i) {
  using hazard::ImpactKind;
  using world::Indicator;
  switch (i.kind) {
    case ImpactKind::killed: picture[Indicator::dead_missing] += i.amount; break;
    case ImpactKind::displaced: picture[Indicator::relocated] += i.amount; break;
    case ImpactKind::houses_damaged: picture[Indicator::households_collapsed] += i.amount; break;
    case ImpactKind::trapped: picture.trapped += i.amount; break;
    case ImpactKind::injured: picture.injured += i.amount; break;
    case ImpactKind::indicator: picture.value[i.where] = i.amount; break;
    default: break;  // roads, lines and jobs reach command through the tasks, not the picture
  }
}

std::vector<PictureAt> perfect_information(const hazard::HazardResult& truth) {
  std::vector<PictureAt> out;
  KnownPicture picture;
  for (std::size_t k = 0; k < truth.impacts.size(); ++k) {
    const hazard::Impact& i = truth.impacts[k];
    apply(picture, i);
    // One entry per moment: the last impact at this time closes it.
    const bool last_at_this_time = k + 1 == truth.impacts.size() || truth.impacts[k + 1].at_s != i.at_s;
    if (last_at_this_time && (out.empty() || !(out.back().picture == picture))) out.push_back({i.at_s, picture});
  }
  return out;
}

}  // namespace ttx::response
