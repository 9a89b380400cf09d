// A batch figure's values over replications, kept in bounded memory and mergeable
// exactly: shards added in any order, on any number of threads, give the same bits.
//
// - The sum and the sum of squares are exact: each value is rounded once to a fixed
//   grid (2^-32 for the sum, 2^-16 for the squares) and added as a 128-bit integer,
//   so no order of additions changes them. Values beyond ±2^40 (about 1.1e12) are
//   clamped there; no figure of a run comes near it.
// - The deciles are exact while a sample holds up to kExact values (the values are
//   kept). Beyond, the values go into buckets of 1/128 of a binary order (a bucket
//   spans at most 0.8 % of its values; 0 has a bucket of its own), each with its count,
//   least and greatest value; an order statistic is placed in its bucket between the
//   least and the greatest by its rank there, so it is off by at most the bucket's
//   width (< 0.8 % of the value) and exact when the bucket holds one value (as for
//   figures that only take a few values: shares of 0 and 1, whole counts).
#pragma once

#include <cstdint>
#include <map>
#include <vector>

#include "sim/batch/batch_stats.h"

namespace ttx::batch {

__extension__ typedef __int128 Int128;  // GCC and Clang; __extension__ keeps -Wpedantic quiet

/// An exact, order-free sum of doubles on a fixed grid of 2^-bits.
class ExactSum {
 public:
  explicit ExactSum(int bits = 32) : bits_(bits) {}
  void add(double v);
  void merge(const ExactSum& o) { units_ += o.units_; }
  double value() const;
  Int128 units() const { return units_; }
  void set_units(Int128 u) { units_ = u; }
  int bits() const { return bits_; }
  bool operator==(const ExactSum&) const = default;

 private:
  int bits_;
  Int128 units_ = 0;
};

class Sample {
 public:
  static constexpr std::size_t kExact = 2048;

  struct Bucket {
    std::uint64_t count = 0;
    double least = 0, greatest = 0;
    bool operator==(const Bucket&) const = default;
  };

  /// NaN ("not in this run") is not a value: it is left out.
  void add(double v);
  void merge(const Sample& o);

  std::uint64_t n() const { return n_; }
  /// Values equal to 1 (a target met, a category first out).
  std::uint64_t ones() const { return ones_; }
  Distribution distribution() const;
  /// The values as the differences of pairs: their mean with its Student-t interval.
  PairedDifference as_difference() const;

  // The state, for a partial result written to a file and read back.
  const ExactSum& sum() const { return sum_; }
  const ExactSum& squares() const { return squares_; }
  const std::vector<double>& values() const { return values_; }  ///< while exact (sorted when read back)
  const std::map<std::int64_t, Bucket>& buckets() const { return buckets_; }
  bool exact() const { return exact_; }
  static Sample restore(std::uint64_t n, std::uint64_t ones, ExactSum sum, ExactSum squares, std::vector<double> values,
                        std::map<std::int64_t, Bucket> buckets, bool exact);

 private:
  void to_buckets();
  void bucket(double v, std::uint64_t count);
  double order_statistic(std::uint64_t rank) const;  // 0-based, from the buckets
  double mean() const;
  double sd() const;

  std::uint64_t n_ = 0, ones_ = 0;
  ExactSum sum_{32}, squares_{16};
  bool exact_ = true;
  std::vector<double> values_;
  std::map<std::int64_t, Bucket> buckets_;
};

}  // namespace ttx::batch
