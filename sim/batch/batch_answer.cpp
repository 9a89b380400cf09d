#include "sim/batch/batch_answer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ttx::batch {

std::vector<double> column(const std::vector<ReplicationRecord>& records, std::size_t c) {
  std::vector<double> v;
  v.reserve(records.size());
  for (const auto& r : records) v.push_back(r.values[c]);
  return v;
}

namespace {

bool any_number(const std::vector<double>& v) {
  return std::any_of(v.begin(), v.end(), [](double x) { return !std::isnan(x); });
}

std::string fingerprint_of(const std::vector<ReplicationRecord>& records) {
  std::uint64_t h = 1469598103934665603ULL;  // FNV-1a over the replications' fingerprints
  for (const auto& r : records) {
    for (int b = 0; b < 8; ++b) h = (h ^ ((r.fingerprint >> (8 * b)) & 0xff)) * 1099511628211ULL;
  }
  char text[20];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(h));
  return text;
}

ConfigurationAnswer configuration_answer(const BatchHeader& h, const Configuration& c,
                                         const std::vector<ReplicationRecord>& rs) {
  const RecordSchema& s = h.schema;
  ConfigurationAnswer a;
  a.configuration = c;
  a.replications = rs.size();
  a.fingerprint = fingerprint_of(rs);
  std::size_t at = 0;
  for (const auto& id : s.scores) a.scores.push_back({id, distribution(column(rs, at++))});
  for (const auto& id : s.figures) a.figures.push_back({id, distribution(column(rs, at++))});
  for (const auto& id : s.targets) {
    const Proportion p = proportion(column(rs, at++));
    if (p.n > 0) a.targets.push_back({id, p});
  }
  for (std::size_t t = 0; t < s.towns.size(); ++t) {
    const auto first_unit = column(rs, s.town_at(t, 2));
    if (!any_number(first_unit)) continue;  // never anyone displaced there
    a.towns.push_back({s.towns[t], proportion(column(rs, s.town_at(t, 0))), distribution(column(rs, s.town_at(t, 1))),
                       proportion(first_unit), distribution(column(rs, s.town_at(t, 3)))});
  }
  std::uint64_t quiet = 0;
  std::vector<bool> any_out(rs.size(), false);
  for (std::size_t k = 0; k < s.categories.size(); ++k) {
    const auto fill = column(rs, s.category_at(k, 2));
    const auto out_h = column(rs, s.category_at(k, 0));
    CategoryAnswer ca;
    ca.category = s.categories[k];
    std::uint64_t out = 0, first = 0;
    const auto first_col = column(rs, s.category_at(k, 1));
    for (std::size_t i = 0; i < rs.size(); ++i) {
      if (std::isnan(fill[i])) continue;
      ++ca.asked;
      out += !std::isnan(out_h[i]);
      first += first_col[i] == 1.0;
      if (!std::isnan(out_h[i])) any_out[i] = true;
    }
    if (ca.asked == 0) continue;
    ca.ran_out = wilson(out, ca.asked);
    ca.ran_out_first = wilson(first, rs.size());
    ca.ran_out_h = distribution(out_h);
    ca.fill_rate = distribution(fill);
    a.categories.push_back(std::move(ca));
  }
  for (const bool b : any_out) quiet += !b;
  a.no_stockout = wilson(quiet, rs.size());
  // Most often first out first; ties in the district's order (a stable sort).
  std::stable_sort(a.categories.begin(), a.categories.end(),
                   [](const CategoryAnswer& x, const CategoryAnswer& y) { return x.ran_out_first.k > y.ran_out_first.k; });
  return a;
}

Comparison compare(const BatchHeader& h, const std::vector<ReplicationRecord>& a, const std::vector<ReplicationRecord>& b,
                   const ConfigurationAnswer& base) {
  const RecordSchema& s = h.schema;
  Comparison c;
  std::size_t at = 0;
  for (const auto& id : s.scores) c.scores.push_back({id, paired_difference(column(a, at), column(b, at))}), ++at;
  for (const auto& id : s.figures) c.figures.push_back({id, paired_difference(column(a, at), column(b, at))}), ++at;
  for (const auto& id : s.targets) {
    const PairedDifference d = paired_difference(column(a, at), column(b, at));
    ++at;
    if (d.n > 0) c.targets.push_back({id, d});
  }
  for (const auto& t : base.towns) {
    const auto found = std::find(s.towns.begin(), s.towns.end(), t.town);
    const std::size_t k = static_cast<std::size_t>(found - s.towns.begin());
    c.town_relief_met.push_back({t.town.id, paired_difference(column(a, s.town_at(k, 0)), column(b, s.town_at(k, 0)))});
  }
  return c;
}

std::size_t figure_column(const RecordSchema& s, const std::string& id) {
  const auto it = std::find(s.figures.begin(), s.figures.end(), id);
  return s.scores.size() + static_cast<std::size_t>(it - s.figures.begin());
}

std::size_t target_column(const RecordSchema& s, const std::string& id) {
  const auto it = std::find(s.targets.begin(), s.targets.end(), id);
  return s.scores.size() + s.figures.size() + static_cast<std::size_t>(it - s.targets.begin());
}

}  // namespace

BatchAnswer answer(const BatchResult& r) {
  BatchAnswer out;
  out.header = r.header;
  const std::vector<Configuration> configs = configurations(r.header.plan);
  for (std::size_t k = 0; k < configs.size(); ++k) {
    out.configurations.push_back(configuration_answer(r.header, configs[k], r.records[k]));
  }
  if (r.header.plan.compare && configs.size() == 2) {
    out.comparison = compare(r.header, r.records[0], r.records[1], out.configurations[0]);
  }
  if (!r.header.plan.sweeps.empty()) {
    const std::size_t share = figure_column(r.header.schema, "relief_within_target_share");
    const std::size_t met = target_column(r.header.schema, "relief_within_target_share");
    for (std::size_t k = 0; k < configs.size(); ++k) {
      SweepRow row;
      for (std::size_t p = 0; p < configs[k].point.size(); ++p) row.values.push_back(r.header.plan.sweeps[p].values[configs[k].point[p]]);
      row.configuration = k;
      row.relief_met = proportion(column(r.records[k], met));
      row.relief_share = distribution(column(r.records[k], share));
      row.relief_share_vs_first = paired_difference(column(r.records[0], share), column(r.records[k], share));
      out.sweep.push_back(std::move(row));
    }
  }
  return out;
}

}  // namespace ttx::batch
