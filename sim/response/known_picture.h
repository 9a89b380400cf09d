// What command knows: the plan indicators as reported, never the ground truth.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "sim/hazard/impacts.h"
#include "sim/world/plans.h"

namespace ttx::response {

/// The current known value of every plan indicator (counts, magnitudes, warning
/// colours 1–4, river level 0–2, yes/no as 1/0).
struct KnownPicture {
  std::array<double, world::kIndicatorCount> value{};
  double trapped = 0, injured = 0;  ///< reported so far (not plan triggers, but the duty officer's work)
  double operator[](world::Indicator i) const { return value[static_cast<std::size_t>(i)]; }
  double& operator[](world::Indicator i) { return value[static_cast<std::size_t>(i)]; }
  bool operator==(const KnownPicture&) const = default;
};

/// The picture at one moment.
struct PictureAt {
  std::int64_t at_s = 0;
  KnownPicture picture;
};

/// The limit of perfect information — every impact known the moment it happens,
/// nothing under-reported: killed -> dead_missing, displaced -> relocated, houses
/// damaged -> households_collapsed, and the hazard's indicators as issued. The
/// baseline the reporting chain (with its delays and gaps) is measured against.
/// One entry per moment the picture changes, in time order.
std::vector<PictureAt> perfect_information(const hazard::HazardResult& truth);

/// Folds one impact into a picture (the mapping both pictures share).
void apply(KnownPicture& picture, const hazard::Impact& impact);

}  // namespace ttx::response
