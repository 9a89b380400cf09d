// Decisions. Everything that changes a run from outside the simulation — the
// doctrine dispatcher playing the plan, a trainee, an inject — is one of these,
// stamped with its time and who gave it. A run is a pure function of (scenario,
// seed, the commands of the trainee and the director).
//
// Commands name units, towns, villages, tasks and items by their ids (teams.csv,
// towns.yaml, the village list, Task::id, items.csv), never by a position in a
// vector: a saved session still means the same thing when a table is reordered.
#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "sim/response/units.h"
#include "sim/world/plans.h"
#include "sim/world/world.h"

namespace ttx::response {

struct SetLevel {          ///< declare, raise or lower a plan's response level (5: end the response)
  std::string plan;
  world::ResponseLevel level = 4;
  bool operator==(const SetLevel&) const = default;
};
struct Mobilise {          ///< call units out of standby
  std::vector<std::string> units;  ///< unit ids
  bool operator==(const Mobilise&) const = default;
};
struct Assign {            ///< send a unit to a task (it leaves what it was doing)
  std::string unit;  ///< unit id
  std::string task;  ///< task id (Task::id)
  bool operator==(const Assign&) const = default;
};
struct StandDown {         ///< take a unit off its task; it goes back to its base
  std::string unit;
  bool operator==(const StandDown&) const = default;
};
struct OpenShelters {      ///< open the shelters of a town
  std::string town;  ///< town id
  bool operator==(const OpenShelters&) const = default;
};
struct ReleaseStock {      ///< allow the warehouse to issue relief to the towns
  bool relief = true, equipment = true;
  bool operator==(const ReleaseStock&) const = default;
};
struct ActivateReserve {   ///< activate the suppliers' agreement reserve
  bool operator==(const ActivateReserve&) const = default;
};
struct RequestAid {        ///< ask for mutual aid (mutual_aid id in stock.yaml)
  std::string aid;
  bool operator==(const RequestAid&) const = default;
};
struct OrderRelief {       ///< send items to a town
  std::string town;  ///< town id
  std::string item;
  std::int64_t quantity = 0;
  bool operator==(const OrderRelief&) const = default;
};
struct SendReport {        ///< report upwards: "city" or "province"
  std::string to;
  bool operator==(const SendReport&) const = default;
};

struct Evacuate {          ///< order the people of a village moved out ahead of the water (转移避险)
  std::string village;  ///< village id
  bool operator==(const Evacuate&) const = default;
};

struct ShelterElsewhere {  ///< bus a town's people without shelter to free places in another town (异地安置)
  std::string from, to;  ///< town ids
  bool operator==(const ShelterElsewhere&) const = default;
};

struct RequestCrews {      ///< ask for outside repair crews (a sector crew with on_request), as many as the known damage needs
  std::string crew;
  bool operator==(const RequestCrews&) const = default;
};

struct SendGenerators {    ///< generators from the warehouse to a town's hospitals, water works and shelters without power
  std::string town;        ///< the town's id
  int kinds = 3;           ///< the first `kinds` of hospitals, water works, shelters (1: hospitals only)
  bool operator==(const SendGenerators&) const = default;
};

struct WarmRelief {        ///< quilts for a town's people reported without power and heating
  std::string town;        ///< the town's id
  bool operator==(const WarmRelief&) const = default;
};

using Command = std::variant<SetLevel, Mobilise, Assign, StandDown, OpenShelters, ReleaseStock, ActivateReserve,
                             RequestAid, OrderRelief, SendReport, Evacuate, ShelterElsewhere, RequestCrews,
                             SendGenerators, WarmRelief>;

enum class Actor : std::uint8_t { doctrine, trainee, director };
std::string_view to_string(Actor a);

struct TimedCommand {
  std::int64_t at_s = 0;
  Actor by = Actor::trainee;
  Command command;
};


}  // namespace ttx::response
