// The events of a response run: small typed records on one calendar. Every part
// of the response (reports, plans, units, logistics) schedules its own kinds.
#pragma once

#include <cstdint>
#include <string_view>
#include <variant>

#include "sim/core/trace.h"

namespace ttx::response {

// An event that names one thing by index (an impact, a unit, an order, ...).
#define TTX_EVENT_1(Type, name, member)                                                         \
  struct Type {                                                                                 \
    static constexpr std::string_view kName = name;                                             \
    std::uint64_t member = 0;                                                                   \
    void trace(core::TraceLine& l) const { l.field(#member, static_cast<std::int64_t>(member)); } \
  }

// Information and decisions
TTX_EVENT_1(ImpactDue, "impact", impact);        ///< the hazard strikes (truth)
TTX_EVENT_1(ReportDue, "report", arrival);       ///< a report reaches the duty office
TTX_EVENT_1(PlanCheck, "plan_check", unused);    ///< a for_h condition may complete
TTX_EVENT_1(ActionDue, "action_due", action);    ///< a mandated action falls due
TTX_EVENT_1(CommandDue, "command", command);     ///< a logged command takes effect
TTX_EVENT_1(InjectDue, "inject", inject);        ///< a scripted message reaches its player
TTX_EVENT_1(InjectDeadline, "inject_deadline", inject);  ///< an inject's expected action is due
TTX_EVENT_1(Dispatch, "dispatch", unused);       ///< the doctrine dispatcher looks at free units
TTX_EVENT_1(RunEnds, "run_ends", unused);        ///< the scenario's end: work and unmet need are counted up
// Units
TTX_EVENT_1(UnitReady, "unit_ready", unit);      ///< assembled at base, shift starts
TTX_EVENT_1(UnitArrived, "unit_arrived", unit);  ///< reached its site
TTX_EVENT_1(SetupDone, "setup_done", unit);      ///< starts working
TTX_EVENT_1(ShiftEnds, "shift_ends", unit);
TTX_EVENT_1(RestEnds, "rest_ends", unit);
TTX_EVENT_1(TaskDone, "task_done", task);
TTX_EVENT_1(BackAtBase, "back_at_base", unit);  ///< a stood-down unit reached its base
TTX_EVENT_1(CommunityStarts, "community_starts", task);  ///< neighbours start freeing a village's lightly trapped
// Relief
TTX_EVENT_1(ReliefRound, "relief_round", town);  ///< a town sends its consolidated request
TTX_EVENT_1(DayStart, "day_start", day);         ///< daily re-supply of people already supplied
TTX_EVENT_1(AidArrives, "aid_arrives", aid);     ///< mutual aid reaches the warehouse
// Freezing rain
TTX_EVENT_1(FreezingLook, "freezing_look", hour);  ///< hourly: power restored, generators, de-icing, cold relief
TTX_EVENT_1(CrewsArrive, "crews_arrive", crew);    ///< outside repair crews reach the district
// People moved by coach
TTX_EVENT_1(CoachStop, "coach_stop", load);  ///< a coach picks up evacuees, or sets people down at another town's shelters
// Logistics
TTX_EVENT_1(OrderPlaced, "order_placed", order);
TTX_EVENT_1(SendTrucks, "send_trucks", unused);  ///< free trucks take the orders granted this moment
TTX_EVENT_1(LoadingDone, "loading_done", load);
TTX_EVENT_1(Delivered, "delivered", load);
TTX_EVENT_1(TruckBack, "truck_back", load);
/// Teams of one mutual aid reach the district (its teams[team]).
struct AidTeamsArrive {
  static constexpr std::string_view kName = "aid_teams_arrive";
  std::uint32_t aid = 0, team = 0;
  void trace(core::TraceLine& l) const { l.field("aid", static_cast<std::int64_t>(aid)).field("team", static_cast<std::int64_t>(team)); }
};
/// Relief at a town's transfer point reaches its people (the last mile).
struct HandedOut {
  static constexpr std::string_view kName = "handed_out";
  std::uint32_t town = 0;
  double people = 0;
  void trace(core::TraceLine& l) const { l.field("town", static_cast<std::int64_t>(town)).field("people", people); }
};
/// A drill: stock granted from a depot outside the drill's town is released as district support.
struct SupportDue {
  static constexpr std::string_view kName = "support_due";
  std::uint64_t order = 0;
  std::uint32_t depot = 0;
  void trace(core::TraceLine& l) const { l.field("order", static_cast<std::int64_t>(order)).field("depot", static_cast<std::int64_t>(depot)); }
};
struct ReserveLoad {
  static constexpr std::string_view kName = "reserve_load";
  std::uint32_t item = 0;
  std::int64_t quantity = 0;
  void trace(core::TraceLine& l) const { l.field("item", static_cast<std::int64_t>(item)).field("quantity", quantity); }
};

#undef TTX_EVENT_1

using Event = std::variant<ImpactDue, ReportDue, PlanCheck, ActionDue, CommandDue, InjectDue, Dispatch, RunEnds, UnitReady,
                           UnitArrived, SetupDone, ShiftEnds, RestEnds, TaskDone, BackAtBase, CommunityStarts, ReliefRound, DayStart, AidArrives,
                           OrderPlaced, SendTrucks, LoadingDone, Delivered, TruckBack, ReserveLoad, HandedOut,
                           FreezingLook, CrewsArrive, InjectDeadline, AidTeamsArrive, SupportDue, CoachStop>;  // new kinds last: a kind's index is in the run fingerprints

}  // namespace ttx::response
