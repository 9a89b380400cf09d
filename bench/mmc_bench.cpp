// The whole engine on the M/M/c dispatch queue: 72 teams at utilisation 0.9, the
// workload of `ttx bench mmc`. Target: at least 5 million incidents per second.
#include <benchmark/benchmark.h>

#include "sim/selfcheck/mmc_queue.h"

namespace {

void BM_MmcDispatch(benchmark::State& state) {
  ttx::selfcheck::MmcParams p;
  p.teams = static_cast<int>(state.range(0));
  p.rho = 0.9;
  p.incidents = 200000;
  for (auto _ : state) {
    auto r = ttx::selfcheck::run_mmc(p);
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(p.incidents));
  state.SetLabel("items = incidents");
}
BENCHMARK(BM_MmcDispatch)->Arg(1)->Arg(72)->Unit(benchmark::kMillisecond);

}  // namespace
