// The scorecard of one run as a terminal table: each part's score and rating, and
// its figures beside their targets, misses marked. Formats only.
#pragma once

#include <string>

#include "sim/score/scorecard.h"

namespace ttx::io {

std::string scorecard_text(const score::Scorecard& card);

}  // namespace ttx::io
