// What happened to people (ground truth, for scoring), per town and for the
// district, and the readable log of a run.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ttx::response {

/// People becoming displaced, or being supplied, at one moment.
struct PeopleAt {
  std::int64_t at_s = 0;
  double people = 0;
};

/// Displaced people of one town and how they are housed and supplied.
struct TownState {
  double displaced = 0;                  ///< truth: people who had to leave home
  double with_relatives = 0, in_shelter = 0, unsheltered = 0;  ///< where they are (sum = displaced)
  double shelter_capacity = 0;           ///< short-stay places of the town's shelters
  bool shelters_open = false;
  double known_displaced = 0;            ///< as reported to the district
  double ordered_for = 0;                ///< people covered by relief requests sent
  double places_requested = 0;           ///< shelter places those requests counted on
  double supplied = 0;                   ///< people-equivalents supplied: each delivered order of a round counts its share of the people
  double unmet_person_h = 0;             ///< displaced without relief, integrated over time
  std::int64_t last_s = 0;               ///< unmet need counted up to here
  std::int64_t next_round_s = -1;        ///< a relief round is scheduled then, -1 none
  std::int64_t last_round_s = -1;
  std::int64_t first_displaced_s = -1, first_relief_s = -1, first_unit_on_site_s = -1;
  std::vector<PeopleAt> displaced_at;    ///< every displacement, in time order (sums to displaced)
  std::vector<PeopleAt> supplied_at;     ///< every increase of supplied, in time order (sums to supplied)
};

/// Outcomes for people, by the truth.
struct Outcomes {
  double trapped = 0;                   ///< everyone ever trapped
  double rescued_alive = 0, rescued_dead = 0;  ///< freed alive / found dead
  double died_waiting = 0;              ///< died before anyone reached them (flood)
  double injured_serious = 0;           ///< severity 2–3 casualties
  double treated_in_time = 0, treated_late = 0;
  double killed = 0;                    ///< deaths the hazard caused outright
  double levee_bags = 0, pumped_m3 = 0, spans_restored = 0, bridges_reopened = 0, leaks_made_safe = 0;
  double bags_needed = 0, m3_to_pump = 0, spans_down = 0, bridges_damaged = 0, gas_leaks = 0;
};

/// When the reporting chain met the moments the plans' reporting deadlines count
/// from and to (-1: not yet).
struct ReportingTimes {
  std::int64_t onset_s = -1;            ///< the first impact on people or houses
  std::int64_t first_report_s = -1;     ///< the first report of one at the district
  std::int64_t city_report_s = -1, province_report_s = -1;  ///< the district's first reports upwards after the first report
};

enum class LogKind : std::uint8_t {
  level_change, action, command, rejected, inject, unit_on_site, relief_delivered, stockout, reserve, aid, shelters,
  report,
};
std::string_view to_string(LogKind k);

/// One line of the run's timeline.
struct LogEntry {
  std::int64_t at_s = 0;
  LogKind kind = LogKind::action;
  std::int64_t town = -1;  ///< the town it concerns, -1 district-wide
  std::string text;
};

}  // namespace ttx::response
