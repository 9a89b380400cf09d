// Generating a whole-district scenario's impacts: target under 5 ms each.
#include <benchmark/benchmark.h>

#include <string>

#include "sim/hazard/generate.h"
#include "sim/io/scenario_loader.h"

namespace {

void BM_HazardGeneration(benchmark::State& state, const std::string& name) {
  const ttx::io::ScenarioLoad load = ttx::io::load_scenario(std::string(TTX_SOURCE_DIR) + "/scenarios/" + name + ".yaml");
  if (!load.ok()) {
    state.SkipWithError("scenario does not load");
    return;
  }
  std::uint64_t replication = 0;
  std::size_t impacts = 0;
  for (auto _ : state) {
    const auto r = ttx::hazard::generate_impacts(load.district.world, load.scenario, replication++);
    impacts = r.impacts.size();
    benchmark::DoNotOptimize(impacts);
  }
  state.counters["impacts"] = static_cast<double>(impacts);
}
BENCHMARK_CAPTURE(BM_HazardGeneration, flood, std::string("flood_typhoon_breach"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_HazardGeneration, earthquake, std::string("earthquake_m6_onshore"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_HazardGeneration, freezing_rain, std::string("freezing_rain_2008"))->Unit(benchmark::kMillisecond);

void BM_DistrictLoad(benchmark::State& state) {
  for (auto _ : state) {
    auto load = ttx::io::load_district(std::string(TTX_SOURCE_DIR) + "/scenarios/haimen");
    benchmark::DoNotOptimize(load.world.villages.size());
  }
}
BENCHMARK(BM_DistrictLoad)->Unit(benchmark::kMillisecond);

}  // namespace
