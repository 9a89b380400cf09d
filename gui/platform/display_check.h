// Whether a graphical display can be opened, asked before SFML tries (SFML aborts
// the process when it cannot open one).
#pragma once

#include <string>

namespace ttx::gui {

/// "" if a display can be opened, else what to tell the user.
std::string display_problem();

/// The display's scale for HiDPI screens (1 at 96 dpi), from the X server's size in millimetres.
float display_scale();

}  // namespace ttx::gui
