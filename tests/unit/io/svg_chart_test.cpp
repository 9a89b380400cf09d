// The report's line charts: round ticks, escaped labels, points where the numbers put them.
#include "sim/io/svg_chart.h"

#include <gtest/gtest.h>

namespace ttx::io {
namespace {

TEST(NiceTicks, AreRoundAndCoverTheRange) {
  EXPECT_EQ(nice_ticks(0, 64631, 4), (std::vector<double>{0, 20000, 40000, 60000, 80000}));
  EXPECT_EQ(nice_ticks(0, 28, 4), (std::vector<double>{0, 10, 20, 30}));
  EXPECT_EQ(nice_ticks(0, 1, 4), (std::vector<double>{0, 0.25, 0.5, 0.75, 1}));
  EXPECT_EQ(nice_ticks(0, 0, 4).back(), 1) << "an all-zero series still gets an axis";
}

TEST(XmlEscape, EscapesMarkup) { EXPECT_EQ(xml_escape("a<b & \"c\">"), "a&lt;b &amp; &quot;c&quot;&gt;"); }

TEST(LineChart, PutsThePointsWhereTheNumbersAreAndEscapesItsText) {
  LineChart c;
  c.x_h = {0, 1, 2};
  c.lines = {{"stock <A&B>", "#123456", {0, 10, 5}}};
  c.title = "T & U";
  c.width = 200, c.height = 150;
  const std::string svg = line_chart_svg(c);
  EXPECT_EQ(svg.rfind("<svg class=\"chart\" viewBox=\"0 0 200.0 150.0\"", 0), 0u) << svg;
  EXPECT_NE(svg.find("T &amp; U"), std::string::npos);
  EXPECT_EQ(svg.find("<A&B>"), std::string::npos);
  // One line under a title: no legend. The plot spans x 66..174; y runs from 10 (top) to 0.
  EXPECT_EQ(svg.find("stock"), std::string::npos);
  EXPECT_NE(svg.find("d=\"M66.0,"), std::string::npos) << svg;
  EXPECT_NE(svg.find("L174.0,"), std::string::npos) << svg;
  c.step = true;
  c.lines.push_back({"second", "#654321", {1, 1, 1}, true});
  const std::string stepped = line_chart_svg(c);
  EXPECT_NE(stepped.find("stroke-dasharray=\"6 4\""), std::string::npos);
  EXPECT_NE(stepped.find("stock &lt;A&amp;B&gt;"), std::string::npos) << "two lines: a legend";
}

TEST(LineChart, MarksAMomentWithALabel) {
  LineChart c;
  c.x_h = {0, 24, 48};
  c.lines = {{"q", "#000", {3, 2, 0}}};
  c.marker_h = 30;
  c.marker_label = "ran out T+30:00";
  const std::string svg = line_chart_svg(c);
  EXPECT_NE(svg.find("class=\"mark\""), std::string::npos);
  EXPECT_NE(svg.find("ran out T+30:00"), std::string::npos);
  c.marker_h = 99;
  EXPECT_EQ(line_chart_svg(c).find("class=\"mark\""), std::string::npos) << "outside the run: not drawn";
}

}  // namespace
}  // namespace ttx::io
