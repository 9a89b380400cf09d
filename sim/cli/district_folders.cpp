#include "sim/cli/district_folders.h"

namespace ttx::cli {

std::vector<std::filesystem::path> district_folders() { return {"scenarios", TTX_SCENARIOS_DIR}; }

}  // namespace ttx::cli
