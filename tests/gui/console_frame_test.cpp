// Headless ImGui frames of the console (no window, no GL): a real font atlas with
// every character the data uses, every panel open, 60 frames while the flood
// plays; each frame draws, and no place name falls back to a box.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>

#include <imgui.h>
#include <imgui_internal.h>

#include "gui/console_app.h"
#include "gui/i18n/glyph_text.h"
#include "gui/layout.h"
#include "gui/layout_settings.h"
#include "gui/platform/imgui_sfml.h"
#include "sim/exercise/replay_fingerprint.h"

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
  st.layout.shown.fill(true);
  st.clock.playing = true;
  st.clock.speed = 3;  // 1 s = 1 h
  const std::int64_t before = app.session()->view().now_s();
  for (int f = 0; f < 60; ++f) {
    st.layout.focus = static_cast<ttx::gui::PanelId>(f % ttx::gui::kPanelCount);  // each panel's tab in front in turn
    ImGui::NewFrame();
    app.frame(1.0 / 60, 1600, 900);
    ImGui::Render();
    const ImDrawData* d = ImGui::GetDrawData();
    ASSERT_NE(d, nullptr);
    ASSERT_GE(d->CmdListsCount, 5) << "frame " << f << ": the top bar, three regions and the timeline draw";
    ASSERT_GT(d->TotalVtxCount, 1000) << "frame " << f << ": text and widgets in every region";
  }
  EXPECT_EQ(app.session()->view().now_s() - before, 3600) << "60 frames at 1 s = 1 h play one hour";
  // The regions hold the panels as tabs, beside the map and under it, never over it.
  const auto l = ttx::gui::layout_for(1600, 900, 1, st.layout);
  const ttx::gui::Rect right_top = l.region[0], right_bottom = l.region[1], bottom = l.region[2];
  EXPECT_GT(right_top.x, 800) << "a right column";
  EXPECT_GT(bottom.y, 450) << "a strip under the map";
  for (const auto& r : l.region) EXPECT_FALSE(r.overlaps(l.map)) << "no region covers the map";
  EXPECT_FLOAT_EQ(right_top.y + right_top.h, right_bottom.y);
  EXPECT_FLOAT_EQ(bottom.x + bottom.w, right_top.x);
  for (int r = 0; r < 3; ++r) {
    const ImGuiWindow* w = ImGui::FindWindowByName(("##region_" + std::to_string(r)).c_str());
    ASSERT_NE(w, nullptr) << "region " << r;
    EXPECT_FLOAT_EQ(w->Pos.x, l.region[static_cast<std::size_t>(r)].x);
    // ImGui keeps window sizes in whole pixels.
    EXPECT_NEAR(w->Size.y, l.region[static_cast<std::size_t>(r)].h, 1.0f);
  }
  // A larger window: the same plan, scaled.
  const auto big = ttx::gui::layout_for(3200, 1800, 1, st.layout);
  EXPECT_NEAR(big.map.w / l.map.w, 2.0, 0.01);
}

TEST_F(HeadlessConsole, TheLayoutIsRememberedInImguiIni) {
  ConsoleState state;
  ttx::gui::register_layout_settings(state);
  state.layout.right_share = 0.4f;
  state.layout.region[static_cast<std::size_t>(ttx::gui::PanelId::stock)] = ttx::gui::Region::right_top;
  state.layout.shown[static_cast<std::size_t>(ttx::gui::PanelId::injects)] = false;
  state.layout.front[2] = static_cast<int>(ttx::gui::PanelId::towns);
  state.layout.legend = false;
  const std::string ini = ImGui::SaveIniSettingsToMemory();
  EXPECT_NE(ini.find("[TTX][Layout]"), std::string::npos) << ini;
  state.layout = {};
  ImGui::LoadIniSettingsFromMemory(ini.c_str());
  EXPECT_FLOAT_EQ(state.layout.right_share, 0.4f);
  EXPECT_EQ(state.layout.region[static_cast<std::size_t>(ttx::gui::PanelId::stock)], ttx::gui::Region::right_top);
  EXPECT_FALSE(state.layout.shown[static_cast<std::size_t>(ttx::gui::PanelId::injects)]);
  EXPECT_EQ(state.layout.front[2], static_cast<int>(ttx::gui::PanelId::towns));
  EXPECT_FALSE(state.layout.legend);
  // A damaged file changes nothing it cannot read.
  state.layout = {};
  ImGui::LoadIniSettingsFromMemory("[TTX][Layout]\nRightShare=abc\nPanel=nosuch 1 0\nFront=7 tasks\n");
  EXPECT_FLOAT_EQ(state.layout.right_share, ttx::gui::LayoutState{}.right_share);
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

TEST_F(HeadlessConsole, ALiveInjectFromTheFormIsSentKeptOnScreenAndKeptOnItsBranchAfterAJumpBeforeIt) {
  ConsoleState initial;  // the director
  ConsoleApp app({}, initial);
  ASSERT_TRUE(app.open(kFlood));
  load_fonts(app.glyphs());
  auto& st = app.state();
  st.layout.focus = ttx::gui::PanelId::injects;
  st.inject_form.open = true;
  app.session()->advance_until(2 * 3600);
  ttx::exercise::LiveInject in;
  in.to = "town:changle";
  EXPECT_NE(app.send_inject(in), "") << "no Chinese message: not sent";
  EXPECT_NE(st.inject_problem, "") << "and the form says why";
  in.message_zh = "常乐镇报告：一处堤防出现管涌。";
  in.expected = ttx::exercise::LiveExpected{"open_shelters", "changle", "", "", "", "", "", "", 4, 2};
  EXPECT_EQ(app.send_inject(in), "");
  ASSERT_EQ(app.session()->inject_log().size(), 1u);
  EXPECT_EQ(app.session()->inject_log()[0].at_s, 2 * 3600);
  EXPECT_EQ(app.session()->inject_log()[0].by, ttx::response::Actor::director);
  for (int f = 0; f < 3; ++f) {  // the injects panel with its form unfolded and the inject sent
    ImGui::NewFrame();
    app.frame(1.0 / 60, 1600, 900);
    ImGui::Render();
  }
  // Back before it: the run is replayed to there, and the inject is still the branch's,
  // sent again when the clock passes its time.
  auto frame_with = [&](std::int64_t jump_to) {
    st.clock.request = ttx::gui::ClockState::Request::jump;
    st.clock.jump_to_s = jump_to;
    ImGui::NewFrame();
    app.frame(1.0 / 60, 1600, 900);
    ImGui::Render();
  };
  frame_with(3600);
  EXPECT_EQ(app.session()->view().now_s(), 3600);
  EXPECT_EQ(app.saved()->file().current, "main");
  frame_with(3 * 3600);
  const auto& run = app.session()->view();
  ASSERT_FALSE(run.msel().empty());
  EXPECT_EQ(run.msel().back().delivery, "live") << "the live inject is the MSEL's last line";
  EXPECT_EQ(run.msel().back().message_zh, in.message_zh);
  EXPECT_EQ(run.inject_states().back().delivered_s, 2 * 3600);
}

TEST_F(HeadlessConsole, ADrillIsSavedAfterEveryCommandAndResumesWhereItWasLeft) {
  namespace fs = std::filesystem;
  const fs::path folder = fs::path(::testing::TempDir()) / ("ttx_console_sessions_" + std::to_string(::getpid()));
  fs::remove_all(folder);
  fs::create_directories(folder);
  ttx::gui::AppOptions options;
  options.save_to = folder;
  ConsoleState initial;
  initial.mode = ttx::gui::Mode::trainee;
  std::string file;
  std::uint64_t fingerprint = 0;
  {
    ConsoleApp app(options, initial);
    ASSERT_TRUE(app.open(kFlood));
    file = app.saved()->path().string();
    EXPECT_EQ(fs::path(file).parent_path(), folder);
    EXPECT_NE(fs::path(file).filename().string().find("flood_typhoon_breach-"), std::string::npos) << file;
    app.session()->advance_until(5 * 3600);
    ASSERT_TRUE(app.submit(ttx::response::SendReport{"city"}).accepted);
    app.session()->advance_until(6 * 3600);
    ASSERT_TRUE(app.submit(ttx::response::RequestAid{"city"}).accepted);
    EXPECT_EQ(app.state().save_problem, "");
    fingerprint = ttx::exercise::replay_fingerprint(app.scenario()->district.world, app.scenario()->scenario,
                                                    app.session_options(), app.session()->command_log(), 6 * 3600);
  }  // the console closes without saving again: every command was saved as it was given
  ConsoleState later;
  ConsoleApp again(options, later);
  std::string error;
  ASSERT_TRUE(again.resume(file, &error)) << error;
  EXPECT_EQ(again.state().mode, ttx::gui::Mode::trainee) << "the mode the session was played in";
  EXPECT_EQ(again.session()->view().now_s(), 6 * 3600);
  ASSERT_EQ(again.session()->command_log().size(), 2u);
  EXPECT_EQ(ttx::exercise::replay_fingerprint(again.scenario()->district.world, again.scenario()->scenario,
                                              again.session_options(), again.session()->command_log(), 6 * 3600),
            fingerprint);
  // A second drill of the same scenario in the same folder gets a file of its own.
  ConsoleApp other(options, initial);
  ASSERT_TRUE(other.open(kFlood));
  EXPECT_NE(other.saved()->path().string(), file);
  fs::remove_all(folder);
}

}  // namespace
