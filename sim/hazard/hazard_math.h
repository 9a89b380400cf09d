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

using core::KeyedUniforms;

/// An expected count made whole with a fixed offset u in [0, 1): floor(x + u).
/// Unbiased over u, and never smaller for a larger x — so a cumulative count
/// rounded this way only grows, with time and with strength.
std::int64_t offset_round(double x, double u);

/// Kilometres east (x) and north (y) of (lat0, lon0); flat-earth, fine within a district.
void local_km(double lat0, double lon0, double lat, double lon, double& x_km, double& y_km);

}  // namespace ttx::hazard
