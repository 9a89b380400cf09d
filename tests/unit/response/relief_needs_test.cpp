// Relief orders from the needs of the displaced (needs.yaml), worked by hand.
#include "sim/response/relief_needs.h"

#include <gtest/gtest.h>

#include <map>

#include "../hazard/shipped_world.h"

namespace ttx::response {
namespace {

using testing_support::shipped_world;

std::map<std::string, std::int64_t> by_item(const std::vector<ReliefOrder>& orders) {
  std::map<std::string, std::int64_t> m;
  for (const auto& o : orders) m[o.item] += o.quantity;
  return m;
}

TEST(ReliefNeeds, OneDayForAThousandDisplacedInSummer) {
  const auto town = *shipped_world().town_index("changle");
  const auto orders = relief_orders(shipped_world(), town, 1000, 0, "summer", 7200);
  const auto m = by_item(orders);
  // 3 L of drinking water a person a day in cases of 12 L: 3,000 / 12.
  EXPECT_EQ(m.at("agr_drinking_water"), 250);
  // 0.4 kg of food a person a day in 5 kg boxes: 400 / 5.
  EXPECT_EQ(m.at("agr_instant_food"), 80);
  // One quilt each, once per stay (not two: it is summer).
  EXPECT_EQ(m.at("relief_quilt"), 1000);
  // Half stay with relatives; Changle's shelters take the other 500: no tents.
  EXPECT_EQ(m.count("relief_tent"), 0u);
  EXPECT_EQ(m.count("relief_cotton_coat"), 0u) << "coats are for winter";
  for (const auto& o : orders) {
    EXPECT_EQ(o.at_s, 7200);
    EXPECT_EQ(o.town, town);
  }
}

TEST(ReliefNeeds, ThoseTheSheltersCannotTakeNeedTents) {
  const world::World& w = shipped_world();
  const auto town = *w.town_index("changle");
  double places = 0;
  for (const auto& s : w.shelters) places += s.town == "changle" ? s.capacity_short : 0;
  ASSERT_GT(places, 0);
  const double displaced = 2 * places + 4000;  // half need shelter: places + 2000
  const auto m = by_item(relief_orders(w, town, displaced, 0, "summer", 0));
  EXPECT_EQ(m.at("relief_tent"), 500) << "2,000 without a shelter place, one tent per 4";
}

TEST(ReliefNeeds, WinterDoublesQuiltsAndAddsCoats) {
  const auto m = by_item(relief_orders(shipped_world(), 0, 1000, 0, "winter", 0));
  EXPECT_EQ(m.at("relief_quilt"), 2000);
  EXPECT_EQ(m.at("relief_cotton_coat"), 1000);
}

TEST(ReliefNeeds, OncePerStayItemsAreNotOrderedAgainOnLaterDays) {
  const auto m = by_item(relief_orders(shipped_world(), 0, 1000, 3, "summer", 0));
  EXPECT_EQ(m.count("relief_quilt"), 0u);
  EXPECT_EQ(m.count("relief_tent"), 0u);
  EXPECT_EQ(m.at("agr_drinking_water"), 250) << "water every day";
  EXPECT_TRUE(relief_orders(shipped_world(), 0, 0, 0, "summer", 0).empty());
}

}  // namespace
}  // namespace ttx::response
