// Headless ImGui frames: a context with a real font atlas, every panel open, 60
// frames; each frame must produce draw commands. No window or GL needed.
#include <gtest/gtest.h>

#include <imgui.h>
#include <imgui_internal.h>

#include "gui/console_state.h"
#include "gui/panels/about_panel.h"

namespace {

class HeadlessImGui : public ::testing::Test {
 protected:
  void SetUp() override {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1600, 900);
    io.DeltaTime = 1.0f / 60.0f;
    unsigned char* pixels;
    int w, h;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(1));
  }
  void TearDown() override { ImGui::DestroyContext(); }
};

// One frame with the mouse at `pos`, the left button down or up.
const ImDrawData* frame(ttx::gui::ConsoleState& state, ImVec2 pos, bool down) {
  ImGuiIO& io = ImGui::GetIO();
  io.MousePos = pos;
  io.MouseDown[0] = down;
  ImGui::NewFrame();
  if (state.show_about) ttx::gui::draw_about_panel(state.about, &state.show_about);
  ImGui::Render();
  return ImGui::GetDrawData();
}

TEST_F(HeadlessImGui, AboutPanelDrawsEveryFrameAndClosesOnRequest) {
  ttx::gui::ConsoleState state;
  const ImVec2 away(1500, 800);
  for (int f = 0; f < 60; ++f) {
    const ImDrawData* data = frame(state, away, false);
    ASSERT_NE(data, nullptr);
    ASSERT_GT(data->CmdListsCount, 0) << "frame " << f;
    ASSERT_GT(data->TotalVtxCount, 100) << "frame " << f;
  }
  EXPECT_TRUE(state.show_about) << "it stays open until asked to close";
  EXPECT_FALSE(state.about.last_check.has_value()) << "the self-check runs only on request";
  // A click on the title bar's close button (at its top right corner) closes it.
  const ImGuiWindow* window = ImGui::FindWindowByName("About TTX");
  ASSERT_NE(window, nullptr);
  const ImGuiStyle& style = ImGui::GetStyle();
  const float button = ImGui::GetFontSize();
  const ImVec2 close(window->Pos.x + window->Size.x - style.FramePadding.x - button * 0.5f,
                     window->Pos.y + style.FramePadding.y + button * 0.5f);
  frame(state, close, false);
  frame(state, close, true);
  frame(state, close, false);
  EXPECT_FALSE(state.show_about) << "the close button was clicked";
  const ImDrawData* after = frame(state, away, false);
  EXPECT_EQ(after->TotalVtxCount, 0) << "a closed panel draws nothing";
}

}  // namespace
