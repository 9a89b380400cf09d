// Counted vehicles: the district's coaches fetch the evacuees who cannot leave on their
// own and take people to shelters of other towns; the 120 service's ambulances take the
// life-threatening injured to hospital. Fewer of either and people wait longer (the
// shipped flood and earthquake, fixed seeds).
#include <gtest/gtest.h>

#include "../hazard/shipped_world.h"
#include "sim/response/response_model.h"
#include "sim/score/run_summary.h"

namespace ttx::response {
namespace {

using testing_support::shipped_scenario;

world::World with_coaches(const world::World& shipped, int count) {
  world::World w = shipped;
  bool found = false;
  for (auto& v : w.transport.vehicles) {
    if (!(v.capacity_persons > 0)) continue;
    v.count = count;
    found = true;
  }
  EXPECT_TRUE(found) << "vehicles.yaml has coaches";
  return w;
}

// Person-hours from each transfer order to its last coach's arrival.
double transfer_wait_person_h(const ResponseModel& m) {
  double sum = 0;
  for (const auto& e : m.log()) {
    if (e.kind == LogKind::sheltered_elsewhere) sum += e.people * e.hours;
  }
  return sum;
}

TEST(Coaches, FewerCoachesFetchEvacueesAndMoveTransfersLaterAndWithoutThemNobodyRides) {
  const auto load = shipped_scenario("flood_typhoon_breach");
  const world::World& w = load.district.world;
  const world::World two = with_coaches(w, 2), zero = with_coaches(w, 0);  // the model keeps a reference
  ResponseModel full(w, load.scenario), few(two, load.scenario), none(zero, load.scenario);
  const auto a = score::run_and_summarise(full, full.end_s());
  const auto b = score::run_and_summarise(few, few.end_s());
  const auto c = score::run_and_summarise(none, none.end_s());
  ASSERT_GT(a.district.coach_trips, 20) << "the coaches fetch evacuees and take people to other towns";
  EXPECT_GT(a.district.by_coach, 1000);
  EXPECT_GT(a.district.sheltered_other_towns, 0);
  EXPECT_NEAR(a.district.on_coaches, 0, 1e-6) << "by the end every coach load has arrived";
  EXPECT_GT(transfer_wait_person_h(few), 2 * transfer_wait_person_h(full)) << "two coaches shuttle far longer than twenty";
  EXPECT_GT(b.district.coach_too_late + b.district.caught_at_home, a.district.coach_too_late + a.district.caught_at_home)
      << "evacuees waiting for a coach are still at home when the water comes";
  EXPECT_EQ(c.district.coach_trips, 0);
  EXPECT_EQ(c.district.by_coach, 0);
  for (const auto* m : {&full, &few, &none}) EXPECT_NO_THROW(m->check_invariants());
}

world::World with_ambulances(const world::World& shipped, int count) {
  world::World w = shipped;
  EXPECT_GT(w.casualty_transport.ambulances, 0) << "hospitals.yaml counts the 120 service's ambulances";
  w.casualty_transport.ambulances = count;
  return w;
}

TEST(Ambulances, TheLifeThreateningGoByAmbulanceAndFewerAmbulancesTakeFewerInTime) {
  const auto load = shipped_scenario("earthquake_m6_onshore");
  const world::World& w = load.district.world;
  const world::World three = with_ambulances(w, 3);  // the model keeps a reference
  ResponseModel all(w, load.scenario), few(three, load.scenario);
  const auto a = score::run_and_summarise(all, all.end_s());
  const auto b = score::run_and_summarise(few, few.end_s());
  ASSERT_GT(a.district.by_ambulance, 50) << "the 120 service carries the life-threatening to hospital";
  EXPECT_LT(a.district.by_ambulance, a.district.to_hospital) << "the others go by any vehicle";
  EXPECT_GT(a.district.ambulance_hours, a.district.by_ambulance * 0.3) << "each trip takes the ambulance out and back";
  EXPECT_LT(b.district.by_ambulance, a.district.by_ambulance) << "three ambulances carry fewer";
  EXPECT_LE(b.district.treated_in_time, a.district.treated_in_time);
  EXPECT_LE(b.district.ambulance_hours, 3 * static_cast<double>(all.end_s()) / 3600.0 + 1e-6) << "never more ambulance-hours than ambulances × hours";
  EXPECT_NO_THROW(all.check_invariants());
  EXPECT_NO_THROW(few.check_invariants());
}

}  // namespace
}  // namespace ttx::response
