// scoring.yaml: the scorecard's weights, targets and rating cut-offs.
#include "sim/io/load_context.h"

namespace ttx::io {

using namespace ranges;

void read_scoring(LoadContext& ctx, YamlMap& top) {
  if (!top.has("scoring") || !ctx.claim_section("scoring", located(top, "scoring"))) return;
  YamlMap m(top.file(), top.child("scoring"), "scoring");
  if (!m.ok()) return;
  world::Scoring& s = ctx.world.scoring;
  constexpr Range kWeight{0, 100};
  constexpr Range kScore{0, 100};
  s.weight_life_safety = m.quantity("weight_life_safety", kWeight);
  s.weight_timeliness = m.quantity("weight_timeliness", kWeight);
  s.weight_sufficiency = m.quantity("weight_sufficiency", kWeight);
  s.weight_compliance = m.quantity("weight_compliance", kWeight);
  s.weight_efficiency = m.quantity("weight_efficiency", kWeight);
  s.health_rescued = m.quantity("health_rescued", kShare);
  s.health_treated_in_time = m.quantity("health_treated_in_time", kShare);
  s.health_treated_late = m.quantity("health_treated_late", kShare);
  s.health_waiting = m.quantity("health_waiting", kShare);
  s.weight_relief_in_time = m.quantity("weight_relief_in_time", kWeight);
  s.weight_first_unit = m.quantity("weight_first_unit", kWeight);
  s.weight_delivery_p90 = m.quantity("weight_delivery_p90", kWeight);
  s.first_unit_target_h = m.quantity("first_unit_target_h", kHours);
  s.weight_fill_rate = m.quantity("weight_fill_rate", kWeight);
  s.weight_no_stockout = m.quantity("weight_no_stockout", kWeight);
  s.utilisation_for_full_score = m.quantity("utilisation_for_full_score", Range{0.01, 1});
  s.rating_p = m.quantity("rating_p", kScore);
  s.rating_s = m.quantity("rating_s", kScore);
  s.rating_m = m.quantity("rating_m", kScore);
  if (s.weight_life_safety + s.weight_timeliness + s.weight_sufficiency + s.weight_compliance + s.weight_efficiency <= 0) {
    m.error_at(m.child("weight_life_safety", false), "weight_life_safety", "the five part weights add up to 0");
  }
  if (!(s.rating_m <= s.rating_s && s.rating_s <= s.rating_p)) {
    m.error_at(m.child("rating_p", false), "rating_p", "expected rating_m <= rating_s <= rating_p");
  }
  m.finish();
  s.loaded = true;
}

}  // namespace ttx::io
