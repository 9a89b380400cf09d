// Erlang C: the exact steady state of the M/M/c queue, the yardstick the engine
// is checked against.
#pragma once

namespace ttx::selfcheck {

/// Probability that an arrival must wait, for `servers` servers and offered load
/// a = λ/μ (Erlangs). Requires a < servers (a stable queue).
double erlang_c_probability(int servers, double offered_load);

/// Mean wait in queue Wq = C(c, a) / (cμ − λ), in the time unit of the rates.
double erlang_c_mean_wait(int servers, double arrival_rate, double service_rate);

}  // namespace ttx::selfcheck
