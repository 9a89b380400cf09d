// The combo boxes of the console's forms (commands, live injects): a list of
// `count` names, `index` kept within it.
#pragma once

#include <algorithm>
#include <string>

#include <imgui.h>

#include "gui/console_context.h"
#include "gui/i18n/names.h"

namespace ttx::gui {

template <class F>
void combo(const char* label, int& index, int count, F&& name) {
  index = std::clamp(index, 0, std::max(0, count - 1));
  const std::string current = count > 0 ? name(index) : std::string();
  if (ImGui::BeginCombo(label, current.c_str())) {
    for (int k = 0; k < count; ++k) {
      ImGui::PushID(k);
      if (ImGui::Selectable(name(k).c_str(), k == index)) index = k;
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
}

inline void town_combo(const FrameContext& c, int& town) {
  combo(c.t(S::col_town), town, static_cast<int>(c.run.world().towns.size()),
        [&](int k) { return town_name(c.run.world(), k, c.lang()); });
}

}  // namespace ttx::gui
