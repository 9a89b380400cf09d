#include "sim/batch/batch_answer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ttx::batch {

namespace {

std::string hex(std::uint64_t h) {
  char text[20];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(h));
  return text;
}

Proportion proportion_of(const Sample& s) { return wilson(s.ones(), s.n()); }

ConfigurationAnswer configuration_answer(const BatchHeader& h, const Configuration& c, const ConfigurationTally& t) {
  const RecordSchema& s = h.schema;
  ConfigurationAnswer a;
  a.configuration = c;
  a.replications = t.replications;
  a.fingerprint = hex(t.fingerprint);
  const auto col = [&](std::size_t i) -> const Sample& { return t.columns[i]; };
  std::size_t at = 0;
  for (const auto& id : s.scores) a.scores.push_back({id, col(at++).distribution()});
  for (const auto& id : s.figures) a.figures.push_back({id, col(at++).distribution()});
  for (const auto& id : s.targets) {
    const Proportion p = proportion_of(col(at++));
    if (p.n > 0) a.targets.push_back({id, p});
  }
  for (std::size_t k = 0; k < s.towns.size(); ++k) {
    const Sample& first_unit = col(s.town_at(k, 2));
    if (first_unit.n() == 0) continue;  // never anyone displaced there
    a.towns.push_back({s.towns[k], proportion_of(col(s.town_at(k, 0))), col(s.town_at(k, 1)).distribution(),
                       proportion_of(first_unit), col(s.town_at(k, 3)).distribution()});
  }
  for (std::size_t k = 0; k < s.categories.size(); ++k) {
    CategoryAnswer ca;
    ca.category = s.categories[k];
    ca.asked = col(s.category_at(k, 2)).n();  // the fill rate is a number where it was ordered
    if (ca.asked == 0) continue;
    ca.ran_out = wilson(col(s.category_at(k, 0)).n(), ca.asked);
    ca.ran_out_first = wilson(col(s.category_at(k, 1)).ones(), t.replications);
    ca.ran_out_h = col(s.category_at(k, 0)).distribution();
    ca.fill_rate = col(s.category_at(k, 2)).distribution();
    a.categories.push_back(std::move(ca));
  }
  a.no_stockout = wilson(t.quiet, t.replications);
  // Most often first out first; ties in the district's order (a stable sort).
  std::stable_sort(a.categories.begin(), a.categories.end(),
                   [](const CategoryAnswer& x, const CategoryAnswer& y) { return x.ran_out_first.k > y.ran_out_first.k; });
  return a;
}

Comparison compare(const BatchHeader& h, const std::vector<Sample>& d, const ConfigurationAnswer& base) {
  const RecordSchema& s = h.schema;
  Comparison c;
  std::size_t at = 0;
  for (const auto& id : s.scores) c.scores.push_back({id, d[at++].as_difference()});
  for (const auto& id : s.figures) c.figures.push_back({id, d[at++].as_difference()});
  for (const auto& id : s.targets) {
    const PairedDifference x = d[at++].as_difference();
    if (x.n > 0) c.targets.push_back({id, x});
  }
  for (const auto& t : base.towns) {
    const auto found = std::find(s.towns.begin(), s.towns.end(), t.town);
    const std::size_t k = static_cast<std::size_t>(found - s.towns.begin());
    c.town_relief_met.push_back({t.town.id, d[s.town_at(k, 0)].as_difference()});
  }
  return c;
}

}  // namespace

BatchAnswer answer(const BatchResult& r) {
  BatchAnswer out;
  out.header = r.header;
  const std::vector<Configuration> configs = configurations(r.header.plan);
  const BatchTally& t = r.tally;
  for (std::size_t k = 0; k < configs.size() && k < t.configurations.size(); ++k) {
    out.configurations.push_back(configuration_answer(r.header, configs[k], t.configurations[k]));
  }
  if (r.header.plan.compare && configs.size() == 2 && t.vs_minus_base.size() == r.header.schema.size()) {
    out.comparison = compare(r.header, t.vs_minus_base, out.configurations[0]);
  }
  if (!r.header.plan.sweeps.empty()) {
    const std::size_t share = figure_column(r.header.schema, "relief_within_target_share");
    const std::size_t met = target_column(r.header.schema, "relief_within_target_share");
    for (std::size_t k = 0; k < configs.size() && k < t.configurations.size() && share < r.header.schema.size(); ++k) {
      SweepRow row;
      for (std::size_t p = 0; p < configs[k].point.size(); ++p) row.values.push_back(r.header.plan.sweeps[p].values[configs[k].point[p]]);
      row.configuration = k;
      row.relief_met = proportion_of(t.configurations[k].columns[met]);
      row.relief_share = t.configurations[k].columns[share].distribution();
      row.relief_share_vs_first = t.share_vs_first[k].as_difference();
      out.sweep.push_back(std::move(row));
    }
  }
  return out;
}

}  // namespace ttx::batch
