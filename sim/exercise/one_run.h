// One run of `ttx run` from its inputs: the scenario loaded, the what-ifs applied to
// the district's figures, the response played by the book to a moment, and the
// run's summary and scorecard. The command line parses, calls run_once and formats.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "sim/io/diagnostic.h"
#include "sim/io/figure_overrides.h"
#include "sim/io/scenario_loader.h"
#include "sim/response/response_model.h"
#include "sim/score/run_summary.h"
#include "sim/score/scorecard.h"

namespace ttx::exercise {

/// The old what-if options of `ttx run`, kept as spellings of `--set`.
struct WhatIfSpellings {
  double trucks = 1.0;      ///< --trucks X: every vehicle type's count times X
  double stock = 1.0;       ///< --stock X: every item the warehouse holds times X
  int bays = -1;            ///< --bays N: the warehouse's loading bays (when >= 1)
  bool no_reserve = false;  ///< --no-reserve: the suppliers' agreement reserve holds nothing
};

/// The `--set PATH=VALUE` changes that `spellings` stand for, against `world`.
std::vector<std::string> spelled_sets(const world::World& world, const WhatIfSpellings& spellings);

struct RunRequest {
  std::filesystem::path scenario;
  std::vector<std::filesystem::path> district_folders;  ///< where a district is looked for
  std::uint64_t replication = 0;
  std::optional<std::uint64_t> seed;  ///< none: the scenario's own
  std::optional<std::string> until;  ///< "T+24:00" or a date and time; none: the scenario's end
  std::vector<std::string> sets;     ///< "PATH=VALUE", as --set gives them
  WhatIfSpellings spellings;
};

/// A run, or why there is none. Held by pointer: the model refers to the world and
/// scenario inside it.
struct OneRun {
  io::Diagnostics diagnostics;      ///< the scenario or the changed district does not load (exit 1)
  std::vector<std::string> errors;  ///< the request itself is wrong, one line each (exit 2)
  std::vector<std::string> notices; ///< said and carried on ("--until is after the end; stopping there")
  io::ScenarioLoad load;
  io::OverriddenDistrict patched;   ///< when there are what-ifs
  std::vector<io::FigureOverride> applied;
  std::unique_ptr<response::ResponseModel> model;
  score::RunSummary summary;
  score::Scorecard card;
  bool no_trucks = false, empty_warehouse = false;  ///< what the what-ifs left the run without

  bool ok() const { return diagnostics.empty() && errors.empty() && model != nullptr; }
  bool what_if() const { return !applied.empty(); }
  const world::World& world() const { return what_if() ? patched.load.world : load.district.world; }
  const world::ProvenanceLog& provenance() const { return what_if() ? patched.load.provenance : load.district.provenance; }
};

std::unique_ptr<OneRun> run_once(const RunRequest& request);

}  // namespace ttx::exercise
