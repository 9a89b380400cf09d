#include "sim/response/commands.h"

namespace ttx::response {

std::string_view to_string(Actor a) {
  switch (a) {
    case Actor::doctrine: return "doctrine";
    case Actor::trainee: return "trainee";
    case Actor::director: return "director";
  }
  return "?";
}

namespace {

std::string town_id(const world::World& w, std::uint32_t t) { return t < w.towns.size() ? w.towns[t].id : "?"; }

}  // namespace

std::string describe(const world::World& w, const std::vector<Unit>& units, const Command& command) {
  struct Describe {
    const world::World& w;
    const std::vector<Unit>& units;
    std::string unit(std::uint32_t u) const { return u < units.size() ? units[u].id : "unit " + std::to_string(u); }
    std::string operator()(const SetLevel& c) const {
      return "set " + c.plan + " to " + (c.level > 4 ? std::string("no response") : "level " + world::level_name(c.level));
    }
    std::string operator()(const Mobilise& c) const { return "mobilise " + std::to_string(c.units.size()) + " units"; }
    std::string operator()(const Assign& c) const {
      return "assign " + unit(c.unit) + " to task " + std::to_string(c.task);
    }
    std::string operator()(const StandDown& c) const { return "stand down " + unit(c.unit); }
    std::string operator()(const OpenShelters& c) const { return "open the shelters of " + town_id(w, c.town); }
    std::string operator()(const ReleaseStock& c) const {
      return std::string("release stock:") + (c.relief ? " relief" : "") + (c.equipment ? " equipment" : "");
    }
    std::string operator()(const ActivateReserve&) const { return "activate the agreement reserve"; }
    std::string operator()(const RequestAid& c) const { return "request mutual aid: " + c.aid; }
    std::string operator()(const OrderRelief& c) const {
      return "order " + std::to_string(c.quantity) + " " + c.item + " for " + town_id(w, c.town);
    }
    std::string operator()(const SendReport& c) const { return "report to the " + c.to; }
  };
  return std::visit(Describe{w, units}, command);
}

}  // namespace ttx::response
