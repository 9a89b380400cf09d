// One replication of a batch as a row of numbers: the scores, the key figures, each
// target met or not, and per town and per stock category the figures a planner asks
// about. The columns are fixed by the district (its towns and non-equipment stock
// categories), so every replication, thread and shard writes the same row shape.
// A figure that does not apply to a replication (no one displaced in a town, a
// category never asked for, a time that never came) is NaN: "not in this run".
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sim/score/run_summary.h"
#include "sim/score/scorecard.h"
#include "sim/world/world.h"

namespace ttx::batch {

struct TownColumn {
  std::string id, name_zh, name_en;
  bool operator==(const TownColumn&) const = default;
};
struct CategoryColumn {
  std::string id, name_zh, name_en, unit;
  bool operator==(const CategoryColumn&) const = default;
};

/// The shape of a row: the column names, and the towns and categories they cover.
struct RecordSchema {
  std::vector<std::string> scores;   ///< overall, then the five parts
  std::vector<std::string> figures;  ///< district figures (run_json's names)
  std::vector<std::string> targets;  ///< scorecard figures judged against a target: 1 met, 0 missed
  std::vector<TownColumn> towns;
  std::vector<CategoryColumn> categories;
  /// Per town, in this order: relief target met, share supplied within it, first unit in time,
  /// first relief after the first displacement (h).
  static constexpr int kTownFields = 4;
  /// Per category: ran out (h), among the first to run out (1/0), fill rate.
  static constexpr int kCategoryFields = 3;

  std::size_t size() const {
    return scores.size() + figures.size() + targets.size() + towns.size() * kTownFields +
           categories.size() * kCategoryFields;
  }
  std::size_t town_at(std::size_t town, int field) const {
    return scores.size() + figures.size() + targets.size() + town * kTownFields + static_cast<std::size_t>(field);
  }
  std::size_t category_at(std::size_t category, int field) const {
    return town_at(towns.size(), 0) + category * kCategoryFields + static_cast<std::size_t>(field);
  }
  /// Column names for a CSV header: "overall", "town.haimen.relief_met", "category.relief_quilt.ran_out_h", ...
  std::vector<std::string> column_names() const;
  bool operator==(const RecordSchema&) const = default;
};

RecordSchema record_schema(const world::World& world);

struct ReplicationRecord {
  std::uint64_t index = 0;
  std::uint64_t fingerprint = 0;
  std::vector<double> values;  ///< in the schema's order, NaN where not applicable
};

ReplicationRecord make_record(std::uint64_t index, const score::RunSummary& summary, const score::Scorecard& card,
                              const world::Scoring& rules, const RecordSchema& schema);

}  // namespace ttx::batch
