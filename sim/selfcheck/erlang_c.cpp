#include "sim/selfcheck/erlang_c.h"

#include <stdexcept>

namespace ttx::selfcheck {

double erlang_c_probability(int servers, double offered_load) {
  if (servers < 1 || !(offered_load >= 0.0) || offered_load >= servers) {
    throw std::invalid_argument("erlang_c_probability: need servers >= 1 and 0 <= load < servers");
  }
  // Erlang B by its stable recursion B(k) = a·B(k−1) / (k + a·B(k−1)), then
  // C = B / (1 − ρ(1 − B)). No factorials, so c in the thousands is fine.
  double b = 1.0;
  for (int k = 1; k <= servers; ++k) b = offered_load * b / (k + offered_load * b);
  const double rho = offered_load / servers;
  return b / (1.0 - rho * (1.0 - b));
}

double erlang_c_mean_wait(int servers, double arrival_rate, double service_rate) {
  if (!(service_rate > 0.0)) throw std::invalid_argument("erlang_c_mean_wait: service rate <= 0");
  const double c = erlang_c_probability(servers, arrival_rate / service_rate);
  return c / (servers * service_rate - arrival_rate);
}

}  // namespace ttx::selfcheck
