#include "sim/core/level_container.h"

#include <gtest/gtest.h>

#include <boost/random/mersenne_twister.hpp>
#include <boost/random/uniform_int_distribution.hpp>

namespace ttx::core {
namespace {

SimTime at(std::int64_t s) { return SimTime::at_seconds(s); }

TEST(LevelContainer, TakeSucceedsInFullOrNotAtAll) {
  LevelContainer c(10);
  EXPECT_TRUE(c.try_take(4, at(0)));
  EXPECT_EQ(c.level(), 6);
  EXPECT_FALSE(c.try_take(7, at(1)));
  EXPECT_EQ(c.level(), 6) << "a failed take leaves the level alone";
  EXPECT_EQ(c.shortfalls(), 1u);
}

TEST(LevelContainer, TakeUpToTakesWhatIsThere) {
  LevelContainer c(5);
  EXPECT_EQ(c.take_up_to(8, at(0)), 5);
  EXPECT_EQ(c.level(), 0);
  EXPECT_EQ(c.shortfalls(), 1u);
  EXPECT_EQ(c.take_up_to(3, at(1)), 0);
}

TEST(LevelContainer, WaitingTakesAreServedFifoByPuts) {
  LevelContainer c(2);
  EXPECT_FALSE(c.take_or_wait(1, 5, at(0)));
  EXPECT_FALSE(c.take_or_wait(2, 1, at(1))) << "no overtaking the request ahead";
  std::vector<Grant> served;
  c.put(2, at(10), &served);  // level 4: still short of 5
  EXPECT_TRUE(served.empty());
  c.put(3, at(20), &served);  // level 7: serves 5 then 1
  ASSERT_EQ(served.size(), 2u);
  EXPECT_EQ(served[0].token, 1u);
  EXPECT_EQ(served[0].waited, Duration::seconds(20));
  EXPECT_EQ(served[1].token, 2u);
  EXPECT_EQ(c.level(), 1);
  EXPECT_EQ(c.waiting(), 0u);
}

TEST(LevelContainer, CapacityRefusesTheExcess) {
  LevelContainer c(8, 10);
  EXPECT_EQ(c.put(5, at(0)), 2);
  EXPECT_EQ(c.level(), 10);
}

TEST(LevelContainer, RejectsNegativeAmountsAndLevels) {
  EXPECT_THROW(LevelContainer(-1), std::invalid_argument);
  EXPECT_THROW(LevelContainer(11, 10), std::invalid_argument);
  LevelContainer c(3);
  EXPECT_THROW(c.try_take(-1, at(0)), std::invalid_argument);
  EXPECT_THROW(c.put(-1, at(0)), std::invalid_argument);
  LevelContainer small(2, 5);
  EXPECT_THROW(small.take_or_wait(1, 6, at(0)), std::invalid_argument) << "would wait forever";
}

TEST(LevelContainer, LevelNeverNegativeAndItemsAreConserved) {
  boost::random::mt19937 rng(11);
  boost::random::uniform_int_distribution<int> op(0, 3), amount(0, 9);
  LevelContainer c(20);
  std::uint64_t token = 0;
  for (int t = 0; t < 10000; ++t) {
    switch (op(rng)) {
      case 0: c.try_take(amount(rng), at(t)); break;
      case 1: c.take_up_to(amount(rng), at(t)); break;
      case 2: c.take_or_wait(token++, amount(rng), at(t)); break;
      default: c.put(amount(rng), at(t)); break;
    }
    ASSERT_GE(c.level(), 0);
    ASSERT_EQ(20 + c.total_in() - c.total_out(), c.level());
  }
  EXPECT_GE(c.min_level(), 0);
}

TEST(LevelContainer, StatisticsOverTime) {
  LevelContainer c(10, LevelContainer::kUnlimited, at(0));
  c.try_take(10, at(30));  // 10 for 30 s, then empty
  c.put(4, at(80));        // empty for 50 s, then 4 for 20 s
  EXPECT_DOUBLE_EQ(c.mean_level(at(100)), (10.0 * 30 + 4.0 * 20) / 100);
  EXPECT_DOUBLE_EQ(c.time_empty_s(at(100)), 50.0);
  EXPECT_EQ(c.min_level(), 0);
}

}  // namespace
}  // namespace ttx::core
