// Headless ImGui frames: a context with a real font atlas, every panel open, 60
// frames; each frame must produce draw commands. No window or GL needed.
#include <gtest/gtest.h>

#include <imgui.h>

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

TEST_F(HeadlessImGui, AboutPanelDrawsEveryFrameAndClosesOnRequest) {
  ttx::gui::ConsoleState state;
  for (int frame = 0; frame < 60; ++frame) {
    ImGui::NewFrame();
    ttx::gui::draw_about_panel(state.about, &state.show_about);
    ImGui::Render();
    const ImDrawData* data = ImGui::GetDrawData();
    ASSERT_NE(data, nullptr);
    ASSERT_GT(data->CmdListsCount, 0) << "frame " << frame;
    ASSERT_GT(data->TotalVtxCount, 100) << "frame " << frame;
  }
  EXPECT_TRUE(state.show_about);
  EXPECT_FALSE(state.about.last_check.has_value()) << "the self-check runs only on request";
}

}  // namespace
