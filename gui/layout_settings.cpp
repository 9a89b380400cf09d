#include "gui/layout_settings.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <imgui.h>
#include <imgui_internal.h>

#include "gui/panels/panel.h"

namespace ttx::gui {

namespace {

ConsoleState* settings_state = nullptr;

void* read_open(ImGuiContext*, ImGuiSettingsHandler*, const char* name) {
  return std::strcmp(name, "Layout") == 0 ? settings_state : nullptr;
}

// One line "key=value" of the entry; unknown or malformed lines are skipped (an old
// or hand-edited file never stops the console).
void read_line(ImGuiContext*, ImGuiSettingsHandler*, void* entry, const char* line) {
  auto* st = static_cast<ConsoleState*>(entry);
  LayoutState& l = st->layout;
  float f = 0;
  int a = 0, b = 0, r = 0;
  char key[32] = {};
  if (std::sscanf(line, "RightShare=%f", &f) == 1) l.right_share = std::clamp(f, 0.1f, 0.9f);
  if (std::sscanf(line, "RightSplit=%f", &f) == 1) l.right_split = std::clamp(f, 0.1f, 0.9f);
  if (std::sscanf(line, "BottomShare=%f", &f) == 1) l.bottom_share = std::clamp(f, 0.1f, 0.9f);
  if (std::sscanf(line, "Legend=%d", &a) == 1) l.legend = a != 0;
  if (std::sscanf(line, "Layers=%d", &a) == 1) l.layers = a != 0;
  if (std::sscanf(line, "Panel=%31[a-z] %d %d", key, &r, &b) == 3) {
    if (const auto p = panel_by_key(key); p && r >= 0 && r < kRegionCount) {
      l.region[static_cast<std::size_t>(*p)] = static_cast<Region>(r);
      l.shown[static_cast<std::size_t>(*p)] = b != 0;
    }
  }
  if (std::sscanf(line, "Front=%d %31[a-z]", &r, key) == 2) {
    if (const auto p = panel_by_key(key); p && r >= 0 && r < kRegionCount) l.front[static_cast<std::size_t>(r)] = static_cast<int>(*p);
  }
  l.restore_front = true;
}

void write_all(ImGuiContext*, ImGuiSettingsHandler* handler, ImGuiTextBuffer* out) {
  if (settings_state == nullptr) return;
  const LayoutState& l = settings_state->layout;
  out->appendf("[%s][Layout]\n", handler->TypeName);
  out->appendf("RightShare=%.3f\nRightSplit=%.3f\nBottomShare=%.3f\n", l.right_share, l.right_split, l.bottom_share);
  out->appendf("Legend=%d\nLayers=%d\n", l.legend ? 1 : 0, l.layers ? 1 : 0);
  for (int k = 0; k < kPanelCount; ++k) {
    out->appendf("Panel=%s %d %d\n", panel_key(static_cast<PanelId>(k)), static_cast<int>(l.region[static_cast<std::size_t>(k)]),
                 l.shown[static_cast<std::size_t>(k)] ? 1 : 0);
  }
  for (int r = 0; r < kRegionCount; ++r) out->appendf("Front=%d %s\n", r, panel_key(static_cast<PanelId>(l.front[static_cast<std::size_t>(r)])));
  out->append("\n");
}

}  // namespace

void register_layout_settings(ConsoleState& state) {
  settings_state = &state;
  ImGuiSettingsHandler h;
  h.TypeName = "TTX";
  h.TypeHash = ImHashStr("TTX");
  h.ReadOpenFn = read_open;
  h.ReadLineFn = read_line;
  h.WriteAllFn = write_all;
  ImGui::GetCurrentContext()->SettingsHandlers.push_back(h);
}

std::filesystem::path layout_file() {
  const char* xdg = std::getenv("XDG_CONFIG_HOME");
  const char* home = std::getenv("HOME");
  std::filesystem::path dir;
  if (xdg != nullptr && *xdg != 0) {
    dir = xdg;
  } else if (home != nullptr && *home != 0) {
    dir = std::filesystem::path(home) / ".config";
  } else {
    return {};
  }
  return dir / "ttx" / "imgui.ini";
}

}  // namespace ttx::gui
