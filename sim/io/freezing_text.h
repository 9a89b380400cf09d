// The freezing-rain part of a run's end state: power, stranded travellers, cold homes.
#pragma once

#include <string>

#include "sim/io/language.h"
#include "sim/score/run_summary.h"

namespace ttx::io {

/// Lines for `ttx run`'s end state; "" when the run is not a freezing rain.
std::string freezing_end_state(const score::RunSummary& summary, Lang lang);

}  // namespace ttx::io
