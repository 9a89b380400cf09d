// The HSEEP rating of a part of the scorecard or of an exercise objective:
// performed without challenges (P), with some (S), with major challenges (M),
// unable to be performed (U).
#pragma once

namespace ttx::score {

enum class Rating : char { P = 'P', S = 'S', M = 'M', U = 'U' };

}  // namespace ttx::score
