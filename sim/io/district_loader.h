// Loading the district data folder: district.yaml and every file it includes,
// checked field by field and across files, into a const World.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "sim/io/diagnostic.h"
#include "sim/world/provenance.h"
#include "sim/world/world.h"

namespace ttx::io {

struct DistrictLoad {
  world::World world;
  Diagnostics diagnostics;
  world::ProvenanceLog provenance;
  std::vector<std::string> files;  ///< every file read, as shown in diagnostics
  bool ok() const { return diagnostics.empty(); }
};

/// A villages table held in memory under the name diagnostics show.
struct VillagesText {
  std::string shown;
  std::string text;
};

/// `path` is a district folder (holding district.yaml) or the district.yaml file.
/// Villages come from `villages.csv` beside district.yaml when it exists, and are
/// generated from the town figures otherwise. Never throws for bad input.
DistrictLoad load_district(const std::filesystem::path& path);

/// The same with `villages` read instead of the folder's own villages.csv: how
/// `ttx import villages` checks a new list, so that it installs exactly the bytes
/// it checked.
DistrictLoad load_district(const std::filesystem::path& path, const VillagesText& villages);

/// The same with `overrides` read instead of the files they name (by canonical path):
/// how a what-if on a figure (io/figure_overrides.h) is read with every check.
DistrictLoad load_district(const std::filesystem::path& path, const std::map<std::filesystem::path, std::string>& overrides);

/// One data file's text, read and cross-checked as if it were the whole district,
/// without touching the filesystem (includes are not followed): the entry point
/// of the fuzzers. `name` decides the reader (…/teams.csv, towns.yaml, …).
DistrictLoad load_district_text(const std::string& name, std::string text);

}  // namespace ttx::io
