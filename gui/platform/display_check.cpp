#include "gui/platform/display_check.h"

#include <X11/Xlib.h>

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

}  // namespace ttx::gui
