// A live inject: a message the exercise director writes and sends while a drill
// runs, in the form of a line of the MSEL (scenarios/FORMAT.md, the `msel:` list):
// to whom, the message in Chinese (English optional), what it does to the world,
// and the action it expects with its deadline. It is part of what makes the run
// what it is, so the session logs it with its time and a replay sends it again.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sim/response/commands.h"
#include "sim/world/msel.h"
#include "sim/world/world.h"

namespace ttx::exercise {

/// An effect on the world, with the MSEL's kinds and keys.
struct LiveEffect {
  std::string kind;          ///< cut_road | reopen_road | flood_depot | unit_unavailable
  std::string from, to;      ///< cut_road, reopen_road: the road's end nodes (road network ids)
  std::string depot;         ///< flood_depot: a depots.yaml id
  double share = 1;          ///< flood_depot: share of every item lost, (0, 1]
  std::string unit;          ///< unit_unavailable: a teams.csv id
  bool operator==(const LiveEffect&) const = default;
};

/// The action the inject expects, with the MSEL's kinds and keys.
struct LiveExpected {
  std::string kind;          ///< dispatch | mobilise | set_level | open_shelters | evacuate | release_stock | ...
  std::string town, village, plan, item, aid, to, team_type;
  int level = 4;             ///< set_level: 4 = IV ... 1 = I
  double within_h = 1;       ///< deadline, hours after delivery
  bool operator==(const LiveExpected&) const = default;
};

struct LiveInject {
  std::string to = "duty_officer";  ///< duty_officer | town:<town id>
  std::string message_zh, message_en;
  std::vector<LiveEffect> effects;
  std::optional<LiveExpected> expected;
  bool operator==(const LiveInject&) const = default;
};

/// A live inject as sent: when and by whom.
struct TimedInject {
  std::int64_t at_s = 0;
  response::Actor by = response::Actor::director;
  LiveInject inject;
  bool operator==(const TimedInject&) const = default;
};

/// The effect and expected-action kinds a live inject may carry, in the MSEL's names.
extern const std::vector<std::string> kLiveEffectKinds;
extern const std::vector<std::string> kLiveExpectedKinds;

/// What is wrong with `inject` ("" nothing): a missing Chinese message, an unknown
/// kind, a recipient that is neither the duty officer nor a town, a share outside (0, 1],
/// a deadline that is not positive. Names are checked against the data when it is sent.
std::string live_inject_problem(const LiveInject& inject);

/// What `inject` names that the district does not have ("" nothing): a town, village,
/// team, depot, road, plan, item or mutual aid, with the field it is in.
std::string live_inject_unknown_name(const LiveInject& inject, const world::World& world);

/// The inject as a line of the MSEL, numbered `seq`, delivered at `at_s`.
world::Inject msel_inject(const LiveInject& inject, int seq, std::int64_t at_s);

}  // namespace ttx::exercise
