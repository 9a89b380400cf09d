// What a batch runs: a scenario, a master seed, a number of replications, and the
// configurations compared on the same random numbers: the base (its --set figures),
// and either one what-if (--vs) or a grid of one or two swept figures (--sweep).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ttx::batch {

/// One swept figure: a --set PATH and the VALUEs it takes (each as --set reads it).
struct Sweep {
  std::string path;
  std::vector<std::string> values;
  bool operator==(const Sweep&) const = default;
};

struct Configuration {
  std::string label;               ///< "base", "vs", or "PATH=VALUE; PATH=VALUE" for a sweep point
  std::vector<std::string> sets;   ///< every --set the run reads (the base's first)
  std::vector<std::size_t> point;  ///< for a sweep: the index of each swept figure's value
};

struct BatchPlan {
  std::uint64_t seed = 0;
  std::uint64_t replications = 0;
  std::vector<std::string> sets;  ///< applied to every configuration
  std::vector<std::string> vs;    ///< the what-if compared with the base (may be empty: no change)
  bool compare = false;           ///< --vs given (even with no change)
  std::vector<Sweep> sweeps;      ///< at most two
  bool operator==(const BatchPlan&) const = default;
};

/// The configurations in a fixed order: the base alone; base then vs; or the sweep's
/// grid, the first swept figure varying slowest.
std::vector<Configuration> configurations(const BatchPlan& plan);

/// Shard `shard` of `shards` (0-based): the replications [first, last) it runs.
struct ReplicationRange {
  std::uint64_t first = 0, last = 0;
};
ReplicationRange shard_range(std::uint64_t replications, std::uint64_t shard, std::uint64_t shards);

/// Reads "i/N" (1 <= i <= N, as a user counts) into a 0-based shard; "" on success, else why not.
std::string parse_shard(const std::string& text, std::uint64_t& shard, std::uint64_t& shards);
/// Reads "PATH=a,b,c"; "" on success, else why not.
std::string parse_sweep(const std::string& text, Sweep& sweep);

}  // namespace ttx::batch
