// A batch's answer on a terminal, in Chinese or English: the distributions of the
// scores and key figures, the probability of meeting each target (district and per
// town) with its interval, what runs out first, and a what-if's paired differences
// or a sweep's table. Formats only: the figures come from batch::answer.
#pragma once

#include <string>

#include "sim/batch/batch_answer.h"
#include "sim/io/language.h"

namespace ttx::io {

std::string batch_text(const batch::BatchAnswer& answer, Lang lang);
/// A batch figure's name ("displaced", "受灾转移人数"), for every printer.
std::string batch_figure_name(const std::string& id, Lang lang);
/// "42% (35–49%)": a probability with its interval.
std::string proportion_text(const batch::Proportion& p);
/// "+3.2 (1.1 to 5.3)", shares in percentage points.
std::string difference_text(const std::string& id, const batch::PairedDifference& d);
/// A figure's value as the scorecard prints it: shares in per cent, large numbers whole.
std::string batch_value_text(const std::string& id, double v);

}  // namespace ttx::io
