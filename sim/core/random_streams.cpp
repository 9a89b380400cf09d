#include "sim/core/random_streams.h"

namespace ttx::core {

std::uint64_t splitmix64(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

std::uint64_t fnv1a64(std::string_view s) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

std::uint64_t replication_seed(std::uint64_t master_seed, std::uint64_t replication) {
  return splitmix64(master_seed ^ splitmix64(replication + 1));
}

std::uint64_t StreamFactory::stream_seed(std::string_view name) const {
  return splitmix64(base_ ^ fnv1a64(name));
}

double KeyedUniforms::operator()(std::uint64_t what, std::uint64_t entity, std::uint64_t step) const {
  const std::uint64_t h = splitmix64(base_ ^ splitmix64(what ^ splitmix64(entity ^ splitmix64(step))));
  return static_cast<double>(h >> 11) * 0x1.0p-53;
}

}  // namespace ttx::core
