// The start screen: the shipped scenarios (and drills) with their descriptions,
// hazard and duration; pick one and a mode, then start.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "gui/console_state.h"

namespace ttx::gui {

struct ScenarioEntry {
  std::filesystem::path path;
  std::string name_zh, name_en, description, hazard_type, error;
  double duration_h = 0;
  std::size_t plans = 0, injects = 0;
};

/// Every scenario file in `folder`, read for its header (a file that does not load
/// is listed with its first problem).
std::vector<ScenarioEntry> list_scenarios(const std::filesystem::path& folder);

struct StartChoice {
  std::filesystem::path scenario;
};

/// Draws the start screen over the whole window; returns the scenario once started.
std::optional<StartChoice> draw_start_screen(const std::vector<ScenarioEntry>& scenarios, ConsoleState& state, int& selected);

}  // namespace ttx::gui
