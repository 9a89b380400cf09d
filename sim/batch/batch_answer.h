// The answer of a batch, computed once from its tally for every printer (terminal,
// JSON, xlsx, HTML): per configuration the distributions of the scores and key
// figures, the probability of meeting each target for the district and each town,
// and which category ran out first how often; the paired differences of a what-if;
// and a sweep's table of the relief target against the swept figures.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sim/batch/batch_result.h"
#include "sim/batch/batch_stats.h"

namespace ttx::batch {

struct NamedDistribution {
  std::string id;
  Distribution d;
};
struct NamedProportion {
  std::string id;
  Proportion p;
};

struct TownAnswer {
  TownColumn town;
  Proportion relief_met;          ///< all its displaced supplied within the relief target
  Distribution relief_share;      ///< share of its displaced supplied within the target
  Proportion first_unit_met;      ///< a unit on site within the first-unit target
  Distribution first_relief_h;    ///< first relief after its first displacement, where it came
};

struct CategoryAnswer {
  CategoryColumn category;
  std::uint64_t asked = 0;      ///< replications that ordered it
  Proportion ran_out;           ///< of the replications that ordered it
  Proportion ran_out_first;     ///< of all replications: it was (among) the first to run out
  Distribution ran_out_h;       ///< when, where it ran out
  Distribution fill_rate;
};

struct ConfigurationAnswer {
  Configuration configuration;
  std::uint64_t replications = 0;
  std::string fingerprint;  ///< over every replication's fingerprint, in order
  std::vector<NamedDistribution> scores, figures;
  std::vector<NamedProportion> targets;
  std::vector<TownAnswer> towns;          ///< towns where someone was displaced in some replication
  std::vector<CategoryAnswer> categories; ///< categories ordered in some replication, most often first out first
  Proportion no_stockout;                 ///< replications where nothing ran out
};

struct NamedDifference {
  std::string id;
  PairedDifference d;
};

/// `vs` minus `base`, replication by replication.
struct Comparison {
  std::vector<NamedDifference> scores, figures, targets;
  std::vector<NamedDifference> town_relief_met;  ///< per town of the base's answer, in its order
};

struct SweepRow {
  std::vector<std::string> values;  ///< of each swept figure
  std::size_t configuration = 0;
  Proportion relief_met;            ///< the district's relief target met
  Distribution relief_share;        ///< share of the displaced supplied within the target
  PairedDifference relief_share_vs_first;  ///< against the grid's first point, on the same random numbers
};

struct BatchAnswer {
  BatchHeader header;
  std::vector<ConfigurationAnswer> configurations;
  std::optional<Comparison> comparison;  ///< with --vs
  std::vector<SweepRow> sweep;           ///< with --sweep
};

/// From the tally of every replication (a merged or whole result).
BatchAnswer answer(const BatchResult& result);

}  // namespace ttx::batch
