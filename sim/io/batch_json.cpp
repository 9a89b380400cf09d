#include "sim/io/batch_json.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace ttx::io {

namespace {

using Json = nlohmann::ordered_json;
using namespace ttx::batch;

Json num(double v) { return std::isnan(v) ? Json(nullptr) : Json(v); }

Json dist(const Distribution& d) {
  return {{"n", d.n}, {"mean", num(d.mean)}, {"sd", num(d.sd)}, {"p10", num(d.p10)}, {"p50", num(d.p50)}, {"p90", num(d.p90)}};
}
Json prop(const Proportion& p) {
  return {{"k", p.k}, {"n", p.n}, {"p", num(p.p)}, {"lo", num(p.lo)}, {"hi", num(p.hi)}};
}
Json diff(const PairedDifference& d) { return {{"n", d.n}, {"mean", num(d.mean)}, {"lo", num(d.lo)}, {"hi", num(d.hi)}}; }

Json plan_json(const BatchPlan& p) {
  Json sweeps = Json::array();
  for (const auto& s : p.sweeps) sweeps.push_back({{"path", s.path}, {"values", s.values}});
  return {{"seed", p.seed}, {"replications", p.replications}, {"sets", p.sets},
          {"compare", p.compare}, {"vs", p.vs}, {"sweeps", sweeps}};
}

Json header_json(const BatchHeader& h) {
  return {{"id", h.scenario_id},         {"name_zh", h.scenario_name_zh}, {"name_en", h.scenario_name_en},
          {"duration_h", h.duration_h},  {"relief_target_h", h.relief_target_h < 0 ? Json(nullptr) : Json(h.relief_target_h)}};
}

Json configuration_json(const ConfigurationAnswer& c) {
  Json j = {{"label", c.configuration.label}, {"sets", c.configuration.sets}, {"replications", c.replications},
            {"fingerprint", c.fingerprint}};
  Json scores = Json::object(), figures = Json::object(), targets = Json::object();
  for (const auto& s : c.scores) scores[s.id] = dist(s.d);
  for (const auto& f : c.figures) figures[f.id] = dist(f.d);
  for (const auto& t : c.targets) targets[t.id] = prop(t.p);
  j["scores"] = scores;
  j["figures"] = figures;
  j["targets"] = targets;
  Json towns = Json::array();
  for (const auto& t : c.towns) {
    towns.push_back({{"id", t.town.id}, {"name_zh", t.town.name_zh}, {"name_en", t.town.name_en},
                     {"relief_met", prop(t.relief_met)}, {"relief_within_target_share", dist(t.relief_share)},
                     {"first_unit_met", prop(t.first_unit_met)}, {"first_relief_h", dist(t.first_relief_h)}});
  }
  j["towns"] = towns;
  Json cats = Json::array();
  for (const auto& k : c.categories) {
    cats.push_back({{"id", k.category.id}, {"name_zh", k.category.name_zh}, {"name_en", k.category.name_en},
                    {"unit", k.category.unit}, {"asked", k.asked}, {"ran_out", prop(k.ran_out)},
                    {"ran_out_first", prop(k.ran_out_first)}, {"ran_out_h", dist(k.ran_out_h)},
                    {"fill_rate", dist(k.fill_rate)}});
  }
  j["categories"] = cats;
  j["no_stockout"] = prop(c.no_stockout);
  return j;
}

}  // namespace

std::string batch_json(const BatchAnswer& a) {
  Json j;
  j["scenario"] = header_json(a.header);
  j["plan"] = plan_json(a.header.plan);
  Json configs = Json::array();
  for (const auto& c : a.configurations) configs.push_back(configuration_json(c));
  j["configurations"] = configs;
  if (a.comparison) {
    const Comparison& c = *a.comparison;
    Json cmp = {{"of", "vs minus base, replication by replication"}};
    Json scores = Json::object(), figures = Json::object(), targets = Json::object(), towns = Json::object();
    for (const auto& d : c.scores) scores[d.id] = diff(d.d);
    for (const auto& d : c.figures) figures[d.id] = diff(d.d);
    for (const auto& d : c.targets) targets[d.id] = diff(d.d);
    for (const auto& d : c.town_relief_met) towns[d.id] = diff(d.d);
    cmp["scores"] = scores;
    cmp["figures"] = figures;
    cmp["targets"] = targets;
    cmp["town_relief_met"] = towns;
    j["comparison"] = cmp;
  }
  if (!a.sweep.empty()) {
    Json rows = Json::array();
    for (const auto& r : a.sweep) {
      rows.push_back({{"values", r.values}, {"configuration", r.configuration}, {"relief_met", prop(r.relief_met)},
                      {"relief_within_target_share", dist(r.relief_share)},
                      {"relief_within_target_share_vs_first", diff(r.relief_share_vs_first)}});
    }
    j["sweep"] = rows;
  }
  return j.dump(2) + "\n";
}

namespace {

// --- Partial results ---------------------------------------------------------

__extension__ typedef unsigned __int128 UInt128;

// A 128-bit sum as decimal text, and back.
std::string int128_text(Int128 v) {
  if (v == 0) return "0";
  const bool negative = v < 0;
  UInt128 u = negative ? static_cast<UInt128>(-(v + 1)) + 1 : static_cast<UInt128>(v);
  std::string out;
  while (u > 0) out += static_cast<char>('0' + static_cast<int>(u % 10)), u /= 10;
  if (negative) out += '-';
  std::reverse(out.begin(), out.end());
  return out;
}

Int128 int128_of(const std::string& text) {
  std::size_t at = text.size() > 0 && text[0] == '-' ? 1 : 0;
  if (at == text.size() || text.size() > 41) throw std::runtime_error("not a 128-bit sum: '" + text + "'");
  UInt128 u = 0;
  for (; at < text.size(); ++at) {
    if (text[at] < '0' || text[at] > '9') throw std::runtime_error("not a 128-bit sum: '" + text + "'");
    u = u * 10 + static_cast<unsigned>(text[at] - '0');
  }
  return text[0] == '-' ? -static_cast<Int128>(u) : static_cast<Int128>(u);
}

// A sample's whole state: counts, exact sums, and its values (sorted) or its buckets.
Json sample_json(const Sample& x) {
  Json j = {{"n", x.n()}, {"ones", x.ones()}, {"sum", int128_text(x.sum().units())}, {"squares", int128_text(x.squares().units())}};
  if (x.exact()) {
    std::vector<double> v = x.values();
    std::sort(v.begin(), v.end());
    j["values"] = v;
  } else {
    Json b = Json::array();
    for (const auto& [k, bucket] : x.buckets()) b.push_back({k, bucket.count, bucket.least, bucket.greatest});
    j["buckets"] = b;
  }
  return j;
}

Sample read_sample(const Json& j) {
  ExactSum sum(32), squares(16);
  sum.set_units(int128_of(j.at("sum").get<std::string>()));
  squares.set_units(int128_of(j.at("squares").get<std::string>()));
  std::vector<double> values;
  std::map<std::int64_t, Sample::Bucket> buckets;
  const bool exact = j.contains("values");
  if (exact) {
    values = j.at("values").get<std::vector<double>>();
  } else {
    for (const auto& b : j.at("buckets")) {
      buckets[b.at(0).get<std::int64_t>()] = {b.at(1).get<std::uint64_t>(), b.at(2).get<double>(), b.at(3).get<double>()};
    }
  }
  const auto n = j.at("n").get<std::uint64_t>();
  if (exact && values.size() != n) throw std::runtime_error("a sample's values do not match its count");
  return Sample::restore(n, j.at("ones").get<std::uint64_t>(), sum, squares, std::move(values), std::move(buckets), exact);
}

}  // namespace


std::string batch_partial_json(const BatchResult& r) {
  const RecordSchema& s = r.header.schema;
  Json j;
  j["ttx_batch_partial"] = 2;  // 2: samples (sim/batch/sample.h); 1 held every record
  j["scenario"] = header_json(r.header);
  j["plan"] = plan_json(r.header.plan);
  Json towns = Json::array(), cats = Json::array();
  for (const auto& t : s.towns) towns.push_back({t.id, t.name_zh, t.name_en});
  for (const auto& c : s.categories) cats.push_back({c.id, c.name_zh, c.name_en, c.unit});
  j["schema"] = {{"scores", s.scores}, {"figures", s.figures}, {"targets", s.targets}, {"towns", towns}, {"categories", cats}};
  j["range"] = {r.range.first, r.range.last};
  Json configs = Json::array();
  for (const auto& c : r.tally.configurations) {
    Json columns = Json::array();
    for (const auto& x : c.columns) columns.push_back(sample_json(x));
    configs.push_back({{"replications", c.replications}, {"fingerprint", std::to_string(c.fingerprint)}, {"quiet", c.quiet},
                       {"columns", columns}});
  }
  j["tally"] = configs;
  Json vs = Json::array(), sweep = Json::array();
  for (const auto& x : r.tally.vs_minus_base) vs.push_back(sample_json(x));
  for (const auto& x : r.tally.share_vs_first) sweep.push_back(sample_json(x));
  j["vs_minus_base"] = vs;
  j["share_vs_first"] = sweep;
  return j.dump() + "\n";
}

PartialRead read_batch_partial(const std::string& name, const std::string& text) {
  PartialRead out;
  try {
    const Json j = Json::parse(text);
    if (j.contains("ttx_batch_partial") && j["ttx_batch_partial"] == 1) {
      out.error = name + ": a partial result of an older ttx (every record, not samples): run its shard again";
      return out;
    }
    if (!j.contains("ttx_batch_partial") || j["ttx_batch_partial"] != 2) {
      out.error = name + ": not a partial batch result (ttx batch --shard i/N --json FILE writes one)";
      return out;
    }
    BatchHeader& h = out.result.header;
    const Json& sc = j.at("scenario");
    h.scenario_id = sc.at("id");
    h.scenario_name_zh = sc.at("name_zh");
    h.scenario_name_en = sc.at("name_en");
    h.duration_h = sc.at("duration_h");
    h.relief_target_h = sc.at("relief_target_h").is_null() ? -1.0 : sc.at("relief_target_h").get<double>();
    const Json& p = j.at("plan");
    h.plan.seed = p.at("seed");
    h.plan.replications = p.at("replications");
    h.plan.sets = p.at("sets").get<std::vector<std::string>>();
    h.plan.compare = p.at("compare");
    h.plan.vs = p.at("vs").get<std::vector<std::string>>();
    for (const auto& s : p.at("sweeps")) h.plan.sweeps.push_back({s.at("path"), s.at("values").get<std::vector<std::string>>()});
    const Json& s = j.at("schema");
    h.schema.scores = s.at("scores").get<std::vector<std::string>>();
    h.schema.figures = s.at("figures").get<std::vector<std::string>>();
    h.schema.targets = s.at("targets").get<std::vector<std::string>>();
    for (const auto& t : s.at("towns")) h.schema.towns.push_back({t.at(0), t.at(1), t.at(2)});
    for (const auto& c : s.at("categories")) h.schema.categories.push_back({c.at(0), c.at(1), c.at(2), c.at(3)});
    out.result.range = {j.at("range").at(0), j.at("range").at(1)};
    const std::size_t width = h.schema.size();
    const std::size_t configs = configurations(h.plan).size();
    BatchTally& t = out.result.tally;
    t = BatchTally(configs, h.schema, h.plan);
    const Json& tally = j.at("tally");
    if (tally.size() != configs) {
      out.error = name + ": the tally does not match the plan's configurations";
      return out;
    }
    for (std::size_t k = 0; k < configs; ++k) {
      const Json& c = tally.at(k);
      ConfigurationTally& x = t.configurations[k];
      x.replications = c.at("replications").get<std::uint64_t>();
      x.fingerprint = std::stoull(c.at("fingerprint").get<std::string>());
      x.quiet = c.at("quiet").get<std::uint64_t>();
      if (c.at("columns").size() != width) {
        out.error = name + ": configuration " + std::to_string(k) + " has " + std::to_string(c.at("columns").size()) +
                    " columns, the schema " + std::to_string(width);
        return out;
      }
      for (std::size_t i = 0; i < width; ++i) x.columns[i] = read_sample(c.at("columns").at(i));
    }
    const Json& vs = j.at("vs_minus_base");
    const Json& sweep = j.at("share_vs_first");
    if (vs.size() != t.vs_minus_base.size() || sweep.size() != t.share_vs_first.size()) {
      out.error = name + ": the paired differences do not match the plan";
      return out;
    }
    for (std::size_t i = 0; i < vs.size(); ++i) t.vs_minus_base[i] = read_sample(vs.at(i));
    for (std::size_t i = 0; i < sweep.size(); ++i) t.share_vs_first[i] = read_sample(sweep.at(i));
  } catch (const std::exception& e) {
    out.error = name + ": not a partial batch result: " + e.what();
  }
  return out;
}

MergeResult merge_partials(std::vector<BatchResult> parts, const std::vector<std::string>& names) {
  MergeResult out;
  if (parts.empty()) {
    out.error = "no parts to merge";
    return out;
  }
  std::vector<std::size_t> order(parts.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return parts[a].range.first < parts[b].range.first; });
  BatchResult& whole = out.result;
  whole.header = parts[order[0]].header;
  whole.tally = BatchTally(configurations(whole.header.plan).size(), whole.header.schema, whole.header.plan);
  std::uint64_t next = 0;
  for (const std::size_t i : order) {
    BatchResult& part = parts[i];
    BatchHeader a = part.header, b = whole.header;
    a.relief_target_h = b.relief_target_h = 0;  // a shard with no replication does not know it
    if (!(a == b)) {
      out.error = names[i] + ": from another batch (scenario, seed, replications, --set, --vs or --sweep differ) than " + names[order[0]];
      return out;
    }
    if (whole.header.relief_target_h < 0) whole.header.relief_target_h = part.header.relief_target_h;
    if (part.range.first != next) {
      out.error = part.range.first < next ? names[i] + ": replications from " + std::to_string(part.range.first) + " are in another part too"
                                          : "replications " + std::to_string(next) + " to " + std::to_string(part.range.first - 1) + " are in no part";
      return out;
    }
    next = part.range.last;
    whole.tally.merge(part.tally);
  }
  if (next != whole.header.plan.replications) {
    out.error = "replications " + std::to_string(next) + " to " + std::to_string(whole.header.plan.replications - 1) + " are in no part";
    return out;
  }
  whole.range = {0, next};
  return out;
}

}  // namespace ttx::io
