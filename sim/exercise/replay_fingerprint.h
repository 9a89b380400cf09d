// The run fingerprint (score::RunSummary::fingerprint) of a session's commands,
// replayed from the start in a fresh model up to `until_s`: how a console's run
// is compared with the same commands given through a Session directly.
#pragma once

#include <cstdint>
#include <vector>

#include "sim/exercise/session.h"

namespace ttx::exercise {

std::uint64_t replay_fingerprint(const world::World& world, const world::Scenario& scenario,
                                 const SessionOptions& options, const std::vector<response::TimedCommand>& commands,
                                 std::int64_t until_s);

}  // namespace ttx::exercise
