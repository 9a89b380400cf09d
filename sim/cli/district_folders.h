// Where a scenario's district is looked for when it is not beside the scenario.
#pragma once

#include <filesystem>
#include <vector>

namespace ttx::cli {

/// scenarios/ of the working folder, then the project's own scenarios/.
std::vector<std::filesystem::path> district_folders();

}  // namespace ttx::cli
