#include "sim/batch/batch_tally.h"

#include <algorithm>
#include <cmath>

#include "sim/core/random_streams.h"

namespace ttx::batch {

std::size_t figure_column(const RecordSchema& s, const std::string& id) {
  const auto it = std::find(s.figures.begin(), s.figures.end(), id);
  return it == s.figures.end() ? s.size() : s.scores.size() + static_cast<std::size_t>(it - s.figures.begin());
}

std::size_t target_column(const RecordSchema& s, const std::string& id) {
  const auto it = std::find(s.targets.begin(), s.targets.end(), id);
  return it == s.targets.end() ? s.size() : s.scores.size() + s.figures.size() + static_cast<std::size_t>(it - s.targets.begin());
}

BatchTally::BatchTally(std::size_t n, const RecordSchema& schema, const BatchPlan& plan) {
  configurations.resize(n);
  for (auto& c : configurations) c.columns.resize(schema.size());
  if (plan.compare && n == 2) vs_minus_base.resize(schema.size());
  if (!plan.sweeps.empty()) share_vs_first.resize(n);
}

namespace {

void add_one(ConfigurationTally& c, const ReplicationRecord& r, const RecordSchema& s) {
  ++c.replications;
  // A sum of mixed (index, fingerprint) pairs: the same for any order and any split.
  c.fingerprint += core::splitmix64(r.fingerprint ^ core::splitmix64(r.index + 1));
  bool out = false;
  for (std::size_t k = 0; k < s.categories.size(); ++k) out = out || !std::isnan(r.values[s.category_at(k, 0)]);
  c.quiet += !out;
  for (std::size_t i = 0; i < r.values.size() && i < c.columns.size(); ++i) c.columns[i].add(r.values[i]);
}

}  // namespace

void BatchTally::add(const std::vector<ReplicationRecord>& records, const RecordSchema& s) {
  for (std::size_t k = 0; k < records.size() && k < configurations.size(); ++k) add_one(configurations[k], records[k], s);
  if (!vs_minus_base.empty() && records.size() == 2) {
    for (std::size_t i = 0; i < vs_minus_base.size(); ++i) {
      const double a = records[0].values[i], b = records[1].values[i];
      if (!std::isnan(a) && !std::isnan(b)) vs_minus_base[i].add(b - a);
    }
  }
  if (!share_vs_first.empty()) {
    const std::size_t share = figure_column(s, "relief_within_target_share");
    for (std::size_t k = 0; k < records.size() && k < share_vs_first.size() && share < s.size(); ++k) {
      const double a = records[0].values[share], b = records[k].values[share];
      if (!std::isnan(a) && !std::isnan(b)) share_vs_first[k].add(b - a);
    }
  }
}

void BatchTally::merge(const BatchTally& o) {
  for (std::size_t k = 0; k < configurations.size() && k < o.configurations.size(); ++k) {
    ConfigurationTally& c = configurations[k];
    const ConfigurationTally& d = o.configurations[k];
    c.replications += d.replications;
    c.fingerprint += d.fingerprint;
    c.quiet += d.quiet;
    for (std::size_t i = 0; i < c.columns.size() && i < d.columns.size(); ++i) c.columns[i].merge(d.columns[i]);
  }
  for (std::size_t i = 0; i < vs_minus_base.size() && i < o.vs_minus_base.size(); ++i) vs_minus_base[i].merge(o.vs_minus_base[i]);
  for (std::size_t k = 0; k < share_vs_first.size() && k < o.share_vs_first.size(); ++k) share_vs_first[k].merge(o.share_vs_first[k]);
}

}  // namespace ttx::batch
