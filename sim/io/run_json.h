// The answer for one run as JSON (documented in docs/run-json.md): the summary,
// per town and per category, the scorecard and the hourly series. Formats only.
#pragma once

#include <string>

#include <vector>

#include "sim/response/response_model.h"
#include "sim/score/improvement_plan.h"
#include "sim/score/run_summary.h"
#include "sim/score/scorecard.h"

namespace ttx::io {

std::string run_json(const score::RunSummary& summary, const score::Scorecard& card);

/// The same with the figures explained: `events` (every record of the run's log, by
/// its number) and `improvement` (each missed target with the records behind it).
std::string run_json(const score::RunSummary& summary, const score::Scorecard& card, const response::ResponseModel& model,
                     const std::vector<score::Finding>& findings);

/// The run's log records as JSON Lines, one object per line as in `events` above.
std::string run_events_jsonl(const score::RunSummary& summary, const response::ResponseModel& model);

}  // namespace ttx::io
