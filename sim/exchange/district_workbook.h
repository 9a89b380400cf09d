// The district as a workbook: one sheet per table (towns, villages, teams, team
// types, skills, stock, depots, shelters, vehicles, plan levels, ...), one row per
// entry, and for every figure its value and its provenance side by side.
//
// The sheets are built from the loader's provenance log, which lists every
// tagged figure with its path (`towns[changle].population`), so a table added to
// the data appears as a sheet with no change here; names and the text columns a
// data keeper needs to recognise a row come from the loaded world.
#pragma once

#include <string>

#include "sim/exchange/workbook.h"
#include "sim/io/district_loader.h"

namespace ttx::exchange {

/// A figure's path split into its sheet, row and column.
struct FigurePath {
  std::string table;   ///< "towns"
  std::string row;     ///< "changle" ("" for a table of one row, e.g. district)
  std::string column;  ///< "population", "building_mix.share_rc", "triggers[0].threshold"
};

FigurePath split_figure_path(const std::string& field);

/// Where each entry of the log stands in the workbook, in log order. A table
/// spread over several files (the levels of five plans) keys its rows by file
/// too ("flood_control/IV"), so every figure has a cell of its own.
std::vector<FigurePath> figure_cells(const world::ProvenanceLog& log);

/// The provenance as a cell shows it: "seed", "assumed: why", "bureau: document, date".
std::string provenance_text(const world::ProvenanceEntry& e);

/// Columns before the figures: id and names, then text columns of the table.
inline constexpr const char* kIdColumn = "id";

Workbook district_workbook(const io::DistrictLoad& load);

}  // namespace ttx::exchange
