#include "sim/batch/batch_plan.h"

#include <charconv>

namespace ttx::batch {

std::vector<Configuration> configurations(const BatchPlan& plan) {
  std::vector<Configuration> out;
  if (plan.sweeps.empty()) {
    out.push_back({"base", plan.sets, {}});
    if (plan.compare) {
      Configuration vs{"vs", plan.sets, {}};
      vs.sets.insert(vs.sets.end(), plan.vs.begin(), plan.vs.end());
      out.push_back(std::move(vs));
    }
    return out;
  }
  std::vector<std::size_t> point(plan.sweeps.size(), 0);
  for (;;) {
    Configuration c{"", plan.sets, point};
    for (std::size_t k = 0; k < plan.sweeps.size(); ++k) {
      const std::string set = plan.sweeps[k].path + "=" + plan.sweeps[k].values[point[k]];
      c.label += (k ? "; " : "") + set;
      c.sets.push_back(set);
    }
    out.push_back(std::move(c));
    // The last figure varies fastest.
    std::size_t k = plan.sweeps.size();
    while (k > 0 && ++point[k - 1] == plan.sweeps[k - 1].values.size()) point[--k] = 0;
    if (k == 0) return out;
  }
}

ReplicationRange shard_range(std::uint64_t n, std::uint64_t shard, std::uint64_t shards) {
  if (shards == 0) return {0, n};
  // Spread evenly: floor(n·s / shards), split so that no product can overflow
  // (the remainder times a shard index stays below shards²).
  const auto at = [&](std::uint64_t s) { return n / shards * s + n % shards * s / shards; };
  return {at(shard), at(shard + 1)};
}

namespace {

bool read_count(const std::string& text, std::uint64_t& out) {
  if (text.empty()) return false;
  const auto r = std::from_chars(text.data(), text.data() + text.size(), out);
  return r.ec == std::errc() && r.ptr == text.data() + text.size();
}

}  // namespace

std::string parse_shard(const std::string& text, std::uint64_t& shard, std::uint64_t& shards) {
  const std::size_t slash = text.find('/');
  std::uint64_t i = 0, n = 0;
  if (slash == std::string::npos || !read_count(text.substr(0, slash), i) || !read_count(text.substr(slash + 1), n)) {
    return "expected i/N, e.g. 2/8 (the second of eight shards), got '" + text + "'";
  }
  if (n < 1 || n > 100000 || i < 1 || i > n) return "expected 1 <= i <= N <= 100000, got '" + text + "'";
  shard = i - 1;
  shards = n;
  return "";
}

std::string parse_sweep(const std::string& text, Sweep& sweep) {
  const std::size_t eq = text.find('=');
  if (eq == std::string::npos || eq == 0 || eq + 1 == text.size()) {
    return "expected PATH=a,b,c, e.g. depots.district_warehouse.bays=2,3,4, got '" + text + "'";
  }
  sweep.path = text.substr(0, eq);
  sweep.values.clear();
  std::string rest = text.substr(eq + 1);
  for (std::size_t start = 0;;) {
    const std::size_t comma = rest.find(',', start);
    const std::string v = rest.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    if (v.empty()) return "an empty value in '" + text + "'";
    sweep.values.push_back(v);
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  if (sweep.values.size() > 50) return "at most 50 values in a sweep, got " + std::to_string(sweep.values.size());
  return "";
}

}  // namespace ttx::batch
