// Whether a graphical display can be opened, asked before SFML tries (SFML aborts
// the process when it cannot open one).
#pragma once

#include <string>

namespace ttx::gui {

/// "" if a display can be opened, else what to tell the user.
std::string display_problem();

}  // namespace ttx::gui
