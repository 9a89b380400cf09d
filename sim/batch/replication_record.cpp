#include "sim/batch/replication_record.h"

#include <algorithm>
#include <limits>

namespace ttx::batch {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double time_or_nan(double h) { return h < 0 ? kNaN : h; }

// The scorecard's figures that carry a target, by id: the plan's reporting deadlines
// are judged only once due, so they may be absent (NaN).
const char* const kTargets[] = {"relief_within_target_share",
                                "towns_first_unit_within_target_share",
                                "categories_p90_within_target_share",
                                "mean_fill_rate",
                                "categories_never_out_share",
                                "orders_short_of_stock",
                                "deadline:first_report_town_to_district",
                                "deadline:report_district_to_city",
                                "utilisation"};

double figure(const score::RunSummary& s, const std::string& name) {
  const score::DistrictFigures& d = s.district;
  if (name == "rescued_alive") return d.rescued_alive;
  if (name == "died_waiting") return d.died_waiting;
  if (name == "still_trapped") return d.still_trapped;
  if (name == "treated_in_time") return d.treated_in_time;
  if (name == "displaced") return d.displaced;
  if (name == "sheltered") return d.sheltered;
  if (name == "unsheltered") return d.unsheltered;
  if (name == "supplied") return d.supplied;
  if (name == "relief_within_target") return d.relief_within_target;
  if (name == "relief_within_target_share") return d.displaced > 0 ? d.relief_within_target / d.displaced : kNaN;
  if (name == "unmet_person_h") return d.unmet_person_h;
  if (name == "orders") return d.orders;
  if (name == "orders_short_of_stock") return s.stockouts;
  if (name == "request_to_delivery_mean_h") return time_or_nan(d.request_to_delivery_mean_h);
  if (name == "reserve_activated_h") return time_or_nan(s.reserve_activated_h);
  if (name == "units_mobilised") return d.units_mobilised;
  if (name == "unit_hours_worked") return d.unit_hours_worked;
  return kNaN;
}

}  // namespace

RecordSchema record_schema(const world::World& w) {
  RecordSchema r;
  r.scores = {"overall", "life_safety", "timeliness", "sufficiency", "compliance", "efficiency"};
  r.figures = {"rescued_alive", "died_waiting", "still_trapped", "treated_in_time", "displaced", "sheltered",
               "unsheltered", "supplied", "relief_within_target", "relief_within_target_share", "unmet_person_h",
               "orders", "orders_short_of_stock", "request_to_delivery_mean_h", "reserve_activated_h",
               "units_mobilised", "unit_hours_worked"};
  r.targets.assign(std::begin(kTargets), std::end(kTargets));
  for (const auto& t : w.towns) r.towns.push_back({t.id, t.name_zh, t.name_en});
  // Equipment is lent to units, never ordered by the towns: the relief and the reserve are.
  for (const auto& i : w.items) {
    if (i.cls != world::ItemClass::equipment) r.categories.push_back({i.id, i.name_zh, i.name_en, i.unit});
  }
  return r;
}

std::vector<std::string> RecordSchema::column_names() const {
  std::vector<std::string> out(scores);
  out.insert(out.end(), figures.begin(), figures.end());
  for (const auto& t : targets) out.push_back("met." + t);
  for (const auto& t : towns) {
    for (const char* f : {"relief_met", "relief_within_target_share", "first_unit_met", "first_relief_h"}) {
      out.push_back("town." + t.id + "." + f);
    }
  }
  for (const auto& c : categories) {
    for (const char* f : {"ran_out_h", "ran_out_first", "fill_rate"}) out.push_back("category." + c.id + "." + f);
  }
  return out;
}

ReplicationRecord make_record(std::uint64_t index, const score::RunSummary& s, const score::Scorecard& card,
                              const world::Scoring& rules, const RecordSchema& schema) {
  ReplicationRecord rec;
  rec.index = index;
  rec.fingerprint = s.fingerprint;
  rec.values.assign(schema.size(), kNaN);
  std::size_t at = 0;
  rec.values[at++] = card.overall;
  for (const score::Part* p : card.parts()) rec.values[at++] = p->applies ? p->score : kNaN;
  for (const auto& f : schema.figures) rec.values[at++] = figure(s, f);
  for (const auto& id : schema.targets) {
    for (const score::Part* p : card.parts()) {
      for (const auto& f : p->figures) {
        if (f.id == id && f.target >= 0) rec.values[at] = f.met ? 1.0 : 0.0;
      }
    }
    ++at;
  }
  for (std::size_t t = 0; t < schema.towns.size(); ++t) {
    const auto found = std::find_if(s.towns.begin(), s.towns.end(), [&](const auto& x) { return x.id == schema.towns[t].id; });
    if (found == s.towns.end() || found->displaced <= 0) continue;  // nobody displaced: no target to meet
    const score::TownFigures& town = *found;
    if (s.relief_target_h >= 0) {
      rec.values[schema.town_at(t, 0)] = town.relief_within_target_share >= 1.0 - 1e-9 ? 1.0 : 0.0;
      rec.values[schema.town_at(t, 1)] = town.relief_within_target_share;
    }
    // As the scorecard judges it: a unit on site within the target of the first displacement.
    rec.values[schema.town_at(t, 2)] =
        town.first_unit_h >= 0 && town.first_unit_h - town.first_displaced_h <= rules.first_unit_target_h ? 1.0 : 0.0;
    rec.values[schema.town_at(t, 3)] = time_or_nan(town.first_relief_after_displacement_h);
  }
  // The first to run out: every category that ran out at the earliest moment (several can
  // run out on the same order).
  double first_out = -1;
  for (const auto& c : s.categories) {
    if (c.ran_out_h >= 0 && (first_out < 0 || c.ran_out_h < first_out)) first_out = c.ran_out_h;
  }
  for (std::size_t k = 0; k < schema.categories.size(); ++k) {
    const auto found =
        std::find_if(s.categories.begin(), s.categories.end(), [&](const auto& x) { return x.id == schema.categories[k].id; });
    if (found == s.categories.end()) continue;  // not asked for in this run
    rec.values[schema.category_at(k, 0)] = time_or_nan(found->ran_out_h);
    rec.values[schema.category_at(k, 1)] = found->ran_out_h >= 0 && found->ran_out_h == first_out ? 1.0 : 0.0;
    rec.values[schema.category_at(k, 2)] = found->fill_rate;
  }
  return rec;
}

}  // namespace ttx::batch
