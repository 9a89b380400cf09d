// The timeline's sentences for the plan's call-out of forces: a count when units
// went out, a plain statement when none of the named units was left on standby;
// whole numbers for people, households and rooms.
#include "sim/io/log_text.h"

#include <gtest/gtest.h>

#include "../hazard/shipped_world.h"
#include "sim/response/response_model.h"

namespace ttx::io {
namespace {

TEST(LogText, AMobilisationThatFindsNoUnitOnStandbySaysSoInsteadOfZeroUnits) {
  const auto load = testing_support::shipped_scenario("earthquake_m6_onshore");
  response::ResponseModel m(load.district.world, load.scenario);
  m.advance_until(m.end_s());
  int empty = 0, with_units = 0;
  for (const auto& e : m.log()) {
    if (e.kind != response::LogKind::action || e.action != "mobilise_forces" || e.expected_only) continue;
    for (const Lang l : {Lang::zh, Lang::en}) {
      const std::string text = log_text(e, m.world(), m.units(), l);
      if (e.count == 0) {
        EXPECT_EQ(text.find(l == Lang::zh ? "0 支队伍" : "0 units"), std::string::npos) << text;
        EXPECT_NE(text.find(l == Lang::zh ? "无新增调集" : "still on standby"), std::string::npos) << text;
      } else {
        EXPECT_NE(text.find(l == Lang::zh ? "支队伍" : "units"), std::string::npos) << text;
      }
    }
    (e.count == 0 ? empty : with_units) += 1;
  }
  // The shipped quake raises two plans through four levels each: both cases occur.
  EXPECT_GT(empty, 0);
  EXPECT_GT(with_units, 0);
}

TEST(LogText, PeopleHouseholdsAndRoomsAreShownWhole) {
  EXPECT_EQ(indicator_value_text(world::Indicator::dead_missing, 1.35, Lang::zh), "死亡失踪 1人");
  EXPECT_EQ(indicator_value_text(world::Indicator::relocated, 5012.6, Lang::en), "people relocated 5013");
  EXPECT_EQ(indicator_value_text(world::Indicator::households_collapsed, 2.5, Lang::zh), "倒塌和严重损坏房屋 3户");
  // A share is not a count: it keeps its decimals.
  EXPECT_EQ(indicator_value_text(world::Indicator::users_without_power_pct, 12.5, Lang::en), "users without power 12.5 %");
}

}  // namespace
}  // namespace ttx::io
