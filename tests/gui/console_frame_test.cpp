// Headless ImGui frames of the console (no window, no GL): a real font atlas with
// every character the data uses, every panel open, 60 frames while the flood
// plays; each frame draws, and no place name falls back to a box.
#include <gtest/gtest.h>

#include <imgui.h>
#include <imgui_internal.h>

#include "gui/console_app.h"
#include "gui/i18n/glyph_text.h"
#include "gui/platform/imgui_sfml.h"

namespace {

using ttx::gui::ConsoleApp;
using ttx::gui::ConsoleState;

const std::string kFont = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
const std::string kFlood = std::string(TTX_SOURCE_DIR) + "/scenarios/flood_typhoon_breach.yaml";

class HeadlessConsole : public ::testing::Test {
 protected:
  void SetUp() override {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1600, 900);
    io.DeltaTime = 1.0f / 60.0f;
  }
  void TearDown() override { ImGui::DestroyContext(); }
  // Builds the atlas with the console's own loader; false without the font.
  bool load_fonts(const std::string& glyphs) {
    ImFont* f = ttx::gui::imgui_sfml_load_font(kFont, 18, glyphs);
    unsigned char* pixels;
    int w, h;
    ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    ImGui::GetIO().Fonts->SetTexID(reinterpret_cast<ImTextureID>(1));
    return f != nullptr;
  }
};

// Every code point of UTF-8 text.
std::vector<unsigned> code_points(const std::string& s) {
  std::vector<unsigned> out;
  for (const char* p = s.c_str(); *p != 0;) {
    unsigned c = 0;
    const int n = ImTextCharFromUtf8(&c, p, nullptr);
    if (n <= 0) break;
    p += n;
    out.push_back(c);
  }
  return out;
}

TEST_F(HeadlessConsole, EveryCharacterTheDataUsesIsInTheFontAtlas) {
  const auto load = ttx::io::load_scenario(kFlood);
  ASSERT_TRUE(load.ok());
  const std::string glyphs = ttx::gui::glyph_text(load.district.world, &load.scenario);
  if (!load_fonts(glyphs)) GTEST_SKIP() << kFont << " is not installed (scripts/setup installs fonts-wqy-microhei)";
  const ImFont* font = ImGui::GetIO().Fonts->Fonts[0];
  std::size_t checked = 0;
  for (const unsigned c : code_points(glyphs)) {
    if (c < 0x80 || c == 0xfe0f) continue;
    EXPECT_NE(font->FindGlyphNoFallback(static_cast<ImWchar>(c)), nullptr) << "U+" << std::hex << c << " would show as a box";
    ++checked;
  }
  EXPECT_GT(checked, 2000u) << "the village, team and item names alone hold thousands of Chinese characters";
  // The glyph text covers the names the map and panels draw.
  for (const auto& v : load.district.world.villages) EXPECT_NE(glyphs.find(v.name), std::string::npos) << v.name;
}

TEST_F(HeadlessConsole, EveryPanelDrawsEachFrameWhileTheFloodPlays) {
  ConsoleState initial;
  ConsoleApp app({}, initial);
  ASSERT_TRUE(app.open(kFlood));
  load_fonts(app.glyphs());
  auto& st = app.state();
  st.show = {true, true, true, true, true, true, true, true, true, true, true, true, true};
  st.clock.playing = true;
  st.clock.speed = 3;  // 1 s = 1 h
  const std::int64_t before = app.session()->view().now_s();
  for (int f = 0; f < 60; ++f) {
    ImGui::NewFrame();
    app.frame(1.0 / 60, 1600, 900);
    ImGui::Render();
    const ImDrawData* d = ImGui::GetDrawData();
    ASSERT_NE(d, nullptr);
    ASSERT_GT(d->CmdListsCount, 10) << "frame " << f << ": every panel draws";
    ASSERT_GT(d->TotalVtxCount, 2000) << "frame " << f;
  }
  EXPECT_EQ(app.session()->view().now_s() - before, 3600) << "60 frames at 1 s = 1 h play one hour";
  // Each panel is a window where the layout put it.
  const ImGuiWindow* tasks = ImGui::FindWindowByID(ImHashStr("###p_tasks"));
  const ImGuiWindow* log = ImGui::FindWindowByID(ImHashStr("###p_log"));
  ASSERT_NE(tasks, nullptr);
  ASSERT_NE(log, nullptr);
  EXPECT_LT(tasks->Pos.x + tasks->Size.x, 800) << "tasks on the left";
  EXPECT_GT(log->Pos.x, 800) << "the log on the right";
}

TEST_F(HeadlessConsole, ACommandFromTheConsoleIsSubmittedOrRefusedWithItsReason) {
  ConsoleState initial;
  initial.mode = ttx::gui::Mode::trainee;
  ConsoleApp app({}, initial);
  ASSERT_TRUE(app.open(kFlood));
  EXPECT_FALSE(app.submit(ttx::response::StandDown{"fire_01"}).accepted) << "a unit at standby is on no site";
  ASSERT_TRUE(app.state().last_refusal.has_value());
  EXPECT_EQ(app.state().last_refusal->refusal, ttx::response::Refusal::not_on_site);
  EXPECT_TRUE(app.session()->command_log().empty()) << "a refused command is not sent";
  EXPECT_TRUE(app.submit(ttx::response::SendReport{"city"}).accepted);
  ASSERT_EQ(app.session()->command_log().size(), 1u);
  EXPECT_EQ(app.session()->command_log()[0].by, ttx::response::Actor::trainee) << "the mode's actor";
  EXPECT_FALSE(app.state().last_refusal.has_value());
}

}  // namespace
