// The scorecard of one run as a terminal table: each part's score and rating, and
// its figures beside their targets, misses marked. Formats only.
#pragma once

#include <string>

#include "sim/io/language.h"
#include "sim/score/scorecard.h"

namespace ttx::io {

std::string scorecard_text(const score::Scorecard& card, Lang lang);
/// A figure of the scorecard by name ("平均满足率", "mean fill rate").
std::string figure_name(const score::Figure& figure, Lang lang);
/// A part of the scorecard by name ("生命安全", "life safety").
std::string part_name(const std::string& id, Lang lang);

}  // namespace ttx::io
