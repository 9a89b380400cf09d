#include "sim/exercise/replay_fingerprint.h"

#include "sim/score/run_summary.h"

namespace ttx::exercise {

std::uint64_t replay_fingerprint(const world::World& world, const world::Scenario& scenario,
                                 const SessionOptions& options, const std::vector<response::TimedCommand>& commands,
                                 std::int64_t until_s) {
  response::ResponseModel model(world, scenario, options.replication, options.run);
  for (const auto& c : commands) {
    if (c.by != response::Actor::doctrine) model.schedule(c);
  }
  return score::run_and_summarise(model, until_s).fingerprint;
}

}  // namespace ttx::exercise
