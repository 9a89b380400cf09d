// A cross-check of earthquake deaths against the USGS PAGER empirical fatality
// model (Jaiswal & Wald 2010), China row: the fatality rate at intensity I is
// ν(I) = Φ(ln(I/θ)/β). PAGER bins the exposed population by intensity
// [k − 0.5, k + 0.5) and applies ν(k); its uncertainty is lognormal with σ = ζ,
// so a one-σ band is [ν/e^ζ, ν·e^ζ]. Chinese intensity is read as MMI.
#pragma once

#include <vector>

#include "sim/hazard/impacts.h"
#include "sim/world/world.h"

namespace ttx::hazard {

struct PagerBin {
  int intensity = 0;            ///< bin [intensity − 0.5, intensity + 0.5)
  double exposed = 0;           ///< residents of the villages in the bin
  double rate = 0;              ///< PAGER ν(intensity)
  double expected = 0;          ///< exposed × rate
  double low = 0, high = 0;     ///< expected / e^ζ, expected × e^ζ
  double deaths = 0;            ///< deaths the model gave these villages
  /// Deaths lie in the band (whole people: the band widened to whole numbers).
  bool within() const;
};

/// The bins at intensity VI and above of an earthquake's result (its field is the
/// strongest intensity each village felt), from the run's own villages and deaths.
std::vector<PagerBin> pager_bins(const world::World& w, const HazardResult& r);

}  // namespace ttx::hazard
