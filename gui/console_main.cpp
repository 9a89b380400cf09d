// `ttx-console`: the exercise console. An SFML window drawing Dear ImGui panels;
// it reads the simulation and never owns its logic.
#include <cstdio>
#include <exception>
#include <string>

#include <CLI/CLI.hpp>
#include <SFML/Graphics.hpp>
#include <imgui.h>

#include "gui/console_state.h"
#include "gui/i18n/glyph_text.h"
#include "gui/platform/display_check.h"
#include "gui/panels/about_panel.h"
#include "gui/platform/imgui_sfml.h"

namespace {

constexpr char kWindowTitle[] = "TTX — 海门区应急演练 exercise console";

struct ConsoleOptions {
  std::string font = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
  float font_px = 18.0f;
  int frames = 0;  // 0: run until the window closes
  std::string screenshot;
  unsigned width = 1600, height = 900;
};

bool save_screenshot(sf::RenderWindow& window, const std::string& path) {
  sf::Texture texture;
  if (!texture.create(window.getSize().x, window.getSize().y)) return false;
  texture.update(window);
  return texture.copyToImage().saveToFile(path);
}

void draw_frame(ttx::gui::ConsoleState& state) {
  if (ImGui::BeginMainMenuBar()) {
    if (ImGui::BeginMenu("View")) {
      ImGui::MenuItem("About TTX", nullptr, &state.show_about);
      ImGui::MenuItem("ImGui metrics", nullptr, &state.show_imgui_metrics);
      ImGui::EndMenu();
    }
    ImGui::EndMainMenuBar();
  }
  if (state.show_about) ttx::gui::draw_about_panel(state.about, &state.show_about);
  if (state.show_imgui_metrics) ImGui::ShowMetricsWindow(&state.show_imgui_metrics);
}

int run_console(const ConsoleOptions& o) {
  if (const std::string problem = ttx::gui::display_problem(); !problem.empty()) {
    std::fprintf(stderr, "ttx-console: %s\n", problem.c_str());
    return 1;
  }
  sf::RenderWindow window(sf::VideoMode(o.width, o.height), sf::String::fromUtf8(kWindowTitle, kWindowTitle + sizeof(kWindowTitle) - 1));
  if (!window.isOpen()) {
    std::fprintf(stderr, "ttx-console: cannot open a window (is a display available? try xvfb-run)\n");
    return 1;
  }
  window.setFramerateLimit(60);
  ttx::gui::imgui_sfml_init(window);
  if (!ttx::gui::imgui_sfml_load_font(o.font, o.font_px, ttx::gui::kUiChineseGlyphs)) {
    std::fprintf(stderr,
                 "ttx-console: font '%s' not found; Chinese text will show as boxes "
                 "(apt-get install fonts-wqy-microhei)\n",
                 o.font.c_str());
  }
  ttx::gui::ConsoleState state;
  sf::Clock clock;
  int rc = 0;
  for (int frame = 1; window.isOpen(); ++frame) {
    sf::Event event;
    while (window.pollEvent(event)) {
      ttx::gui::imgui_sfml_process_event(event);
      if (event.type == sf::Event::Closed) window.close();
      if (event.type == sf::Event::Resized) {
        window.setView(sf::View(sf::FloatRect(0, 0, static_cast<float>(event.size.width),
                                              static_cast<float>(event.size.height))));
      }
    }
    if (!window.isOpen()) break;
    ttx::gui::imgui_sfml_new_frame(window, clock.restart());
    draw_frame(state);
    window.clear(sf::Color(32, 36, 44));
    ttx::gui::imgui_sfml_render(window);
    if (o.frames > 0 && frame >= o.frames) {
      if (!o.screenshot.empty() && !save_screenshot(window, o.screenshot)) {
        std::fprintf(stderr, "ttx-console: cannot write screenshot '%s'\n", o.screenshot.c_str());
        rc = 1;
      }
      window.close();
      break;
    }
    window.display();
  }
  ttx::gui::imgui_sfml_shutdown();
  return rc;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"ttx-console — the TTX exercise console (SFML + Dear ImGui)"};
  ConsoleOptions o;
  app.add_option("--font", o.font, "TrueType font with Chinese glyphs")->capture_default_str();
  app.add_option("--font-size", o.font_px, "Font size in pixels")->check(CLI::Range(8.0f, 64.0f));
  app.add_option("--frames", o.frames, "Quit after this many frames (0: run until closed)")
      ->check(CLI::NonNegativeNumber);
  app.add_option("--screenshot", o.screenshot, "Save the last frame as a PNG (with --frames)");
  app.add_option("--width", o.width, "Window width in pixels")->check(CLI::Range(320u, 8192u));
  app.add_option("--height", o.height, "Window height in pixels")->check(CLI::Range(240u, 8192u));
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  }
  if (!o.screenshot.empty() && o.frames == 0) o.frames = 3;
  try {
    return run_console(o);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "ttx-console: %s\n", e.what());
    return 1;
  }
}
