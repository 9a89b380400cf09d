#include "gui/panels/start_screen.h"

#include <algorithm>

#include <imgui.h>

#include "gui/i18n/names.h"
#include "gui/i18n/strings.h"
#include "sim/io/scenario_loader.h"

namespace ttx::gui {

std::vector<ScenarioEntry> list_scenarios(const std::filesystem::path& folder) {
  std::vector<ScenarioEntry> out;
  std::error_code ec;
  for (const auto& f : std::filesystem::directory_iterator(folder, ec)) {
    if (f.path().extension() != ".yaml" || !io::is_scenario_file(f.path())) continue;
    const io::ScenarioLoad load = io::load_scenario(f.path().string());
    ScenarioEntry e;
    e.path = f.path();
    e.name_zh = load.scenario.name_zh;
    e.name_en = load.scenario.name_en;
    e.description = load.scenario.description;
    e.hazard_type = load.scenario.hazard_type;
    e.duration_h = load.scenario.duration_h;
    e.plans = load.scenario.plans.size();
    e.injects = load.scenario.injects.size();
    if (!load.ok() && !load.district.diagnostics.list().empty()) e.error = io::format(load.district.diagnostics.list().front());
    out.push_back(std::move(e));
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
  return out;
}

std::optional<StartChoice> draw_start_screen(const std::vector<ScenarioEntry>& scenarios, ConsoleState& state, int& selected) {
  const io::Lang lang = state.lang;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const ImVec2 size(std::min(vp->Size.x * 0.8f, 1100.0f * state.ui_scale), vp->Size.y * 0.8f);
  ImGui::SetNextWindowPos(ImVec2(vp->Size.x / 2, vp->Size.y / 2), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(size, ImGuiCond_Always);
  std::optional<StartChoice> out;
  const std::string name = title(S::start_title, lang);
  if (!ImGui::Begin(name.c_str(), nullptr, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoBackground)) {
    ImGui::End();
    return out;
  }
  ImGui::TextUnformatted(tr(S::app_title, lang));
  ImGui::TextDisabled("%s", tr(S::start_hint, lang));
  ImGui::SameLine(size.x - ImGui::GetFontSize() * 6);
  if (ImGui::Button(lang == io::Lang::zh ? "English" : "中文")) state.lang = lang == io::Lang::zh ? io::Lang::en : io::Lang::zh;
  ImGui::Separator();
  if (scenarios.empty()) ImGui::TextColored(ImVec4(1, 0.5f, 0.4f, 1), "%s", tr(S::no_scenarios, lang));
  ImGui::BeginChild("list", ImVec2(0, -ImGui::GetFrameHeightWithSpacing() * 2.2f), true);
  for (std::size_t k = 0; k < scenarios.size(); ++k) {
    const auto& e = scenarios[k];
    ImGui::PushID(static_cast<int>(k));
    if (ImGui::Selectable(pick(e.name_zh, e.name_en, lang).c_str(), selected == static_cast<int>(k))) selected = static_cast<int>(k);
    ImGui::TextDisabled("%s %s · %s %.0f %s · %s %zu · %s %zu · %s", tr(S::hazard, lang), e.hazard_type.c_str(),
                        tr(S::duration, lang), e.duration_h, tr(S::hours_unit, lang), tr(S::plans_in_force, lang), e.plans,
                        tr(S::injects_count, lang), e.injects, e.path.filename().string().c_str());
    ImGui::PushTextWrapPos(0);
    ImGui::TextWrapped("%s", e.description.c_str());
    if (!e.error.empty()) ImGui::TextColored(ImVec4(1, 0.5f, 0.4f, 1), "%s", e.error.c_str());
    ImGui::PopTextWrapPos();
    ImGui::Separator();
    ImGui::PopID();
  }
  ImGui::EndChild();
  ImGui::TextUnformatted(tr(S::mode, lang));
  ImGui::SameLine();
  int mode = state.mode == Mode::director ? 0 : 1;
  ImGui::RadioButton(tr(S::mode_director, lang), &mode, 0);
  ImGui::SameLine();
  ImGui::RadioButton(tr(S::mode_trainee, lang), &mode, 1);
  state.mode = mode == 0 ? Mode::director : Mode::trainee;
  ImGui::SameLine();
  const bool can = selected >= 0 && static_cast<std::size_t>(selected) < scenarios.size() && scenarios[static_cast<std::size_t>(selected)].error.empty();
  ImGui::BeginDisabled(!can);
  if (ImGui::Button(tr(S::start_button, lang), ImVec2(ImGui::GetFontSize() * 8, 0))) {
    out = StartChoice{scenarios[static_cast<std::size_t>(selected)].path};
  }
  ImGui::EndDisabled();
  ImGui::End();
  return out;
}

}  // namespace ttx::gui
