// Displaced people: where they stay (relatives, the town's shelters, or without
// shelter), the relief rounds their towns send, and unmet need — the hours the
// displaced spend not yet supplied (each delivered order counts its share of its
// round's people).
#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

#include "sim/response/relief_needs.h"
#include "sim/response/response_model.h"

namespace ttx::response {

using core::Duration;
using core::SimTime;

void ResponseModel::touch(std::uint32_t town) {
  TownState& t = towns_[town];
  t.unmet_person_h += std::max(0.0, t.displaced - t.supplied) * static_cast<double>(now_s() - t.last_s) / 3600.0;
  t.last_s = now_s();
}

void ResponseModel::displace(std::uint32_t town, double people) {
  touch(town);
  TownState& t = towns_[town];
  if (t.first_displaced_s < 0) t.first_displaced_s = now_s();
  t.displaced += people;
  t.displaced_at.push_back({now_s(), people});
  const double relatives = people * w_.needs.stay_with_relatives_share;
  t.with_relatives += relatives;
  const double rest = people - relatives;
  const double into = t.shelters_open ? std::clamp(free_places(town), 0.0, rest) : 0.0;
  t.in_shelter += into;
  t.unsheltered += rest - into;
  shelter_elsewhere(town);
}

void ResponseModel::open_shelters(std::uint32_t town) {
  TownState& t = towns_[town];
  if (t.shelters_open) return;
  t.shelters_open = true;
  expectations_met_by_state();
  const double into = std::clamp(free_places(town), 0.0, t.unsheltered);
  t.in_shelter += into;
  t.unsheltered -= into;
  note(LogKind::shelters, town).count = t.shelter_capacity;
  shelter_elsewhere(town);
}

double ResponseModel::free_places(std::uint32_t town) const {
  const TownState& t = towns_[town];
  return std::max(0.0, t.shelter_capacity - t.in_shelter - t.hosted);
}

double ResponseModel::bus_hours(std::uint32_t from, std::uint32_t to) const {
  const std::int64_t a = roads_.find(w_.towns[from].id), b = roads_.find(w_.towns[to].id);
  return a < 0 || b < 0 ? std::numeric_limits<double>::infinity()
                        : travel_.hours(static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(b));
}

// The host town's shelters open; the people go by coach (coaches.cpp), their places held
// for them; without coaches in the data they are counted there at once.
void ResponseModel::move_to_shelters(std::uint32_t from, std::uint32_t to) {
  TownState& host = towns_[to];
  if (!host.shelters_open) {
    host.shelters_open = true;
    const double own = std::clamp(free_places(to), 0.0, host.unsheltered);
    host.in_shelter += own;
    host.unsheltered -= own;
    note(LogKind::shelters, to).count = host.shelter_capacity;
  }
  TownState& t = towns_[from];
  const double people = std::min(t.unsheltered, free_places(to));
  if (!(people > 0)) return;
  double moved = people, hours = bus_hours(from, to), trips = 0;
  if (!coaches_.empty()) {
    const CoachRun run = bus_people(from, to, people);
    moved = run.people;
    trips = run.trips;
    hours = run.last_s < 0 ? 0.0 : static_cast<double>(run.last_s - now_s()) / 3600.0;
    t.on_coaches += moved;
  } else {
    t.sheltered_elsewhere += moved;
  }
  if (!(moved > 0)) return;
  t.unsheltered -= moved;
  host.hosted += moved;
  LogEntry& e = note(LogKind::sheltered_elsewhere, from);
  e.to = static_cast<int>(to);
  e.people = moved;
  e.hours = hours;
  e.count = trips;
}

// Buses leave once a coach load (vehicles.yaml capacity_persons) waits.
void ResponseModel::shelter_elsewhere(std::uint32_t town) {
  TownState& t = towns_[town];
  double coach = 1;
  for (const auto& v : w_.transport.vehicles) coach = std::max(coach, v.capacity_persons);
  if (!options_.doctrine || !t.shelters_open || t.unsheltered < coach || free_places(town) > 0.5) return;
  std::vector<std::pair<double, std::uint32_t>> hosts;
  for (std::uint32_t k = 0; k < towns_.size(); ++k) {
    if (k == town || !(free_places(k) > 0.5)) continue;
    const double h = bus_hours(town, k);
    if (std::isfinite(h)) hosts.emplace_back(h, k);
  }
  std::sort(hosts.begin(), hosts.end());
  for (const auto& [h, k] : hosts) {
    if (!(t.unsheltered > 0.5)) break;
    apply(Actor::doctrine, ShelterElsewhere{w_.towns[town].id, w_.towns[k].id});
  }
}

// A town sends a consolidated request at most every order_round_h.
void ResponseModel::plan_round(std::uint32_t town) {
  TownState& t = towns_[town];
  if (t.next_round_s >= 0 || !(t.known_displaced > t.ordered_for)) return;
  const std::int64_t round_s = static_cast<std::int64_t>(std::llround(w_.doctrine.order_round_h * 3600));
  t.next_round_s = t.last_round_s < 0 ? now_s() : std::max(now_s(), t.last_round_s + round_s);
  sim_.schedule_at(SimTime::at_seconds(t.next_round_s), ReliefRound{town});
}

void ResponseModel::handle(const ReliefRound& e) {
  const auto town = static_cast<std::uint32_t>(e.town);
  TownState& t = towns_[town];
  t.next_round_s = -1;
  t.last_round_s = now_s();
  const double people = std::floor(t.known_displaced - t.ordered_for);
  if (people <= 0) return;
  t.ordered_for += people;
  // Shelter places earlier requests have counted on are not counted again.
  const double places_left = std::max(0.0, t.shelter_capacity - t.places_requested);
  const auto orders = relief_orders(w_, town, people, 0, season_, now_s(), places_left);
  t.places_requested += std::min(places_left, people * (1.0 - w_.needs.stay_with_relatives_share));
  const auto batch = static_cast<std::int64_t>(batches_.size());
  batches_.push_back({town, 0, 0});
  for (const auto& order : orders) {
    if (!logistics_.item_index(order.item)) continue;
    const std::uint64_t k = logistics_.place(order);
    batch_of_order_.resize(k + 1, -1);
    batch_of_order_[k] = batch;
    ++batches_.back().outstanding;
  }
  // Each delivered order supplies its share of the basket: people × 1/orders.
  if (batches_.back().outstanding > 0) batches_.back().people_per_order = people / batches_.back().outstanding;
  expectations_met_by_state();
  if (batches_.back().outstanding == 0) {  // nothing to carry: needs met on the spot
    supply(town, people);
  }
  plan_round(town);  // more may have been reported meanwhile
}

void ResponseModel::handle(const Delivered& e) {
  logistics_.handle(e);
  for (const std::uint64_t k : logistics_.loads()[e.load].orders) delivered(k);
}

// An order (or a part of one) reached its town: it supplies its share of the people of its round.
void ResponseModel::delivered(std::uint64_t order) {
  const std::uint64_t root = logistics_.root(order);
  if (root >= batch_of_order_.size() || batch_of_order_[root] < 0) return;
  Batch& b = batches_[static_cast<std::size_t>(batch_of_order_[root])];
  TownState& t = towns_[b.town];
  const double share = static_cast<double>(logistics_.orders()[order].quantity) /
                       static_cast<double>(std::max<std::int64_t>(1, logistics_.requested(order)));
  last_mile(b.town, b.people_per_order * share);
  if (root == order) --b.outstanding;
  if (t.first_relief_s < 0) {
    t.first_relief_s = now_s();
    LogEntry& e = note(LogKind::relief_delivered, b.town);
    e.item = *logistics_.item_index(logistics_.orders()[order].item);
    e.hours = static_cast<double>(now_s() - t.first_displaced_s) / 3600.0;
  }
}

// Supplied never exceeds displaced; every increase is recorded with its time.
void ResponseModel::supply(std::uint32_t town, double people) {
  touch(town);
  TownState& t = towns_[town];
  const double before = t.supplied;
  t.supplied = std::min(t.displaced, t.supplied + people);
  if (t.supplied > before) t.supplied_at.push_back({now_s(), t.supplied - before});
}

// People already supplied get their daily needs from then on.
void ResponseModel::handle(const DayStart& e) {
  for (std::uint32_t town = 0; town < towns_.size(); ++town) {
    if (towns_[town].supplied <= 0) continue;
    for (const auto& order : relief_orders(w_, town, towns_[town].supplied, static_cast<int>(e.day), season_, now_s())) {
      if (logistics_.item_index(order.item)) batch_of_order_.resize(logistics_.place(order) + 1, -1);
    }
  }
}

void ResponseModel::request_aid_teams(std::size_t aid) {
  const auto& teams = w_.mutual_aid[aid].teams;
  for (std::size_t k = 0; k < teams.size(); ++k) {
    const bool coming = std::any_of(units_.begin(), units_.end(), [&](const Unit& u) {
      return u.aid == static_cast<std::int64_t>(aid) && u.aid_team == static_cast<std::int64_t>(k);
    });
    if (!coming) continue;  // none of its plans in force
    sim_.schedule_in(Duration::from_hours(teams[k].delay_h), AidTeamsArrive{static_cast<std::uint32_t>(aid), static_cast<std::uint32_t>(k)});
  }
}

// Teams of the aid reach their staging town: by the book they go straight to work (a trainee mobilises them).
void ResponseModel::handle(const AidTeamsArrive& e) {
  Mobilise m;
  int people = 0;
  for (Unit& u : units_) {
    if (u.aid != static_cast<std::int64_t>(e.aid) || u.aid_team != static_cast<std::int64_t>(e.team) || u.arrived) continue;
    u.arrived = true;
    m.units.push_back(u.id);
    people += u.people;
  }
  LogEntry& n = note(LogKind::aid);
  n.aid = static_cast<std::int64_t>(e.aid);
  n.crew = static_cast<std::int64_t>(e.team);
  n.count = static_cast<double>(m.units.size());
  n.people = people;
  n.arrived = true;
  if (options_.doctrine && !m.units.empty()) apply(Actor::doctrine, m);
}

void ResponseModel::handle(const AidArrives& e) {
  const world::MutualAid& aid = w_.mutual_aid[e.aid];
  std::int64_t items = 0;
  for (const auto& i : aid.items) {
    if (const auto item = logistics_.item_index(i.item)) {
      logistics_.receive(*item, i.quantity);
      items += i.quantity;
    }
  }
  LogEntry& n = note(LogKind::aid);
  n.aid = static_cast<std::int64_t>(e.aid);
  n.count = static_cast<double>(items);
  n.arrived = true;
}

}  // namespace ttx::response
