// The SFML side of Dear ImGui 1.86 (Debian ships no SFML backend): window events
// in, display size and frame time, clipboard; drawing goes through the OpenGL2
// renderer that libimgui.a already contains.
#pragma once

#include <string>

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

/// Loads a TrueType font with the glyphs for simplified Chinese plus `extra_utf8`
/// (the data's place names), so no name shows as boxes. Returns false, keeping
/// ImGui's built-in Latin font, if the file cannot be read.
bool imgui_sfml_load_font(const std::string& path, float size_px, const std::string& extra_utf8);

}  // namespace ttx::gui
