// What each displaced person needs, by category, and which items meet it.
#pragma once

#include <string>
#include <vector>

namespace ttx::world {

struct NeedItem {
  std::string item;
  double content_per_unit = 1;  ///< units of the need's measure in one item
};

struct Need {
  std::string id, name_zh, name_en;
  std::string measure;          ///< l, kg, m2, unit
  double amount = 0;            ///< per `per_persons` persons per `period_days`
  double amount_winter = -1;    ///< < 0: same as amount
  double per_persons = 1, period_days = 1;  ///< period 0: once per stay
  double from_day = 0, to_day = -1;         ///< to_day < 0: open-ended
  std::string applies_to, season, met_by;
  std::vector<NeedItem> items;
};

/// The last mile (last_mile.yaml): relief trucked to a town's transfer point still has
/// to reach its shelters and villages before the people have it.
struct LastMile {
  bool loaded = false;       ///< false: relief counts as received at the town centre
  double shelter_handout_h = 0;  ///< handing out at a shelter by the town centre
  double village_handout_h = 0;  ///< handing out at a village committee to its households
  double speed_factor = 1;       ///< town vans and tractors on the roads, against the road class speed
};

struct Needs {
  double stay_with_relatives_share = 0.5;
  double vulnerable_share = 0.25;
  std::vector<Need> needs;
  LastMile last_mile;
};

}  // namespace ttx::world
