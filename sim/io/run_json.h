// The answer for one run as JSON (documented in docs/run-json.md): the summary,
// per town and per category, the scorecard and the hourly series. Formats only.
#pragma once

#include <string>

#include "sim/score/run_summary.h"
#include "sim/score/scorecard.h"

namespace ttx::io {

std::string run_json(const score::RunSummary& summary, const score::Scorecard& card);

}  // namespace ttx::io
