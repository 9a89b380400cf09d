// `ttx import villages`: check the bureau's own list of villages against the
// district and install it as the district's villages.csv.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

#include "sim/io/diagnostic.h"

namespace ttx::io {

struct VillageImport {
  Diagnostics diagnostics;        ///< why the list was refused (nothing was written)
  std::string write_error;        ///< why installing failed (nothing was replaced)
  std::filesystem::path target;   ///< the installed villages.csv
  std::size_t villages = 0;       ///< rows installed
  bool ok() const { return diagnostics.empty() && write_error.empty(); }
};

/// Reads `csv` once, checks those bytes against the district at `district` (folder
/// or district.yaml) and installs exactly them: a file changed after the check is
/// never installed. Never throws for bad input.
VillageImport import_villages(const std::filesystem::path& district, const std::filesystem::path& csv);

}  // namespace ttx::io
