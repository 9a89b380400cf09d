// The scorecard as text: people counted whole, moments that never came in words.
#include "sim/io/scorecard_text.h"

#include <gtest/gtest.h>

namespace ttx::io {
namespace {

score::Scorecard card_with(std::vector<score::Figure> life, std::vector<score::Figure> compliance) {
  score::Scorecard c;
  c.life_safety.id = "life_safety";
  c.timeliness.id = "timeliness";
  c.sufficiency.id = "sufficiency";
  c.compliance.id = "compliance";
  c.efficiency.id = "efficiency";
  c.life_safety.figures = std::move(life);
  c.compliance.figures = std::move(compliance);
  return c;
}

TEST(ScorecardText, PeopleAreWholeAndAReportNeverSentSaysNever) {
  const auto c = card_with({{"died_waiting", 14.6}, {"rescued_alive_share", 0.995}},
                           {{"deadline:report_district_to_city", -1, 2, false}});
  const std::string en = scorecard_text(c, Lang::en), zh = scorecard_text(c, Lang::zh);
  EXPECT_NE(en.find("died waiting for rescue"), std::string::npos) << en;
  EXPECT_EQ(en.find("14.6"), std::string::npos) << en;
  EXPECT_NE(en.find(" 15\n"), std::string::npos) << en;
  EXPECT_NE(en.find("99.5%"), std::string::npos) << "a share keeps its decimal: " << en;
  EXPECT_NE(en.find("never"), std::string::npos) << en;
  EXPECT_EQ(en.find(" -1"), std::string::npos) << en;
  EXPECT_NE(zh.find("未发生"), std::string::npos) << zh;
}

TEST(ScorecardText, AReliefTargetNoPlanSetsIsNotANever) {
  const auto c = card_with({}, {});
  score::Scorecard t = c;
  t.timeliness.figures = {{"relief_target_h", -1}};
  EXPECT_EQ(scorecard_text(t, Lang::en).find("never"), std::string::npos);
}

}  // namespace
}  // namespace ttx::io
