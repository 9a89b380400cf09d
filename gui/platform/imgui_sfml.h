// The SFML side of Dear ImGui 1.86 (Debian ships no SFML backend): window events
// in, display size and frame time, clipboard; drawing goes through the OpenGL2
// renderer that libimgui.a already contains.
#pragma once

#include <string>

struct ImFont;

namespace sf {
class Event;
class RenderWindow;
class Time;
}  // namespace sf

namespace ttx::gui {

/// Creates the ImGui context for `window` and the OpenGL2 renderer.
void imgui_sfml_init(sf::RenderWindow& window);
/// Feeds one window event to ImGui. Returns true if ImGui wants it for itself
/// (the map then ignores it: input goes to ImGui first).
bool imgui_sfml_process_event(const sf::Event& event);
/// Starts an ImGui frame sized to the window, `dt` after the previous one.
void imgui_sfml_new_frame(sf::RenderWindow& window, sf::Time dt);
/// Renders the frame's ImGui draw data over whatever SFML drew.
void imgui_sfml_render(sf::RenderWindow& window);
void imgui_sfml_shutdown();

/// Loads a TrueType font with the glyphs of `extra_utf8` (the data's names and the
/// UI's strings, so no name shows as boxes), plus the 2,500 common simplified
/// Chinese characters if `common_chinese`. Returns nullptr, keeping ImGui's
/// built-in Latin font, if the file cannot be read.
ImFont* imgui_sfml_load_font(const std::string& path, float size_px, const std::string& extra_utf8, bool common_chinese = true);


}  // namespace ttx::gui
