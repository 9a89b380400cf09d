#include "sim/core/simulator.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <variant>
#include <vector>

namespace ttx::core {
namespace {

struct Ping {
  static constexpr std::string_view kName = "ping";
  int id;
  void trace(TraceLine& line) const { line.field("id", id); }
};
struct Note {
  static constexpr std::string_view kName = "note";
  std::string text;
  void trace(TraceLine& line) const { line.field("text", text).field("ok", true); }
};
using Event = std::variant<Ping, Note>;

// Records (time, id) of every Ping; a Ping with id < 0 schedules a follow-up.
struct Recorder {
  Simulator<Event>& sim;
  std::vector<std::pair<std::int64_t, int>> seen;
  void operator()(Simulator<Event>::Entry& e) {
    if (auto* p = std::get_if<Ping>(&e.payload)) {
      seen.emplace_back(e.time.count_s(), p->id);
      if (p->id < 0) sim.schedule_in(Duration::seconds(5), Ping{-p->id});
    }
  }
};

TEST(Simulator, RunUntilIsInclusiveAndMovesTheClockToTheTarget) {
  Simulator<Event> sim;
  Recorder rec{sim, {}};
  sim.schedule_at(SimTime::at_seconds(10), Ping{1});
  sim.schedule_at(SimTime::at_seconds(20), Ping{2});
  sim.schedule_at(SimTime::at_seconds(21), Ping{3});
  EXPECT_EQ(sim.run_until(SimTime::at_seconds(20), rec), RunStatus::reached);
  EXPECT_EQ(rec.seen, (std::vector<std::pair<std::int64_t, int>>{{10, 1}, {20, 2}}));
  EXPECT_EQ(sim.now(), SimTime::at_seconds(20));
  EXPECT_EQ(sim.pending(), 1u);
  EXPECT_EQ(sim.run_until(SimTime::at_seconds(100), rec), RunStatus::reached);
  EXPECT_EQ(sim.now(), SimTime::at_seconds(100)) << "the clock reaches the target even when idle";
}

TEST(Simulator, RunUntilIncludesEventsScheduledDuringTheRun) {
  Simulator<Event> sim;
  Recorder rec{sim, {}};
  sim.schedule_at(SimTime::at_seconds(10), Ping{-7});
  sim.run_until(SimTime::at_seconds(15), rec);
  EXPECT_EQ(rec.seen, (std::vector<std::pair<std::int64_t, int>>{{10, -7}, {15, 7}}));
}

TEST(Simulator, BudgetStopsAfterThatManyEventsAndResumes) {
  Simulator<Event> sim;
  Recorder rec{sim, {}};
  for (int i = 1; i <= 5; ++i) sim.schedule_at(SimTime::at_seconds(i), Ping{i});
  EXPECT_EQ(sim.run_until(SimTime::at_seconds(100), rec, 2), RunStatus::budget_exhausted);
  EXPECT_EQ(rec.seen.size(), 2u);
  EXPECT_EQ(sim.now(), SimTime::at_seconds(2)) << "the clock stays at the last event run";
  EXPECT_EQ(sim.run_until(SimTime::at_seconds(100), rec, 10), RunStatus::reached);
  EXPECT_EQ(rec.seen.size(), 5u);
}

TEST(Simulator, StepRunsExactlyOneEvent) {
  Simulator<Event> sim;
  Recorder rec{sim, {}};
  sim.schedule_at(SimTime::at_seconds(3), Ping{1});
  sim.schedule_at(SimTime::at_seconds(3), Ping{2});
  EXPECT_TRUE(sim.step(rec));
  EXPECT_EQ(rec.seen.size(), 1u);
  EXPECT_EQ(sim.now(), SimTime::at_seconds(3));
  EXPECT_TRUE(sim.step(rec));
  EXPECT_FALSE(sim.step(rec));
  EXPECT_EQ(sim.processed(), 2u);
}

TEST(Simulator, SteppingAndSlicingGiveTheSameOrderAsOneRun) {
  auto build = [](Simulator<Event>& sim) {
    for (int i = 0; i < 50; ++i) sim.schedule_at(SimTime::at_seconds((i * 37) % 11), Ping{i - 25});
  };
  Simulator<Event> a, b;
  Recorder ra{a, {}}, rb{b, {}};
  build(a);
  build(b);
  a.run_all(ra);
  for (int t = 0; t <= 20; t += 3) {
    b.step(rb);
    b.run_until(SimTime::at_seconds(std::max<std::int64_t>(t, b.now().count_s())), rb, 4);
  }
  b.run_all(rb);
  EXPECT_EQ(ra.seen, rb.seen);
}

TEST(Simulator, TimeNeverGoesBack) {
  Simulator<Event> sim;
  Recorder rec{sim, {}};
  sim.run_until(SimTime::at_seconds(50), rec);
  EXPECT_THROW(sim.schedule_at(SimTime::at_seconds(49), Ping{1}), std::logic_error);
  EXPECT_THROW(sim.run_until(SimTime::at_seconds(10), rec), std::logic_error);
  EXPECT_NO_THROW(sim.schedule_at(SimTime::at_seconds(50), Ping{1}));
}

TEST(Simulator, RunningToTheEndOfTimeLeavesTheClockAtTheLastEvent) {
  Simulator<Event> sim;
  Recorder rec{sim, {}};
  sim.schedule_at(SimTime::at_seconds(30), Ping{1});
  sim.run_until(SimTime::never(), rec);
  EXPECT_EQ(sim.now(), SimTime::at_seconds(30));
  EXPECT_NO_THROW(sim.schedule_in(Duration::hours(1), Ping{2}));
}

TEST(Simulator, CancelledEventsAreSkipped) {
  Simulator<Event> sim;
  Recorder rec{sim, {}};
  EventId id = sim.schedule_at(SimTime::at_seconds(1), Ping{1});
  sim.schedule_at(SimTime::at_seconds(2), Ping{2});
  EXPECT_TRUE(sim.cancel(id));
  sim.run_all(rec);
  EXPECT_EQ(rec.seen, (std::vector<std::pair<std::int64_t, int>>{{2, 2}}));
}

TEST(Simulator, TraceWritesOneJsonLinePerEvent) {
  std::ostringstream out;
  TraceWriter trace(out);
  Simulator<Event> sim;
  Recorder rec{sim, {}};
  sim.set_trace(&trace);
  sim.schedule_at(SimTime::at_seconds(3725), Ping{4});
  sim.schedule_at(SimTime::at_seconds(3726), Note{"堤防 \"A\"\n"});
  sim.run_all(rec);
  EXPECT_EQ(out.str(),
            "{\"t\":3725,\"clock\":\"T+01:02:05\",\"type\":\"ping\",\"id\":4}\n"
            "{\"t\":3726,\"clock\":\"T+01:02:06\",\"type\":\"note\",\"text\":\"堤防 \\\"A\\\"\\n\","
            "\"ok\":true}\n");
  EXPECT_EQ(trace.lines(), 2u);
}

TEST(Simulator, TraceIsOffByDefault) {
  Simulator<Event> sim;
  Recorder rec{sim, {}};
  sim.schedule_at(SimTime::at_seconds(1), Ping{1});
  sim.run_all(rec);  // would crash on a null writer if tracing were on
  EXPECT_EQ(rec.seen.size(), 1u);
}

}  // namespace
}  // namespace ttx::core
