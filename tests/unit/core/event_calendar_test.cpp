#include "sim/core/event_calendar.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <tuple>
#include <vector>

#include <boost/random/mersenne_twister.hpp>
#include <boost/random/uniform_int_distribution.hpp>

namespace ttx::core {
namespace {

std::vector<int> drain(EventCalendar<int>& cal) {
  std::vector<int> out;
  EventCalendar<int>::Entry e;
  while (cal.pop(e)) out.push_back(e.payload);
  return out;
}

TEST(EventCalendar, SimultaneousEventsRunInSchedulingOrder) {
  EventCalendar<int> cal;
  for (int i = 0; i < 100; ++i) cal.schedule(SimTime::at_seconds(10), i);
  std::vector<int> expected(100);
  for (int i = 0; i < 100; ++i) expected[i] = i;
  EXPECT_EQ(drain(cal), expected);
}

TEST(EventCalendar, OrdersByTimeThenPriorityThenSequence) {
  EventCalendar<int> cal;
  cal.schedule(SimTime::at_seconds(20), 1);
  cal.schedule(SimTime::at_seconds(10), 2, /*priority=*/5);
  cal.schedule(SimTime::at_seconds(10), 3, /*priority=*/-1);
  cal.schedule(SimTime::at_seconds(10), 4, /*priority=*/5);
  cal.schedule(SimTime::at_seconds(5), 5, /*priority=*/99);
  EXPECT_EQ(drain(cal), (std::vector<int>{5, 3, 2, 4, 1}));
}

TEST(EventCalendar, MatchesAStableSortOnRandomWorkloads) {
  boost::random::mt19937 rng(7);
  boost::random::uniform_int_distribution<int> time(0, 50), prio(-2, 2);
  EventCalendar<int> cal;
  std::vector<std::tuple<int, int, int>> reference;  // (time, priority, payload = seq)
  for (int i = 0; i < 5000; ++i) {
    const int t = time(rng), p = prio(rng);
    cal.schedule(SimTime::at_seconds(t), i, p);
    reference.emplace_back(t, p, i);
  }
  std::sort(reference.begin(), reference.end());
  std::vector<int> expected;
  for (auto& [t, p, i] : reference) expected.push_back(i);
  EXPECT_EQ(drain(cal), expected);
}

TEST(EventCalendar, CancelledEventsNeverRun) {
  EventCalendar<int> cal;
  EventId a = cal.schedule(SimTime::at_seconds(1), 1);
  EventId b = cal.schedule(SimTime::at_seconds(2), 2);
  cal.schedule(SimTime::at_seconds(3), 3);
  EXPECT_TRUE(cal.cancel(b));
  EXPECT_FALSE(cal.cancel(b)) << "a second cancel is a no-op";
  EXPECT_EQ(cal.pending(), 2u);
  EXPECT_TRUE(cal.cancel(a));
  EXPECT_EQ(cal.next_time(), SimTime::at_seconds(3)) << "the stale top entries are skipped";
  EXPECT_EQ(drain(cal), std::vector<int>{3});
  EXPECT_TRUE(cal.empty());
}

TEST(EventCalendar, CancellingAnEventThatRanDoesNothingEvenAfterSlotReuse) {
  EventCalendar<int> cal;
  EventId first = cal.schedule(SimTime::at_seconds(1), 1);
  EventCalendar<int>::Entry e;
  ASSERT_TRUE(cal.pop(e));
  EventId second = cal.schedule(SimTime::at_seconds(2), 2);  // reuses the freed slot
  EXPECT_EQ(first.slot, second.slot);
  EXPECT_FALSE(cal.cancel(first));
  EXPECT_TRUE(cal.is_pending(second));
  EXPECT_EQ(drain(cal), std::vector<int>{2});
}

TEST(EventCalendar, PeekDoesNotConsume) {
  EventCalendar<int> cal;
  EXPECT_FALSE(cal.next_time().has_value());
  cal.schedule(SimTime::at_seconds(42), 1);
  EXPECT_EQ(cal.next_time(), SimTime::at_seconds(42));
  EXPECT_EQ(cal.next_time(), SimTime::at_seconds(42));
  EXPECT_EQ(cal.pending(), 1u);
}

TEST(EventCalendar, ManyCancellationsKeepCountsExact) {
  EventCalendar<int> cal;
  std::vector<EventId> ids;
  for (int i = 0; i < 1000; ++i) ids.push_back(cal.schedule(SimTime::at_seconds(i % 17), i));
  for (int i = 0; i < 1000; i += 2) EXPECT_TRUE(cal.cancel(ids[i]));
  EXPECT_EQ(cal.pending(), 500u);
  const std::vector<int> ran = drain(cal);
  ASSERT_EQ(ran.size(), 500u);
  EXPECT_TRUE(std::all_of(ran.begin(), ran.end(), [](int v) { return v % 2 == 1; }));
}

TEST(EventCalendar, ADefaultIdNamesNoEvent) {
  EventCalendar<int> cal;
  cal.schedule(SimTime::at_seconds(1), 1);
  EXPECT_FALSE(cal.is_pending(EventId{}));
  EXPECT_FALSE(cal.cancel(EventId{}));
  EXPECT_EQ(cal.pending(), 1u);
  EXPECT_EQ(cal.scheduled_total(), 1u);
}

TEST(EventCalendar, TimeoutsScheduledFarAndCancelledNeverDisturbTheOrder) {
  EventCalendar<int> cal;
  for (int round = 0; round < 2000; ++round) {
    cal.schedule(SimTime::at_seconds(round), round);                          // kept
    const EventId far = cal.schedule(SimTime::at_seconds(1000000 + round), -1);  // a timeout, cancelled
    ASSERT_TRUE(cal.cancel(far));
  }
  EXPECT_EQ(cal.pending(), 2000u);
  const std::vector<int> ran = drain(cal);
  ASSERT_EQ(ran.size(), 2000u);
  for (int i = 0; i < 2000; ++i) ASSERT_EQ(ran[static_cast<std::size_t>(i)], i);
}

// Cancelling most of a large random workload compacts the heap (cancelled entries
// outnumber live ones); what is left still runs in (time, priority, sequence) order.
TEST(EventCalendar, CompactionKeepsMemoryBoundedAndTheOrderOfWhatIsLeft) {
  boost::random::mt19937 rng(11);
  boost::random::uniform_int_distribution<int> time(0, 400), prio(-3, 3), coin(0, 9);
  EventCalendar<int> cal;
  std::vector<EventId> ids;
  std::vector<std::tuple<int, int, int>> kept;  // (time, priority, payload = seq)
  for (int i = 0; i < 3000; ++i) {
    const int t = time(rng), p = prio(rng);
    ids.push_back(cal.schedule(SimTime::at_seconds(t), i, p));
    if (coin(rng) < 3) kept.emplace_back(t, p, i);  // about 70 % are cancelled below
  }
  std::vector<bool> keep(3000, false);
  for (auto& [t, p, i] : kept) keep[static_cast<std::size_t>(i)] = true;
  bool compacted = false;
  for (int i = 0; i < 3000; ++i) {
    if (keep[static_cast<std::size_t>(i)]) continue;
    ASSERT_TRUE(cal.cancel(ids[static_cast<std::size_t>(i)]));
    ASSERT_LE(cal.heap_entries(), 2 * cal.pending() + 65) << "stale entries are dropped in bulk";
    compacted |= cal.heap_entries() == cal.pending();
  }
  ASSERT_TRUE(compacted) << "the workload must reach a compaction";
  ASSERT_EQ(cal.pending(), kept.size());
  std::sort(kept.begin(), kept.end());
  std::vector<int> expected;
  for (auto& [t, p, i] : kept) expected.push_back(i);
  EXPECT_EQ(drain(cal), expected);
}

}  // namespace
}  // namespace ttx::core
