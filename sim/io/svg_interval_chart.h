// Horizontal bar charts as inline SVG for the batch report: one bar per row (a
// probability, a share, a difference), with its 95 % interval as a whisker. Negative
// values (a what-if that loses) go left of a zero line. Formats only.
#pragma once

#include <string>
#include <vector>

namespace ttx::io {

struct IntervalBar {
  std::string label;
  double value = 0, lo = 0, hi = 0;  ///< lo = hi = value: no whisker
  std::string text;                  ///< printed at the bar's end
};

struct IntervalChart {
  std::vector<IntervalBar> bars;
  double min = 0, max = 1;  ///< the axis; widened to hold every whisker
  std::string aria_label;
  std::string colour = "#1f5fa8";
  double width = 950;  // the report's text width
};

std::string interval_chart_svg(const IntervalChart& chart);

}  // namespace ttx::io
