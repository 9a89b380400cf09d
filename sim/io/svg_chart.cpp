#include "sim/io/svg_chart.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ttx::io {

namespace {

std::string num(double v) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", v);
  return text;
}

// A tick's label: 1200 -> "1,200", 0.5 -> "0.5", 25000 -> "25,000".
std::string tick_label(double v) {
  char text[32];
  if (std::fabs(v - std::round(v)) > 1e-9) {
    std::snprintf(text, sizeof text, "%g", v);
    return text;
  }
  std::snprintf(text, sizeof text, "%.0f", std::fabs(v));
  std::string digits = text, out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return (v < 0 ? "-" : "") + out;
}

}  // namespace

std::string xml_escape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::vector<double> nice_ticks(double lo, double hi, int about) {
  if (!(hi > lo)) hi = lo + 1;
  const double raw = (hi - lo) / std::max(1, about);
  const double mag = std::pow(10.0, std::floor(std::log10(raw)));
  double step = mag;
  for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
    step = m * mag;
    if (step >= raw) break;
  }
  std::vector<double> out;
  for (double v = std::floor(lo / step) * step; v < hi + step * 0.999; v += step) out.push_back(std::fabs(v) < 1e-12 ? 0 : v);
  return out;
}

std::string line_chart_svg(const LineChart& c) {
  // One line under a title needs no legend.
  const bool legend = c.lines.size() > 1 || c.title.empty();
  const double left = 66, right = 26, top = c.title.empty() ? 12 : 30,
               bottom = 24 + (legend ? 18.0 * static_cast<double>((c.lines.size() + 2) / 3) + 10 : 0);
  const double pw = c.width - left - right, ph = c.height - top - bottom;
  double y_max = 0;
  for (const auto& l : c.lines) {
    for (double v : l.y) y_max = std::max(y_max, v);
  }
  const std::vector<double> yt = nice_ticks(0, y_max > 0 ? y_max : 1, 4);
  const double y_top = yt.back();
  const double x0 = c.x_h.empty() ? 0 : c.x_h.front(), x1 = c.x_h.empty() ? 1 : std::max(c.x_h.back(), x0 + 1);
  const double span = x1 - x0;
  const double x_step = span > 48 ? 12 : span > 24 ? 6 : span > 8 ? 2 : 1;
  auto px = [&](double h) { return left + pw * (h - x0) / (x1 - x0); };
  auto py = [&](double v) { return top + ph * (1 - v / y_top); };

  std::string s = "<svg class=\"chart\" viewBox=\"0 0 " + num(c.width) + " " +
                  num(c.height) + "\" width=\"" + num(c.width) + "\" height=\"" + num(c.height) + "\" role=\"img\" aria-label=\"" +
                  xml_escape(c.aria_label.empty() ? c.title : c.aria_label) + "\">";
  // The title carries the unit; without a title the unit stands above the y axis.
  if (!c.title.empty()) {
    s += "<text class=\"ct\" x=\"" + num(left) + "\" y=\"18\">" + xml_escape(c.title) +
         (c.y_unit.empty() ? "" : " (" + xml_escape(c.y_unit) + ")") + "</text>";
  }
  // grid and y axis
  for (double v : yt) {
    s += "<line class=\"grid\" x1=\"" + num(left) + "\" x2=\"" + num(left + pw) + "\" y1=\"" + num(py(v)) + "\" y2=\"" +
         num(py(v)) + "\"/>";
    s += "<text class=\"yl\" x=\"" + num(left - 6) + "\" y=\"" + num(py(v) + 4) + "\">" + tick_label(v) + "</text>";
  }
  if (!c.y_unit.empty() && c.title.empty()) {
    s += "<text class=\"yu\" x=\"" + num(left - 6) + "\" y=\"" + num(top - 4 > 8 ? top - 4 : 8) + "\">" + xml_escape(c.y_unit) + "</text>";
  }
  // x axis: T+0, T+12 …
  for (double h = std::ceil(x0 / x_step) * x_step; h <= x1 + 1e-9; h += x_step) {
    s += "<line class=\"tick\" x1=\"" + num(px(h)) + "\" x2=\"" + num(px(h)) + "\" y1=\"" + num(top + ph) + "\" y2=\"" +
         num(top + ph + 4) + "\"/>";
    s += "<text class=\"xl\" x=\"" + num(px(h)) + "\" y=\"" + num(top + ph + 16) + "\">T+" + tick_label(h) + "h</text>";
  }
  s += "<line class=\"axis\" x1=\"" + num(left) + "\" x2=\"" + num(left + pw) + "\" y1=\"" + num(top + ph) + "\" y2=\"" +
       num(top + ph) + "\"/>";
  if (c.marker_h >= x0 && c.marker_h <= x1) {
    s += "<line class=\"mark\" x1=\"" + num(px(c.marker_h)) + "\" x2=\"" + num(px(c.marker_h)) + "\" y1=\"" + num(top) +
         "\" y2=\"" + num(top + ph) + "\"/>";
    if (!c.marker_label.empty()) {
      const bool right_half = px(c.marker_h) > left + pw * 0.6;
      s += "<text class=\"ml\" x=\"" + num(px(c.marker_h) + (right_half ? -4 : 4)) + "\" y=\"" + num(top + 12) +
           "\" text-anchor=\"" + (right_half ? "end" : "start") + "\">" + xml_escape(c.marker_label) + "</text>";
    }
  }
  // lines
  for (const auto& l : c.lines) {
    std::string d;
    const std::size_t n = std::min(l.y.size(), c.x_h.size());
    for (std::size_t i = 0; i < n; ++i) {
      if (c.step && i > 0) d += " L" + num(px(c.x_h[i])) + "," + num(py(l.y[i - 1]));
      d += (i ? " L" : "M") + num(px(c.x_h[i])) + "," + num(py(l.y[i]));
    }
    if (n == 0) continue;
    s += "<path class=\"ln\" d=\"" + d + "\" stroke=\"" + xml_escape(l.colour) + "\"" +
         (l.dashed ? " stroke-dasharray=\"6 4\"" : "") + "/>";
  }
  // legend, three to a row
  for (std::size_t i = 0; legend && i < c.lines.size(); ++i) {
    const double lx = left + static_cast<double>(i % 3) * (pw / 3), ly = top + ph + 34 + 18.0 * static_cast<double>(i / 3);
    s += "<line x1=\"" + num(lx) + "\" x2=\"" + num(lx + 18) + "\" y1=\"" + num(ly - 4) + "\" y2=\"" + num(ly - 4) +
         "\" stroke=\"" + xml_escape(c.lines[i].colour) + "\" stroke-width=\"3\"" +
         (c.lines[i].dashed ? " stroke-dasharray=\"6 4\"" : "") + "/>";
    s += "<text class=\"lg\" x=\"" + num(lx + 24) + "\" y=\"" + num(ly) + "\">" + xml_escape(c.lines[i].label) + "</text>";
  }
  s += "</svg>";
  return s;
}

}  // namespace ttx::io
