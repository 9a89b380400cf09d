// scoring.yaml: the scorecard's weights, targets and rating cut-offs.
#include "sim/io/load_context.h"

namespace ttx::io {

using namespace ranges;

namespace {

// "区发改委 / District Development and Reform Commission": the Chinese name, then the English.
void split_names(const std::string& text, std::string& zh, std::string& en) {
  const auto slash = text.find(" / ");
  zh = text.substr(0, slash);
  en = slash == std::string::npos ? zh : text.substr(slash + 3);
}

std::string tagged_text(YamlMap& m, std::string_view key) {
  const YAML::Node v = m.tagged(key, false);
  return v.IsDefined() && v.IsScalar() ? v.Scalar() : "";
}

// improvement: {life_safety: {lead, support, deadline_days}, ...}: optional, part by part.
void read_owners(YamlMap& scoring, world::Scoring& s) {
  if (!scoring.has("improvement")) return;
  YamlMap m(scoring.file(), scoring.child("improvement"), scoring.field("improvement"));
  if (!m.ok()) return;
  static constexpr std::string_view kParts[] = {"life_safety", "timeliness", "sufficiency", "compliance", "efficiency"};
  for (std::size_t k = 0; k < s.owners.size(); ++k) {
    if (!m.has(kParts[k])) continue;
    YamlMap p(m.file(), m.child(kParts[k]), m.field(kParts[k]));
    if (!p.ok()) continue;
    world::ImprovementOwner& o = s.owners[k];
    if (const std::string lead = tagged_text(p, "lead"); !lead.empty()) split_names(lead, o.lead_zh, o.lead_en);
    if (const std::string support = tagged_text(p, "support"); !support.empty()) {
      split_names(support, o.support_zh, o.support_en);
    }
    o.deadline_days = p.quantity("deadline_days", Range{1, 3650}, false, o.deadline_days);
    p.finish();
  }
  m.finish();
}

}  // namespace

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
  read_owners(m, s);
  m.finish();
  s.loaded = true;
}

}  // namespace ttx::io
