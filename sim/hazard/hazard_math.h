// Small numeric helpers shared by the hazard models.
#pragma once

#include <cstdint>
#include <vector>

#include "sim/core/random_streams.h"

namespace ttx::hazard {

/// Standard normal cumulative distribution Φ(x).
double normal_cdf(double x);

/// Lognormal fragility: P(failure) = Φ(ln(x / median) / beta); 0 for x <= 0.
double lognormal_cdf(double x, double median, double beta);

/// Piecewise-linear y(x) through the points; flat beyond the ends.
double interpolate(const std::vector<double>& xs, const std::vector<double>& ys, double x);

/// An expected count made whole: floor(x) plus one with probability frac(x),
/// drawn from `rng` — totals stay unbiased, villages get whole people.
std::int64_t stochastic_round(double x, core::Rng& rng);

/// Kilometres east (x) and north (y) of (lat0, lon0); flat-earth, fine within a district.
void local_km(double lat0, double lon0, double lat, double lon, double& x_km, double& y_km);

}  // namespace ttx::hazard
