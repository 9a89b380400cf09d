// `ttx-console`: the exercise console. An SFML window with the map drawn by SFML
// and the panels by Dear ImGui; the simulation is the library's (ConsoleApp reads
// the session's view and writes only commands). This file is the shell: options,
// the window and fonts, the frame loop, and the headless script/screenshot/bench modes.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <exception>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <SFML/Graphics.hpp>
#include <imgui.h>

#include "gui/console_app.h"
#include "gui/layout_settings.h"
#include "gui/panels/panel.h"
#include "gui/platform/display_check.h"
#include "gui/platform/imgui_sfml.h"
#include "gui/script/script.h"
#include "sim/exercise/replay_fingerprint.h"

namespace {

constexpr char kWindowTitle[] = "TTX — 海门区应急演练控制台 exercise console";

struct ConsoleOptions {
  std::string scenario;
  std::string mode = "director";
  std::string lang = "zh";
  std::optional<std::uint64_t> seed;
  std::uint64_t replication = 0;
  std::string font = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
  float font_px = 18.0f;
  float scale = 0;  // 0: from the display
  int frames = 0;   // 0: run until the window closes
  std::string script, screenshot;
  std::string resume;  // a saved session (ttx play --session), replayed to where it was left
  std::string session; // save to this file or folder ("" : the current folder, unless headless)
  int bench_frames = 0;
  bool print_fingerprint = false;
  unsigned width = 1600, height = 900;
};

bool save_screenshot(sf::RenderWindow& window, const std::string& path) {
  sf::Texture texture;
  if (!texture.create(window.getSize().x, window.getSize().y)) return false;
  texture.update(window);
  return texture.copyToImage().saveToFile(path);
}

std::string read_file(const std::string& path, bool& ok) {
  std::ifstream in(path, std::ios::binary);
  ok = static_cast<bool>(in);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void apply_style(float scale) {
  ImGuiStyle& st = ImGui::GetStyle();
  ImGui::StyleColorsDark(&st);
  // Square, tiled windows; no anti-aliased fringes on filled shapes: a software
  // renderer pays for every extra triangle and every blended pixel.
  st.WindowRounding = 0;
  st.FrameRounding = 2;
  st.TabRounding = 2;
  st.WindowBorderSize = 1;
  st.AntiAliasedFill = false;
  st.ItemSpacing = ImVec2(8, 5);
  namespace g = ttx::gui;
  st.Colors[ImGuiCol_WindowBg] = ImVec4(g::kPanelBackground[0], g::kPanelBackground[1], g::kPanelBackground[2], 1.0f);
  st.Colors[ImGuiCol_TitleBgActive] = ImVec4(0.16f, 0.27f, 0.40f, 1);
  st.Colors[ImGuiCol_TitleBg] = ImVec4(0.12f, 0.16f, 0.21f, 1);
  st.Colors[ImGuiCol_Header] = ImVec4(0.20f, 0.35f, 0.52f, 0.6f);
  st.ScaleAllSizes(scale);
}

// SFML draws the map, then ImGui's OpenGL2 renderer the panels over it; SFML's GL
// state is saved and restored around its part so the two never see each other's.
void draw_window(sf::RenderWindow& window, ttx::gui::ConsoleApp& app) {
  // The panels' background: the regions and bars draw none of their own (see panel.h).
  auto byte = [](float f) { return static_cast<sf::Uint8>(std::lround(f * 255)); };
  window.clear(sf::Color(byte(ttx::gui::kPanelBackground[0]), byte(ttx::gui::kPanelBackground[1]), byte(ttx::gui::kPanelBackground[2])));
  window.pushGLStates();
  app.draw_map(window);
  window.popGLStates();
  ttx::gui::imgui_sfml_render(window);
}

struct FrameTimes {
  std::vector<double> ms;
  void print() const {
    if (ms.empty()) return;
    std::vector<double> s = ms;
    std::sort(s.begin(), s.end());
    auto at = [&](double q) { return s[std::min(s.size() - 1, static_cast<std::size_t>(q * static_cast<double>(s.size())))]; };
    std::printf("frames %zu | frame time ms: p50 %.2f  p90 %.2f  p99 %.2f  max %.2f\n", s.size(), at(0.5), at(0.9), at(0.99),
                s.back());
  }
};

int run_console(const ConsoleOptions& o) {
  if (const std::string problem = ttx::gui::display_problem(); !problem.empty()) {
    std::fprintf(stderr, "ttx-console: %s\n", problem.c_str());
    return 1;
  }
  ttx::gui::ConsoleState initial;
  initial.lang = *ttx::io::parse_language(o.lang);
  initial.mode = o.mode == "trainee" ? ttx::gui::Mode::trainee : ttx::gui::Mode::director;
  initial.ui_scale = o.scale > 0 ? o.scale : ttx::gui::display_scale();
  ttx::gui::AppOptions app_options;
  app_options.scenarios_folder = TTX_SCENARIOS_DIR;
  if (!o.scenario.empty()) app_options.scenarios_folder = std::filesystem::path(o.scenario).parent_path();
  app_options.seed = o.seed;
  app_options.replication = o.replication;
  app_options.map_font = o.font;
  // A drill in a window is saved after every command; a scripted or timed run only when asked.
  const bool headless = !o.script.empty() || o.frames > 0 || o.bench_frames > 0;
  app_options.save_to = !o.session.empty() ? std::filesystem::path(o.session) : headless ? std::filesystem::path() : ".";
  ttx::gui::ConsoleApp app(app_options, initial);
  if (!o.resume.empty()) {
    std::string error;
    if (!app.resume(o.resume, &error)) {
      std::fprintf(stderr, "ttx-console: %s", error.c_str());
      return 2;
    }
    app.prepare_glyphs(app.scenario_path());
  } else if (!o.scenario.empty()) {
    std::string error;
    if (!app.open(o.scenario, &error)) {
      std::fprintf(stderr, "ttx-console: %s does not load:\n%s", o.scenario.c_str(), error.c_str());
      return 2;
    }
    app.prepare_glyphs(o.scenario);
  } else {
    app.prepare_glyphs(std::filesystem::path(TTX_SCENARIOS_DIR) / "flood_typhoon_breach.yaml");
  }
  if (app.saved() != nullptr && !app.saved()->path().empty()) {
    std::fprintf(stderr, "ttx-console: the session is saved after every command to %s (ttx-console --resume %s goes on)\n",
                 app.saved()->path().c_str(), app.saved()->path().c_str());
  }
  std::vector<ttx::gui::ScriptLine> script;
  if (!o.script.empty()) {
    bool ok = false;
    const std::string text = read_file(o.script, ok);
    if (!ok) {
      std::fprintf(stderr, "ttx-console: cannot read script '%s'\n", o.script.c_str());
      return 2;
    }
    script = ttx::gui::parse_script(text);
  }

  sf::RenderWindow window(sf::VideoMode(o.width, o.height),
                          sf::String::fromUtf8(kWindowTitle, kWindowTitle + sizeof(kWindowTitle) - 1));
  if (!window.isOpen()) {
    std::fprintf(stderr, "ttx-console: cannot open a window (is a display available? try xvfb-run)\n");
    return 1;
  }
  window.setFramerateLimit(headless ? 0 : 60);
  ttx::gui::imgui_sfml_init(window);
  // The layout is remembered between sessions, not between headless runs (tests and
  // screenshots start from the default layout every time).
  ttx::gui::register_layout_settings(app.state());
  static std::string ini;
  if (!headless) {
    const auto file = ttx::gui::layout_file();
    std::error_code ec;
    if (!file.empty() && (std::filesystem::create_directories(file.parent_path(), ec), !ec)) {
      ini = file.string();
      ImGui::GetIO().IniFilename = ini.c_str();
    }
  }
  const float scale = app.state().ui_scale;
  ImFont* font = ttx::gui::imgui_sfml_load_font(o.font, o.font_px * scale, app.glyphs());
  if (font == nullptr) {
    std::fprintf(stderr,
                 "ttx-console: font '%s' not found; Chinese text will show as boxes "
                 "(apt-get install fonts-wqy-microhei)\n",
                 o.font.c_str());
  } else {
    app.set_large_font(ttx::gui::imgui_sfml_load_font(o.font, o.font_px * 1.9f * scale, "T+:0123456789", false));
  }
  apply_style(scale);

  if (o.bench_frames > 0 && app.session() != nullptr) {  // the fastest play, the whole district in view
    app.state().clock.speed = ttx::gui::kSpeedCount - 1;
    app.state().clock.playing = true;
  }
  sf::Clock clock;
  FrameTimes times;
  std::size_t next_line = 0;
  int frames_left = 1, rc = 0;
  for (int frame = 1; window.isOpen(); ++frame) {
    sf::Event event;
    while (window.pollEvent(event)) {
      const bool captured = ttx::gui::imgui_sfml_process_event(event);
      app.on_event(event, captured);
      if (event.type == sf::Event::Closed) window.close();
      if (event.type == sf::Event::Resized) {
        window.setView(sf::View(sf::FloatRect(0, 0, static_cast<float>(event.size.width), static_cast<float>(event.size.height))));
      }
    }
    if (!window.isOpen()) break;
    // A script: the next line once the frames of the last one are drawn.
    if (!script.empty() && --frames_left <= 0) {
      if (next_line == script.size()) break;
      const auto& line = script[next_line++];
      const std::string problem = ttx::gui::run_script_line(app, line, frames_left);
      if (!problem.empty()) {
        std::fprintf(stderr, "ttx-console: %s:%d: %s\n", o.script.c_str(), line.line, problem.c_str());
        rc = 2;
        break;
      }
    }
    const sf::Time dt = clock.restart();
    const double wall_dt = o.bench_frames > 0 || !script.empty() ? 1.0 / 60 : dt.asSeconds();
    ttx::gui::imgui_sfml_new_frame(window, dt);
    const auto size = window.getSize();
    app.frame(wall_dt, static_cast<float>(size.x), static_cast<float>(size.y));
    draw_window(window, app);
    if (o.bench_frames > 0 && frame > 1) times.ms.push_back(dt.asSeconds() * 1000.0);
    const bool last = (o.frames > 0 && frame >= o.frames) || (o.bench_frames > 0 && frame > o.bench_frames);
    if (last) break;
    window.display();
  }
  // A script ends with two more frames, so what its last line did is on screen.
  if (rc == 0 && window.isOpen() && !script.empty()) {
    for (int k = 0; k < 2; ++k) {
      ttx::gui::imgui_sfml_new_frame(window, sf::seconds(1.0f / 60));
      const auto size = window.getSize();
      app.frame(1.0 / 60, static_cast<float>(size.x), static_cast<float>(size.y));
      draw_window(window, app);
      if (k == 0) window.display();
    }
  }
  if (rc == 0 && !o.screenshot.empty() && !save_screenshot(window, o.screenshot)) {
    std::fprintf(stderr, "ttx-console: cannot write screenshot '%s'\n", o.screenshot.c_str());
    rc = 1;
  }
  if (o.bench_frames > 0) times.print();
  if (rc == 0 && o.print_fingerprint && app.session() != nullptr) {
    const auto& run = app.session()->view();
    const auto* load = app.scenario();
    std::printf("now %lld\nfingerprint %016llx\n", static_cast<long long>(run.now_s()),
                static_cast<unsigned long long>(ttx::exercise::replay_fingerprint(
                    load->district.world, load->scenario, app.session_options(), app.session()->command_log(), run.now_s())));
  }
  if (const std::string problem = app.save(); !problem.empty()) {
    std::fprintf(stderr, "ttx-console: the session could not be saved: %s\n", problem.c_str());
  }
  window.close();
  ttx::gui::imgui_sfml_shutdown();
  return rc;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"ttx-console — the TTX exercise console: step through a drill on the district's map, decide by commands, "
               "see the live score"};
  ConsoleOptions o;
  app.add_option("scenario", o.scenario, "Scenario file (scenarios/*.yaml); without one, a start screen lists them");
  app.add_option("--mode", o.mode, "director (sees the truth; the plan is played by the book) or trainee (the known "
                                   "picture only; the trainee decides)")
      ->check(CLI::IsMember({"director", "trainee"}))
      ->capture_default_str();
  app.add_option("--lang", o.lang, "zh or en (switchable in the console)")->check(CLI::IsMember({"zh", "en"}))->capture_default_str();
  app.add_option("--seed", o.seed, "Replaces the scenario's seed");
  app.add_option("--resume", o.resume, "Go on with a saved session (the console's or ttx play's; docs/session-file.md)")
      ->check(CLI::ExistingFile);
  app.add_option("--session", o.session,
                 "Save the session after every command to FILE, or to a new file in FOLDER (default: the current "
                 "folder; --script, --frames and --bench-frames runs save only when given)");
  app.add_option("--replication", o.replication, "Replication number (a different draw of the same disaster)");
  app.add_option("--font", o.font, "TrueType font with Chinese glyphs")->capture_default_str();
  app.add_option("--font-size", o.font_px, "Font size in pixels (before --scale)")->check(CLI::Range(8.0f, 64.0f));
  app.add_option("--scale", o.scale, "UI scale for HiDPI screens (default: from the display's dpi)")->check(CLI::Range(0.5f, 4.0f));
  app.add_option("--frames", o.frames, "Quit after this many frames (0: run until closed)")->check(CLI::NonNegativeNumber);
  app.add_option("--script", o.script, "Play a script of actions (see tests/gui/*.script), then quit");
  app.add_option("--screenshot", o.screenshot, "Save the last frame as a PNG (with --script or --frames)");
  app.add_option("--bench-frames", o.bench_frames, "Play at the fastest speed for N frames and print frame-time percentiles")
      ->check(CLI::PositiveNumber);
  app.add_flag("--print-fingerprint", o.print_fingerprint,
               "After the script, print the run fingerprint of the commands given (replayed from the start)");
  app.add_option("--width", o.width, "Window width in pixels")->check(CLI::Range(320u, 8192u));
  app.add_option("--height", o.height, "Window height in pixels")->check(CLI::Range(240u, 8192u));
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  }
  if (!o.screenshot.empty() && o.frames == 0 && o.script.empty()) o.frames = 3;
  try {
    return run_console(o);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "ttx-console: %s\n", e.what());
    return 1;
  }
}
