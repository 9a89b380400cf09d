// The readable account of a run on a terminal, in Chinese or English: the header,
// the timeline (from the model's records), the end state and the tables per town
// and per stock category (from the run's summary). Formats only.
#pragma once

#include <string>

#include <vector>

#include "sim/io/figure_overrides.h"
#include "sim/io/item_units.h"
#include "sim/io/language.h"
#include "sim/response/response_model.h"
#include "sim/score/run_summary.h"

namespace ttx::io {

/// The scenario, seed and replication, and the what-ifs if any.
std::string run_header(const score::RunSummary& summary, const std::string& what_if, Lang lang);
/// The what-ifs applied, one per line ("vehicles[light_truck].count 12 → 24"), and the
/// source document's totals they depart from; "" when there are none.
std::string what_if_text(const std::vector<FigureOverride>& applied, const std::vector<std::string>& departures, Lang lang);
/// Loud lines for a what-if that leaves the run nothing to move relief with, or
/// nothing to move; "" when it leaves both.
std::string what_if_warnings(bool no_trucks, bool empty_warehouse, Lang lang);
/// The timeline up to the model's current time, one line per record.
std::string run_timeline(const response::ResponseModel& model, Lang lang);
/// The state at the end of the run.
std::string run_end_state(const score::RunSummary& summary, Lang lang);
/// Per town (displaced, shelter, supply, relief in time, first unit and first relief) and
/// per stock category (拿得出: request -> load; 调得快: request -> delivery).
std::string run_tables(const score::RunSummary& summary, Lang lang);

}  // namespace ttx::io
