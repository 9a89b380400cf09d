#include "sim/io/svg_interval_chart.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "sim/io/svg_chart.h"

namespace ttx::io {

std::string interval_chart_svg(const IntervalChart& c) {
  const double row = 22, label_w = 340, text_w = 150, top = 6;  // room for a long English label
  const double plot_w = c.width - label_w - text_w;
  double lo = c.min, hi = c.max;
  for (const auto& b : c.bars) {
    for (const double v : {b.value, b.lo, b.hi}) {
      if (!std::isnan(v)) lo = std::min(lo, v), hi = std::max(hi, v);
    }
  }
  if (hi <= lo) hi = lo + 1;
  const auto x = [&](double v) { return label_w + plot_w * (v - lo) / (hi - lo); };
  const double height = top * 2 + row * static_cast<double>(std::max<std::size_t>(1, c.bars.size()));
  std::string s;
  char buf[512];
  std::snprintf(buf, sizeof buf,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\" height=\"%.0f\" role=\"img\" "
                "aria-label=\"%s\" font-size=\"12\">",
                c.width, height, c.width, height, xml_escape(c.aria_label).c_str());
  s += buf;
  std::snprintf(buf, sizeof buf, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#555\"/>", x(0), top, x(0),
                height - top);
  s += buf;
  double y = top;
  for (const auto& b : c.bars) {
    const double v = std::isnan(b.value) ? 0 : b.value;
    const double x0 = std::min(x(0), x(v)), x1 = std::max(x(0), x(v)), mid = y + row / 2;
    std::snprintf(buf, sizeof buf,
                  "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" dominant-baseline=\"middle\">%s</text>"
                  "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                  label_w - 6, mid, xml_escape(b.label).c_str(), x0, y + 4, std::max(0.5, x1 - x0), row - 8, c.colour.c_str());
    s += buf;
    if (!std::isnan(b.lo) && !std::isnan(b.hi) && b.hi > b.lo) {
      std::snprintf(buf, sizeof buf,
                    "<path d=\"M%.1f %.1fH%.1fM%.1f %.1fV%.1fM%.1f %.1fV%.1f\" stroke=\"#222\" stroke-width=\"1.4\" fill=\"none\"/>",
                    x(b.lo), mid, x(b.hi), x(b.lo), mid - 5, mid + 5, x(b.hi), mid - 5, mid + 5);
      s += buf;
    }
    std::snprintf(buf, sizeof buf, "<text x=\"%.1f\" y=\"%.1f\" dominant-baseline=\"middle\">%s</text>", label_w + plot_w + 6, mid,
                  xml_escape(b.text).c_str());
    s += buf;
    y += row;
  }
  return s + "</svg>";
}

}  // namespace ttx::io
