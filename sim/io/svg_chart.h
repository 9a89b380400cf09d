// Line charts as inline SVG for the HTML report: hourly series against the
// scenario's clock (T+0 h ...), nice axis ticks, a legend, print-safe colours.
// Formats only: the caller passes the numbers it shows.
#pragma once

#include <string>
#include <vector>

namespace ttx::io {

struct ChartLine {
  std::string label;   ///< shown in the legend (plain text; escaped here)
  std::string colour;  ///< a CSS colour, e.g. "#1f5fa8"
  std::vector<double> y;  ///< one value per x
  bool dashed = false;
};

struct LineChart {
  std::vector<double> x_h;  ///< hours from the start, increasing
  std::vector<ChartLine> lines;
  std::string title;        ///< above the plot (empty: none)
  std::string y_unit;       ///< beside the y axis, e.g. "件", "units"
  std::string aria_label;   ///< what the chart shows, for screen readers
  double width = 680, height = 240;
  bool step = false;        ///< hold each value until the next x (stock levels, counts)
  double marker_h = -1;     ///< a vertical dashed line (e.g. when the stock ran out), -1 none
  std::string marker_label;
};

/// The chart as an <svg> element (with a viewBox, so CSS may scale it).
std::string line_chart_svg(const LineChart& chart);

/// Round axis ticks from 0 (or `lo`) to at least `hi`: 0, 2, 4 … or 0, 500, 1000 …
std::vector<double> nice_ticks(double lo, double hi, int about = 5);

/// Text safe inside XML and HTML: & < > " escaped.
std::string xml_escape(const std::string& text);

}  // namespace ttx::io
