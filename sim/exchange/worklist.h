// The worklist: every `assumed` figure of the district as a row for the bureau to
// fill in — where it stands (file, line, path), its value and unit, why it is
// assumed, how much the shipped scenarios' scores move with it, and two empty
// columns for the bureau's own value and its source. `ttx import worklist` reads
// the filled rows back (worklist_import.h).
#pragma once

#include "sim/exchange/sensitivity.h"
#include "sim/exchange/workbook.h"
#include "sim/io/district_loader.h"

namespace ttx::exchange {

/// The sheet's name and the keys of the columns the import reads.
inline constexpr const char* kWorklistSheet = "worklist";
inline constexpr const char* kBureauValue = "bureau_value";
inline constexpr const char* kBureauSource = "bureau_source";

/// A data file's name as the worklist shows it: inside the district folder ("plans/flood_control.yaml").
std::string worklist_file(const std::string& file, const io::DistrictLoad& district);

/// The worklist of `district` (its file names as `ttx validate` shows them). With
/// `sensitivity`, its columns are filled and the rows ordered by the largest effect
/// first; without, in the order of the files.
Workbook worklist_workbook(const io::DistrictLoad& district, const SensitivityResult* sensitivity);

}  // namespace ttx::exchange
