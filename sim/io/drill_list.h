// The ready-made town drills (scenarios/drills/*.yaml): what each is, read from its
// file alone, and the listing `ttx drills` prints in Chinese or English, or as JSON.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "sim/io/diagnostic.h"
#include "sim/io/language.h"

namespace ttx::io {

struct DrillEntry {
  std::string path, id, name_zh, name_en, town, hazard;
  std::size_t injects = 0, expected = 0, conditional = 0, contingency = 0, effects = 0, false_reports = 0;
  double duration_h = 0;
  std::vector<std::string> exercises;  ///< what it exercises of the town's and the district's plans
};

struct DrillList {
  std::filesystem::path folder;
  std::vector<DrillEntry> drills;  ///< by town in file order, then flood, earthquake, freezing rain
  Diagnostics diagnostics;         ///< files that do not read as scenarios
};

/// Reads every YAML file of `folder` (the scenario files only; their districts are not loaded).
DrillList list_drills(const std::filesystem::path& folder);

std::string drills_text(const DrillList& list, Lang lang);
std::string drills_json(const DrillList& list);

}  // namespace ttx::io
