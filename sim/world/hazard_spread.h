// A hazard parameter given as a distribution instead of a number, so that the
// replications of a batch see the disasters the scenario thinks possible.
#pragma once

#include <string>
#include <vector>

namespace ttx::world {

struct Distribution {
  enum class Kind { normal, triangular, uniform, choice };
  Kind kind = Kind::normal;
  double mean = 0, sd = 0;            ///< normal
  double min = 0, mode = 0, max = 0;  ///< triangular (min, mode, max), uniform (min, max)
  std::vector<double> values, weights;  ///< choice; weights sum to 1 once read
  /// A normal is truncated to the parameter's physical range [lo, hi] (the range the
  /// plain number is checked against); the other forms must lie inside it.
  double lo = 0, hi = 0;
  std::string source;  ///< where the spread comes from: a public source by name, or "assumed"
};

/// One parameter of the scenario's hazard drawn per replication.
struct SpreadParam {
  std::string field;  ///< the parameter as written: "magnitude", "breach.at_h", ...
  Distribution dist;
};

}  // namespace ttx::world
