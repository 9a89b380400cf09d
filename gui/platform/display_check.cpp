#include "gui/platform/display_check.h"

#include <X11/Xlib.h>

#include <algorithm>
#include <cmath>

#include <cstdlib>

namespace ttx::gui {

std::string display_problem() {
  const char* name = std::getenv("DISPLAY");
  Display* display = XOpenDisplay(nullptr);
  if (display == nullptr) {
    return std::string("cannot open the display '") + (name ? name : "") +
           "' (no graphical session? run it under xvfb-run -a, or set DISPLAY)";
  }
  XCloseDisplay(display);
  return "";
}

float display_scale() {
  // The X server's physical size: 96 dpi is 1; a HiDPI screen of 192 dpi is 2.
  Display* d = XOpenDisplay(nullptr);
  if (d == nullptr) return 1;
  const int screen = DefaultScreen(d);
  const double mm = DisplayWidthMM(d, screen), px = DisplayWidth(d, screen);
  XCloseDisplay(d);
  if (!(mm > 0)) return 1;
  const double dpi = px / (mm / 25.4);
  const double scale = std::round(dpi / 96.0 * 4) / 4;  // quarter steps
  return static_cast<float>(std::clamp(scale, 1.0, 3.0));
}


}  // namespace ttx::gui
