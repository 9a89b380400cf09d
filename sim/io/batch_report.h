// The batch report: the one-run report's shape for many runs, as one self-contained
// HTML file (inline CSS and SVG, no scripts, A4 when printed): the distributions of
// the scores and key figures, the probability of meeting each target for the district
// and per town with its interval, what runs out first, and a what-if's paired
// differences or a sweep's table. Formats only.
#pragma once

#include <string>

#include "sim/batch/batch_answer.h"
#include "sim/io/language.h"

namespace ttx::io {

std::string batch_report_html(const batch::BatchAnswer& answer, Lang lang);

}  // namespace ttx::io
