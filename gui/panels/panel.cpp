#include "gui/panels/panel.h"

#include <string>

namespace ttx::gui {

Panel::Panel(S title_key, bool* open, const FrameContext& c, const PanelPlace& place, ImGuiWindowFlags flags) {
  if (open != nullptr && !*open) return;
  ImGui::SetNextWindowPos(place.pos, ImGuiCond_FirstUseEver);
  ImGui::SetNextWindowSize(place.size, ImGuiCond_FirstUseEver);
  const std::string name = title(title_key, c.lang());
  visible_ = ImGui::Begin(name.c_str(), open, flags);
  begun_ = true;
}

Panel::~Panel() {
  if (begun_) ImGui::End();
}

Bar::Bar(const char* id, ImVec2 pos, ImVec2 size) {
  ImGui::SetNextWindowPos(pos);
  ImGui::SetNextWindowSize(size);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  visible_ = ImGui::Begin(id, nullptr, flags);
}

void badge(const char* text, ImU32 background, ImU32 foreground) {
  const ImVec2 pad(6, 2);
  const ImVec2 size = ImGui::CalcTextSize(text);
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(p, ImVec2(p.x + size.x + 2 * pad.x, p.y + size.y + 2 * pad.y), background, 4);
  dl->AddText(ImVec2(p.x + pad.x, p.y + pad.y), foreground, text);
  ImGui::Dummy(ImVec2(size.x + 2 * pad.x, size.y + 2 * pad.y));
}

void section(const char* text) {
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::TextColored(ImVec4(0.55f, 0.75f, 0.95f, 1), "%s", text);
}

void level_badge(int level, const char* text) {
  badge(text, level_colour(level), level == 3 ? IM_COL32(20, 20, 20, 255) : IM_COL32(255, 255, 255, 255));
}

ImU32 level_colour(int level) {
  switch (level) {
    case 4: return IM_COL32(40, 100, 200, 255);   // IV blue
    case 3: return IM_COL32(225, 190, 20, 255);   // III yellow
    case 2: return IM_COL32(235, 120, 20, 255);   // II orange
    case 1: return IM_COL32(205, 35, 35, 255);    // I red
    default: return IM_COL32(90, 96, 106, 255);
  }
}

const char* level_roman(int level) {
  static constexpr const char* kRoman[] = {"", "I", "II", "III", "IV"};
  return level >= 1 && level <= 4 ? kRoman[level] : "";
}

}  // namespace ttx::gui
