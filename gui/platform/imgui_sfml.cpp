#include "gui/platform/imgui_sfml.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <list>
#include <string>
#include <utility>


#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/Window/Clipboard.hpp>
#include <SFML/Window/Cursor.hpp>
#include <SFML/Window/Event.hpp>
#include <backends/imgui_impl_opengl2.h>
#include <imgui.h>

namespace ttx::gui {

namespace {

std::string clipboard_buffer;

// UTF-8 both ways: toAnsiString() would turn every Chinese character into '\0'.
const char* get_clipboard(void*) {
  const auto utf8 = sf::Clipboard::getString().toUtf8();
  clipboard_buffer.assign(utf8.begin(), utf8.end());
  return clipboard_buffer.c_str();
}

// One system cursor per ImGui cursor, loaded once; nullptr where the system has none.
sf::Cursor* cursors[ImGuiMouseCursor_COUNT] = {};
ImGuiMouseCursor last_cursor = ImGuiMouseCursor_COUNT;

void load_cursors() {
  const std::pair<ImGuiMouseCursor, sf::Cursor::Type> kinds[] = {
      {ImGuiMouseCursor_Arrow, sf::Cursor::Arrow},       {ImGuiMouseCursor_TextInput, sf::Cursor::Text},
      {ImGuiMouseCursor_ResizeAll, sf::Cursor::SizeAll}, {ImGuiMouseCursor_ResizeNS, sf::Cursor::SizeVertical},
      {ImGuiMouseCursor_ResizeEW, sf::Cursor::SizeHorizontal},
      {ImGuiMouseCursor_ResizeNESW, sf::Cursor::SizeBottomLeftTopRight},
      {ImGuiMouseCursor_ResizeNWSE, sf::Cursor::SizeTopLeftBottomRight}, {ImGuiMouseCursor_Hand, sf::Cursor::Hand},
      {ImGuiMouseCursor_NotAllowed, sf::Cursor::NotAllowed}};
  for (const auto& [im, sys] : kinds) {
    auto* c = new sf::Cursor();
    if (c->loadFromSystem(sys)) {
      cursors[im] = c;
    } else {
      delete c;
    }
  }
}

void update_cursor(sf::RenderWindow& window) {
  ImGuiIO& io = ImGui::GetIO();
  if (io.ConfigFlags & ImGuiConfigFlags_NoMouseCursorChange) return;
  const ImGuiMouseCursor want = io.MouseDrawCursor ? ImGuiMouseCursor_None : ImGui::GetMouseCursor();
  if (want == last_cursor) return;
  last_cursor = want;
  if (want == ImGuiMouseCursor_None) {
    window.setMouseCursorVisible(false);
    return;
  }
  window.setMouseCursorVisible(true);
  sf::Cursor* c = cursors[want] != nullptr ? cursors[want] : cursors[ImGuiMouseCursor_Arrow];
  if (c != nullptr) window.setMouseCursor(*c);
}

void set_clipboard(void*, const char* text) { sf::Clipboard::setString(sf::String::fromUtf8(text, text + std::char_traits<char>::length(text))); }

void map_keys(ImGuiIO& io) {
  io.KeyMap[ImGuiKey_Tab] = sf::Keyboard::Tab;
  io.KeyMap[ImGuiKey_LeftArrow] = sf::Keyboard::Left;
  io.KeyMap[ImGuiKey_RightArrow] = sf::Keyboard::Right;
  io.KeyMap[ImGuiKey_UpArrow] = sf::Keyboard::Up;
  io.KeyMap[ImGuiKey_DownArrow] = sf::Keyboard::Down;
  io.KeyMap[ImGuiKey_PageUp] = sf::Keyboard::PageUp;
  io.KeyMap[ImGuiKey_PageDown] = sf::Keyboard::PageDown;
  io.KeyMap[ImGuiKey_Home] = sf::Keyboard::Home;
  io.KeyMap[ImGuiKey_End] = sf::Keyboard::End;
  io.KeyMap[ImGuiKey_Insert] = sf::Keyboard::Insert;
  io.KeyMap[ImGuiKey_Delete] = sf::Keyboard::Delete;
  io.KeyMap[ImGuiKey_Backspace] = sf::Keyboard::Backspace;
  io.KeyMap[ImGuiKey_Space] = sf::Keyboard::Space;
  io.KeyMap[ImGuiKey_Enter] = sf::Keyboard::Enter;
  io.KeyMap[ImGuiKey_Escape] = sf::Keyboard::Escape;
  io.KeyMap[ImGuiKey_KeyPadEnter] = sf::Keyboard::Enter;
  io.KeyMap[ImGuiKey_A] = sf::Keyboard::A;
  io.KeyMap[ImGuiKey_C] = sf::Keyboard::C;
  io.KeyMap[ImGuiKey_V] = sf::Keyboard::V;
  io.KeyMap[ImGuiKey_X] = sf::Keyboard::X;
  io.KeyMap[ImGuiKey_Y] = sf::Keyboard::Y;
  io.KeyMap[ImGuiKey_Z] = sf::Keyboard::Z;
}

void set_modifiers(ImGuiIO& io, const sf::Event::KeyEvent& key) {
  io.KeyCtrl = key.control;
  io.KeyShift = key.shift;
  io.KeyAlt = key.alt;
  io.KeySuper = key.system;
}

}  // namespace

void imgui_sfml_init(sf::RenderWindow& window) {
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.BackendPlatformName = "ttx_sfml";
  io.IniFilename = nullptr;  // window layout is console state, not a stray file in the cwd
  map_keys(io);
  io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
  load_cursors();
  io.GetClipboardTextFn = get_clipboard;
  io.SetClipboardTextFn = set_clipboard;
  const auto size = window.getSize();
  io.DisplaySize = ImVec2(static_cast<float>(size.x), static_cast<float>(size.y));
  ImGui_ImplOpenGL2_Init();
}

bool imgui_sfml_process_event(const sf::Event& event) {
  ImGuiIO& io = ImGui::GetIO();
  switch (event.type) {
    case sf::Event::MouseMoved:
      io.MousePos = ImVec2(static_cast<float>(event.mouseMove.x), static_cast<float>(event.mouseMove.y));
      return io.WantCaptureMouse;
    case sf::Event::MouseButtonPressed:
    case sf::Event::MouseButtonReleased: {
      const int b = event.mouseButton.button;
      if (b >= 0 && b < 5) io.MouseDown[b] = event.type == sf::Event::MouseButtonPressed;
      return io.WantCaptureMouse;
    }
    case sf::Event::MouseWheelScrolled:
      if (event.mouseWheelScroll.wheel == sf::Mouse::VerticalWheel) {
        io.MouseWheel += event.mouseWheelScroll.delta;
      } else {
        io.MouseWheelH += event.mouseWheelScroll.delta;
      }
      return io.WantCaptureMouse;
    case sf::Event::KeyPressed:
    case sf::Event::KeyReleased: {
      const int code = event.key.code;
      if (code >= 0 && code < 512) io.KeysDown[code] = event.type == sf::Event::KeyPressed;
      set_modifiers(io, event.key);
      return io.WantCaptureKeyboard;
    }
    case sf::Event::TextEntered:
      if (event.text.unicode >= 0x20 && event.text.unicode != 0x7f) io.AddInputCharacter(event.text.unicode);
      return io.WantTextInput;
    case sf::Event::LostFocus:
      io.AddFocusEvent(false);
      return false;
    case sf::Event::GainedFocus:
      io.AddFocusEvent(true);
      return false;
    default:
      return false;
  }
}

void imgui_sfml_new_frame(sf::RenderWindow& window, sf::Time dt) {
  ImGuiIO& io = ImGui::GetIO();
  const auto size = window.getSize();
  io.DisplaySize = ImVec2(static_cast<float>(size.x), static_cast<float>(size.y));
  const float seconds = dt.asSeconds();
  io.DeltaTime = seconds > 0.0f ? seconds : 1.0f / 60.0f;  // ImGui asserts on a zero step
  update_cursor(window);
  ImGui_ImplOpenGL2_NewFrame();
  ImGui::NewFrame();
}

void imgui_sfml_render(sf::RenderWindow& window) {
  ImGui::Render();
  window.setActive(true);
  ImGui_ImplOpenGL2_RenderDrawData(ImGui::GetDrawData());
}

void imgui_sfml_shutdown() {
  for (auto*& c : cursors) {
    delete c;
    c = nullptr;
  }
  ImGui_ImplOpenGL2_Shutdown();
  ImGui::DestroyContext();
}

ImFont* imgui_sfml_load_font(const std::string& path, float size_px, const std::string& extra_utf8, bool common_chinese) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return nullptr;
  ImGuiIO& io = ImGui::GetIO();
  static std::list<ImVector<ImWchar>> kept;  // ranges must outlive the atlas build (a list: they never move)
  kept.emplace_back();
  ImFontGlyphRangesBuilder builder;
  builder.AddRanges(common_chinese ? io.Fonts->GetGlyphRangesChineseSimplifiedCommon() : io.Fonts->GetGlyphRangesDefault());
  builder.AddText(extra_utf8.c_str());
  builder.AddText("·—–°²³±×≥≤→←↑↓✓");
  builder.BuildRanges(&kept.back());
  // No oversampling: thousands of CJK glyphs at 2-3x oversampling make a huge atlas, and a
  // software renderer pays for it in texture fetches; pixel-snapped glyphs stay sharp at 1x.
  ImFontConfig config;
  config.OversampleH = 1;
  config.OversampleV = 1;
  config.PixelSnapH = true;
  return io.Fonts->AddFontFromFileTTF(path.c_str(), size_px, &config, kept.back().Data);
}

}  // namespace ttx::gui
