#include "sim/core/counted_resource.h"

#include <gtest/gtest.h>

#include <vector>

namespace ttx::core {
namespace {

SimTime at(std::int64_t s) { return SimTime::at_seconds(s); }

TEST(CountedResource, GrantsUpToCapacityThenQueues) {
  CountedResource r(2, QueueDiscipline::fifo);
  EXPECT_TRUE(r.request(1, at(0)));
  EXPECT_TRUE(r.request(2, at(0)));
  EXPECT_FALSE(r.request(3, at(0)));
  EXPECT_EQ(r.in_use(), 2);
  EXPECT_EQ(r.queue_length(), 1u);
}

TEST(CountedResource, FifoServesInArrivalOrderWhateverThePriority) {
  CountedResource r(1, QueueDiscipline::fifo);
  r.request(100, at(0));
  r.request(1, at(1), /*priority=*/9);
  r.request(2, at(2), /*priority=*/0);
  r.request(3, at(3), /*priority=*/5);
  std::vector<std::uint64_t> order;
  for (int t = 10; t < 13; ++t) order.push_back(r.release(at(t))->token);
  EXPECT_EQ(order, (std::vector<std::uint64_t>{1, 2, 3}));
}

TEST(CountedResource, PriorityServesLowestValueFirstTiesByArrival) {
  CountedResource r(1, QueueDiscipline::priority);
  r.request(100, at(0));
  r.request(1, at(1), 3);
  r.request(2, at(2), 1);
  r.request(3, at(3), 3);
  r.request(4, at(4), 2);
  std::vector<std::uint64_t> order;
  for (int t = 10; t < 14; ++t) order.push_back(r.release(at(t))->token);
  EXPECT_EQ(order, (std::vector<std::uint64_t>{2, 4, 1, 3}));
}

TEST(CountedResource, ReleaseReportsTheWaitAndFreesTheUnitWhenNobodyWaits) {
  CountedResource r(1, QueueDiscipline::fifo);
  r.request(1, at(0));
  r.request(2, at(5));
  auto g = r.release(at(65));
  ASSERT_TRUE(g.has_value());
  EXPECT_EQ(g->token, 2u);
  EXPECT_EQ(g->waited, Duration::seconds(60));
  EXPECT_EQ(r.in_use(), 1) << "the unit passed straight to the waiting request";
  EXPECT_FALSE(r.release(at(70)).has_value());
  EXPECT_EQ(r.in_use(), 0);
  EXPECT_THROW(r.release(at(71)), std::logic_error);
}

TEST(CountedResource, StatisticsOverTime) {
  CountedResource r(2, QueueDiscipline::fifo, at(0));
  r.request(1, at(0));             // 1 busy from 0
  r.request(2, at(10));            // 2 busy from 10
  r.request(3, at(20));            // queue 1 from 20
  r.release(at(30));               // token 3 served: wait 10, still 2 busy
  r.release(at(40));               // 1 busy
  r.release(at(50));               // 0 busy
  // busy unit-seconds: 1*10 + 2*30 + 1*10 = 80 of 2*100
  EXPECT_DOUBLE_EQ(r.utilisation(at(100)), 0.4);
  EXPECT_DOUBLE_EQ(r.mean_queue_length(at(100)), 0.1);  // 1 for 10 s of 100
  EXPECT_EQ(r.max_queue_length(), 1u);
  EXPECT_EQ(r.waits_s().count(), 3u);
  EXPECT_DOUBLE_EQ(r.waits_s().mean(), 10.0 / 3.0);
  EXPECT_DOUBLE_EQ(r.waits_s().max(), 10.0);
}

TEST(CountedResource, WithdrawRemovesAWaitingRequest) {
  CountedResource r(1, QueueDiscipline::priority);
  r.request(1, at(0));
  r.request(2, at(1), 1);
  r.request(3, at(2), 2);
  EXPECT_TRUE(r.withdraw(2, at(3)));
  EXPECT_FALSE(r.withdraw(2, at(3)));
  EXPECT_EQ(r.release(at(4))->token, 3u);
}

TEST(CountedResource, ZeroCapacityQueuesEverything) {
  CountedResource r(0, QueueDiscipline::fifo);
  EXPECT_FALSE(r.request(1, at(0)));
  EXPECT_DOUBLE_EQ(r.utilisation(at(10)), 0.0);
  EXPECT_THROW(CountedResource(-1, QueueDiscipline::fifo), std::invalid_argument);
}

}  // namespace
}  // namespace ttx::core
