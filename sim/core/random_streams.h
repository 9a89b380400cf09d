// Named, independent random streams derived from one master seed.
//
// How a stream's seed is derived (stable across machines and releases):
//   replication_seed = splitmix64(master_seed ^ splitmix64(replication + 1))
//   name_hash        = FNV-1a 64-bit of the stream name's bytes
//   stream_seed      = splitmix64(replication_seed ^ name_hash)
// and the stream is boost::random::mt19937_64 seeded with stream_seed. splitmix64
// is Steele, Lea and Flood's 64-bit finaliser: neighbouring inputs (replication 7
// and 8, "hazard" and "hazards") give unrelated seeds.
//
// Each model draws only from its own stream (see stream_names.h), so a different
// decision elsewhere never changes the disaster: common random numbers between a
// trainee's run and the by-the-plan baseline. Draw with Boost's distributions, not
// std::'s — Boost's give the same numbers on every platform.
#pragma once

#include <cstdint>
#include <string_view>

#include <boost/random/mersenne_twister.hpp>

namespace ttx::core {

using Rng = boost::random::mt19937_64;

/// Steele–Lea–Flood splitmix64 finaliser: a bijective 64-bit mix.
std::uint64_t splitmix64(std::uint64_t x);
/// FNV-1a, 64-bit, over the bytes of `s`.
std::uint64_t fnv1a64(std::string_view s);
/// The seed of replication `replication` of a batch run with `master_seed`.
std::uint64_t replication_seed(std::uint64_t master_seed, std::uint64_t replication);

class StreamFactory {
 public:
  StreamFactory(std::uint64_t master_seed, std::uint64_t replication = 0)
      : master_(master_seed), replication_(replication),
        base_(replication_seed(master_seed, replication)) {}

  std::uint64_t stream_seed(std::string_view name) const;
  Rng stream(std::string_view name) const { return Rng(stream_seed(name)); }

  std::uint64_t master_seed() const { return master_; }
  std::uint64_t replication() const { return replication_; }

 private:
  std::uint64_t master_;
  std::uint64_t replication_;
  std::uint64_t base_;
};

/// Uniforms keyed by what they decide, so that the number of draws never depends
/// on what the model is doing: a stronger hazard or another decision changes no
/// other decision's draw (and counts rounded with them grow monotonically). The
/// key's base is one draw of the stream it is made from.
class KeyedUniforms {
 public:
  explicit KeyedUniforms(Rng& rng) : base_(rng()) {}
  /// A uniform in [0, 1) for the decision named by (what, entity, step).
  double operator()(std::uint64_t what, std::uint64_t entity, std::uint64_t step = 0) const;

 private:
  std::uint64_t base_;
};

}  // namespace ttx::core
