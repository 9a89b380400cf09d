// The event calendar alone: the classic "hold" workload. With N events pending,
// each iteration pops the next event and schedules one at a random later time,
// so the calendar stays at N. Reported per hold (one pop + one schedule).
#include <benchmark/benchmark.h>

#include <boost/random/exponential_distribution.hpp>

#include "sim/core/event_calendar.h"
#include "sim/core/random_streams.h"

namespace {

using ttx::core::Duration;
using ttx::core::EventCalendar;
using ttx::core::SimTime;

struct Small {
  std::uint64_t id;
};

void BM_CalendarHold(benchmark::State& state) {
  const auto pending = static_cast<std::size_t>(state.range(0));
  ttx::core::Rng rng(1);
  boost::random::exponential_distribution<double> gap(1.0 / 3600.0);
  EventCalendar<Small> cal;
  for (std::size_t i = 0; i < pending; ++i) {
    cal.schedule(SimTime::at_seconds(static_cast<std::int64_t>(gap(rng))), Small{i});
  }
  EventCalendar<Small>::Entry e;
  for (auto _ : state) {
    cal.pop(e);
    cal.schedule(e.time + Duration::seconds(static_cast<std::int64_t>(gap(rng))), Small{e.payload.id});
    benchmark::DoNotOptimize(e);
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["pending"] = static_cast<double>(cal.pending());
}
BENCHMARK(BM_CalendarHold)->RangeMultiplier(10)->Range(1000, 1000000);

// Filling then draining: schedule N, pop N.
void BM_CalendarFillDrain(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  ttx::core::Rng rng(2);
  boost::random::exponential_distribution<double> gap(1.0 / 3600.0);
  EventCalendar<Small>::Entry e;
  for (auto _ : state) {
    EventCalendar<Small> cal;
    for (std::size_t i = 0; i < n; ++i) {
      cal.schedule(SimTime::at_seconds(static_cast<std::int64_t>(gap(rng))), Small{i});
    }
    while (cal.pop(e)) benchmark::DoNotOptimize(e);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(n));
}
BENCHMARK(BM_CalendarFillDrain)->RangeMultiplier(10)->Range(1000, 1000000);

}  // namespace
