// The limits on what the loaders accept, each far above real data, so that any
// accepted input loads and runs in bounded time and memory. Past a limit the
// input is refused with a message that names it; scenarios/FORMAT.md §6 lists them.
#pragma once

#include <cstddef>

namespace ttx::io::limits {

/// Columns of a CSV table (the widest real table, items.csv, has 10).
inline constexpr std::size_t kCsvColumns = 32;
/// Data rows of a CSV table (villages.csv of a whole district holds a few hundred).
inline constexpr std::size_t kCsvRows = 100000;
/// Values, lists and mappings in one YAML file (a year of four hourly series is ~35,000).
inline constexpr std::size_t kYamlNodes = 100000;
/// Villages in a district, listed or generated.
inline constexpr long long kVillages = 100000;
/// Incidents a run may expect (incidents_per_h × duration_h): 100,000 run in about a second.
inline constexpr double kIncidentsPerRun = 100000;
/// Villages × hours of an hourly hazard (flood, freezing rain), each worth some 45
/// bytes of state: the shipped 294 villages for a year are 2.6 million.
inline constexpr double kVillageHours = 10000000;
/// Entries of a scenario's lists: aftershocks, warnings, injects.
inline constexpr std::size_t kAftershocks = 1000;
inline constexpr std::size_t kWarnings = 1000;
inline constexpr std::size_t kInjects = 10000;

/// How far outside the district's extent a place may lie, degrees (about 11 km):
/// room for a depot or shelter just over the border, none for a slipped digit.
inline constexpr double kExtentMarginDeg = 0.1;
/// The listed villages of a town may add up to this multiple of its population.
inline constexpr double kVillagesOverTownShare = 1.2;

}  // namespace ttx::io::limits
