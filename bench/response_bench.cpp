// One replication of a scenario: hazard, reports and the whole response played
// by the book to the scenario's end. Target for the shipped flood: <= 10 ms.
#include <benchmark/benchmark.h>

#include <string>

#include "sim/io/scenario_loader.h"
#include "sim/response/response_model.h"

namespace {

void BM_Replication(benchmark::State& state, const std::string& name) {
  const ttx::io::ScenarioLoad load = ttx::io::load_scenario(std::string(TTX_SOURCE_DIR) + "/scenarios/" + name + ".yaml");
  if (!load.ok()) {
    state.SkipWithError("scenario does not load");
    return;
  }
  std::uint64_t replication = 0, events = 0;
  for (auto _ : state) {
    ttx::response::ResponseModel m(load.district.world, load.scenario, replication++);
    m.advance_until(m.end_s());
    events = m.events_processed();
    benchmark::DoNotOptimize(events);
  }
  state.counters["events"] = static_cast<double>(events);
}
BENCHMARK_CAPTURE(BM_Replication, flood, std::string("flood_typhoon_breach"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Replication, earthquake, std::string("earthquake_m6_onshore"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Replication, freezing_rain, std::string("freezing_rain_2008"))->Unit(benchmark::kMillisecond);

}  // namespace
