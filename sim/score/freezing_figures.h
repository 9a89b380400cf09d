// What the response did about the freezing rain's consequences: power cut and
// restored (with the critical sites first and the grid's outside crews), the
// travellers stranded on the closed expressway, and people without heating.
// Computed from the model; printers only format it.
#pragma once

#include <string>
#include <vector>

#include "sim/response/response_model.h"

namespace ttx::score {

/// A hospital, water works or shelter that lost power, and when it had it again.
struct CriticalSiteFigures {
  std::string kind;  ///< hospital, water_works, shelter
  std::string town, name_zh, name_en;
  double off_h = -1, generator_h = -1, restored_h = -1;  ///< generator_h: the first generator there, -1 none
};

struct FreezingFigures {
  bool applies = false;  ///< a freezing-rain run (else every figure is zero)
  // Power
  double spans_down = 0, spans_restored = 0;
  double households_off_peak = 0, households_off_end = 0, households_restored = 0;
  double households_half_back_h = -1, households_90_back_h = -1;  ///< when those off fell to half, to a tenth of the peak
  double days_left_at_end_pace = -1;  ///< spans still down / spans restored a day over the run's last 24 h; -1 no pace
  int own_crews = 0, outside_crews_requested = 0, outside_crews_arrived = 0;
  double outside_people_arrived = 0, outside_requested_h = -1, outside_arrived_h = -1;
  int critical_sites_off = 0, critical_sites_restored = 0, critical_sites_on_generator = 0;  ///< at the end
  double generators_placed = 0;
  double first_hospital_back_h = -1;  ///< the first hospital with grid power again
  std::vector<CriticalSiteFigures> sites;  ///< those that lost power, in the district's order
  // Travellers stranded on the closed expressway
  double stranded = 0, relieved = 0, released = 0, released_without_relief = 0, still_stranded = 0;
  double first_stranded_h = -1, reopened_h = -1;
  bool reopened_by_deicing = false;
  double deicing_km = 0, deicing_km_done = 0;
  double traveller_items_ordered = 0, traveller_items_delivered = 0;
  // People without heating
  double cold_peak = 0, cold_reported_end = 0;
  double cold_needing_relief = 0;  ///< found by the checks to need quilts and coats
  double warm_relief_ordered = 0, warm_relief_delivered = 0;  ///< items (quilts and coats)
};

FreezingFigures freezing_figures(const response::ResponseModel& model);

}  // namespace ttx::score
