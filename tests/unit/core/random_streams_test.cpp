#include "sim/core/random_streams.h"

#include <gtest/gtest.h>

#include <cmath>
#include <set>
#include <vector>

#include <boost/random/uniform_01.hpp>

#include "sim/core/stream_names.h"

namespace ttx::core {
namespace {

std::vector<double> uniforms(Rng rng, int n) {
  boost::random::uniform_01<double> u;
  std::vector<double> out(n);
  for (double& x : out) x = u(rng);
  return out;
}

double correlation(const std::vector<double>& a, const std::vector<double>& b) {
  const double n = static_cast<double>(a.size());
  double ma = 0, mb = 0;
  for (std::size_t i = 0; i < a.size(); ++i) ma += a[i] / n, mb += b[i] / n;
  double sab = 0, saa = 0, sbb = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    sab += (a[i] - ma) * (b[i] - mb);
    saa += (a[i] - ma) * (a[i] - ma);
    sbb += (b[i] - mb) * (b[i] - mb);
  }
  return sab / std::sqrt(saa * sbb);
}

TEST(RandomStreams, ReferenceVectorsPinTheDerivation) {
  EXPECT_EQ(splitmix64(0), 0xe220a8397b1dcdafULL);  // first output of SplitMix64 seeded 0
  EXPECT_EQ(fnv1a64(""), 0xcbf29ce484222325ULL);
  EXPECT_EQ(fnv1a64("a"), 0xaf63dc4c8601ec8cULL);
  Rng mt;  // default seed 5489: the C++ standard's check value for mt19937_64
  mt.discard(9999);
  EXPECT_EQ(mt(), 9981545732273789042ULL);
}

TEST(RandomStreams, SameSeedReplicationAndNameGiveTheSameNumbers) {
  StreamFactory a(42, 3), b(42, 3);
  EXPECT_EQ(uniforms(a.stream(streams::kHazard), 1000), uniforms(b.stream(streams::kHazard), 1000));
}

TEST(RandomStreams, EveryNamedStreamReplicationAndSeedDiffers) {
  std::set<std::uint64_t> seeds;
  const std::string_view names[] = {streams::kHazard,   streams::kReports, streams::kOperations,
                                    streams::kInjects,  streams::kArrivals, streams::kService};
  for (std::uint64_t master : {0ULL, 1ULL, 2ULL}) {
    for (std::uint64_t rep = 0; rep < 50; ++rep) {
      for (auto name : names) seeds.insert(StreamFactory(master, rep).stream_seed(name));
    }
  }
  EXPECT_EQ(seeds.size(), 3u * 50u * 6u);
}

TEST(RandomStreams, StreamsAreUncorrelated) {
  const int n = 200000;  // standard error of r is about 1/sqrt(n) = 0.0022
  StreamFactory f(2026);
  const auto hazard = uniforms(f.stream(streams::kHazard), n);
  const auto reports = uniforms(f.stream(streams::kReports), n);
  const auto next_rep = uniforms(StreamFactory(2026, 1).stream(streams::kHazard), n);
  const auto next_seed = uniforms(StreamFactory(2027).stream(streams::kHazard), n);
  EXPECT_LT(std::fabs(correlation(hazard, reports)), 0.011);
  EXPECT_LT(std::fabs(correlation(hazard, next_rep)), 0.011);
  EXPECT_LT(std::fabs(correlation(hazard, next_seed)), 0.011);
  // Lag-1 correlation within one stream, too.
  std::vector<double> lagged(hazard.begin() + 1, hazard.end()), head(hazard.begin(), hazard.end() - 1);
  EXPECT_LT(std::fabs(correlation(head, lagged)), 0.011);
}

TEST(RandomStreams, DrawingFromOneStreamDoesNotShiftAnother) {
  StreamFactory f(9);
  Rng hazard = f.stream(streams::kHazard);
  Rng reports = f.stream(streams::kReports);
  for (int i = 0; i < 1000; ++i) reports();  // a model that draws more
  EXPECT_EQ(uniforms(hazard, 10), uniforms(f.stream(streams::kHazard), 10));
}

}  // namespace
}  // namespace ttx::core
