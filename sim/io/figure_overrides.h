// What-ifs on any tagged figure: `--set PATH=VALUE` changes one figure of the
// district for a run, by the path `ttx validate --provenance` shows it under
// (`depots[district_warehouse].handling.loading_bays`, or with dots:
// `depots.district_warehouse.handling.loading_bays`). VALUE is a number (`4`), a
// change in per cent (`+50%`, `-20%`) or a factor (`x2`). Short forms: `stock.ITEM`
// for `items[ITEM].quantity`, `depots.ID.bays` for its loading bays.
//
// `depots+=FILE` adds the depots of FILE (a YAML file in the form of depots.yaml: a
// `depots:` list, e.g. a town depot with its `stock` and `vehicles`) to the district,
// as if district.yaml included it; its problems are reported in FILE's own lines, and
// later sets may change its figures (`depots.ID.bays=2`). `depots+=none` adds none
// (so a sweep can compare without and with: `--sweep depots+=none,FILE`).
//
// The figure is changed where it is written: the file's text is patched in memory at
// the figure's line and column and the district is read again, so every check of
// `ttx validate` applies to the changed figure too. Files on disk are never touched.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "sim/io/diagnostic.h"
#include "sim/io/district_loader.h"

namespace ttx::io {

struct FigureOverride {
  std::string path;       ///< as the user wrote it
  std::string field;      ///< the figure's field as the provenance log names it
  std::string old_value;  ///< as written in the file
  std::string new_value;  ///< as it will be read
};

struct OverrideResult {
  /// Patched file texts by canonical path, for load_district's `overrides`.
  std::map<std::filesystem::path, std::string> texts;
  std::vector<FigureOverride> applied;
  std::vector<std::string> errors;  ///< one line each: "--set X: ..."; nothing is applied when any
};

/// The district read again with the overrides. A what-if may depart from the source
/// document's declared totals (more quilts than the seed's 4,760 relief items) by
/// design: those differences are not problems here but `departures`, for the run's header.
struct OverriddenDistrict {
  DistrictLoad load;
  std::vector<std::string> departures;  ///< "declared.relief_items: declared 4760 but ... 5360"
};
OverriddenDistrict load_with_overrides(const std::filesystem::path& district_dir, const OverrideResult& overrides);

/// Byte offset of 1-based (line, column in characters) in `text`, or npos.
std::size_t text_offset(const std::string& text, int line, int column);

struct TextSpan {
  std::size_t at = 0, length = 0;
};

/// Where the value of the figure the provenance log places at (line, column)
/// stands: the scalar after "value:" in a YAML map `{value: 2, ...}`, or the CSV cell.
std::optional<TextSpan> figure_value_span(const std::string& text, int line, int column, bool csv);

/// Works out the patched texts for `sets` ("PATH=VALUE") against a district loaded cleanly.
OverrideResult figure_overrides(const DistrictLoad& district, const std::filesystem::path& district_dir,
                                const std::vector<std::string>& sets);

}  // namespace ttx::io
