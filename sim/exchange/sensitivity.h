// How much the shipped scenarios' scores depend on each assumed figure: one figure
// at a time is moved by a tenth (a whole number by at least one) and each scenario
// is run again for the same few replications, on the same random numbers as the
// base run, so the difference in the overall score is the figure's doing alone.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "sim/io/district_loader.h"

namespace ttx::exchange {

struct SensitivityRequest {
  std::vector<std::filesystem::path> scenarios;  ///< the shipped scenarios of this district
  std::vector<std::filesystem::path> district_folders;
  std::uint64_t replications = 3;  ///< per scenario and figure, replications 0..n-1
  int threads = 1;
  std::vector<std::string> only;  ///< when given, these figures alone (by field)
};

/// One figure's effect: per scenario (same order as the request's), the mean paired
/// change in the overall score (0–100) when the figure moves by `step`. NaN where the
/// scenario does not use the figure or the changed district does not read.
struct FigureSensitivity {
  std::string step;                    ///< "+10%", "-10%" (a share near 1), "+1" (a small whole number)
  std::vector<double> score_change;
  double largest() const;              ///< the largest |change| over the scenarios; NaN when none was measured
};

struct SensitivityResult {
  std::vector<std::string> scenario_ids;
  std::vector<std::string> scenario_names_zh, scenario_names_en;
  std::map<std::string, FigureSensitivity> by_field;  ///< assumed numeric figures, by field
  std::vector<std::string> errors;                    ///< a scenario that did not read
  std::uint64_t replications = 0;
};

/// The change a figure is moved by, and its new value: "" when it is not a number.
std::string sensitivity_step(const std::string& value, std::string& step);

/// `on_progress(done, total)` after each figure.
SensitivityResult measure_sensitivity(const io::DistrictLoad& district, const std::filesystem::path& district_dir,
                                      const SensitivityRequest& request,
                                      const std::function<void(std::uint64_t, std::uint64_t)>& on_progress = {});

}  // namespace ttx::exchange
