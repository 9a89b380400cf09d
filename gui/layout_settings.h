// The console's layout in imgui.ini, beside ImGui's own entries: region sizes,
// where each panel is, which are shown and which tab is in front, the legend and
// the layer switches. The file lives in the user's config folder.
#pragma once

#include <filesystem>
#include <string>

#include "gui/console_state.h"

namespace ttx::gui {

/// Registers the [TTX][Layout] entry of imgui.ini, read into and written from
/// `state` (which must outlive the ImGui context). Call once after the context exists.
void register_layout_settings(ConsoleState& state);

/// $XDG_CONFIG_HOME/ttx/imgui.ini, else $HOME/.config/ttx/imgui.ini ("" if neither is set).
std::filesystem::path layout_file();

}  // namespace ttx::gui
