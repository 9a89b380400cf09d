// The engine's self-check: an M/M/c dispatch queue.
//
// Incidents arrive as a Poisson process of rate λ = ρ·c·μ; each needs one of c
// identical teams for an exponential time of mean 1/μ; first come, first served.
// Built from the generic parts (Simulator, CountedResource, named streams), so a
// match with Erlang C checks all of them at once.
#pragma once

#include <cstdint>

#include "sim/core/trace.h"

namespace ttx::selfcheck {

/// The lowest utilisation run: below it a long run's span (incidents / (ρ c) hours)
/// outgrows the whole-second clock.
inline constexpr double kMinRho = 0.01;

struct MmcParams {
  int teams = 72;                     ///< c, identical servers
  double rho = 0.9;                   ///< utilisation λ/(cμ), 0 < ρ < 1
  std::uint64_t incidents = 2000000;  ///< arrivals to simulate
  std::uint64_t seed = 1;             ///< master seed
  double mean_service_h = 1.0;        ///< 1/μ, hours
  int batches = 30;                   ///< batch means for the standard error
};

struct MmcResult {
  std::uint64_t incidents = 0;
  std::uint64_t events = 0;       ///< events processed by the engine
  double mean_wait_h = 0.0;       ///< simulated mean wait in queue
  double wait_se_h = 0.0;         ///< its standard error, by batch means over arrival order
  double erlang_c_wait_h = 0.0;   ///< Erlang C's mean wait for the same c, λ, μ
  double wait_probability = 0.0;  ///< share of incidents that waited at all
  double erlang_c_probability = 0.0;
  double utilisation = 0.0;       ///< measured busy share of the teams
  double simulated_h = 0.0;       ///< simulated time span
};

/// Throws std::invalid_argument on parameters outside their ranges.
void check_params(const MmcParams& p);

/// Runs the queue to the last departure. Pure function of `p`; `trace` (optional)
/// receives every event as a JSON line.
MmcResult run_mmc(const MmcParams& p, ttx::core::TraceWriter* trace = nullptr);

}  // namespace ttx::selfcheck
