#include "sim/io/batch_json.h"

#include <algorithm>
#include <cmath>
#include <limits>

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

// --- Partial results ---------------------------------------------------------

std::string batch_partial_json(const BatchResult& r) {
  const RecordSchema& s = r.header.schema;
  Json j;
  j["ttx_batch_partial"] = 1;
  j["scenario"] = header_json(r.header);
  j["plan"] = plan_json(r.header.plan);
  Json towns = Json::array(), cats = Json::array();
  for (const auto& t : s.towns) towns.push_back({t.id, t.name_zh, t.name_en});
  for (const auto& c : s.categories) cats.push_back({c.id, c.name_zh, c.name_en, c.unit});
  j["schema"] = {{"scores", s.scores}, {"figures", s.figures}, {"targets", s.targets}, {"towns", towns}, {"categories", cats}};
  j["range"] = {r.range.first, r.range.last};
  Json configs = Json::array();
  for (const auto& records : r.records) {
    Json rows = Json::array();
    for (const auto& rec : records) {
      Json values = Json::array();
      for (const double v : rec.values) values.push_back(num(v));
      rows.push_back({rec.index, rec.fingerprint, values});
    }
    configs.push_back(rows);
  }
  j["records"] = configs;
  return j.dump() + "\n";
}

PartialRead read_batch_partial(const std::string& name, const std::string& text) {
  PartialRead out;
  try {
    const Json j = Json::parse(text);
    if (!j.contains("ttx_batch_partial") || j["ttx_batch_partial"] != 1) {
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
    for (const auto& rows : j.at("records")) {
      auto& records = out.result.records.emplace_back();
      for (const auto& row : rows) {
        ReplicationRecord rec;
        rec.index = row.at(0);
        rec.fingerprint = row.at(1);
        for (const auto& v : row.at(2)) rec.values.push_back(v.is_null() ? std::numeric_limits<double>::quiet_NaN() : v.get<double>());
        if (rec.values.size() != width) {
          out.error = name + ": replication " + std::to_string(rec.index) + " has " + std::to_string(rec.values.size()) +
                      " values, the schema " + std::to_string(width);
          return out;
        }
        records.push_back(std::move(rec));
      }
    }
    if (out.result.records.size() != configurations(h.plan).size()) out.error = name + ": the records do not match the plan's configurations";
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
  whole.records.resize(parts[order[0]].records.size());
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
    for (std::size_t k = 0; k < whole.records.size(); ++k) {
      for (auto& rec : part.records[k]) whole.records[k].push_back(std::move(rec));
    }
  }
  if (next != whole.header.plan.replications) {
    out.error = "replications " + std::to_string(next) + " to " + std::to_string(whole.header.plan.replications - 1) + " are in no part";
    return out;
  }
  whole.range = {0, next};
  return out;
}

}  // namespace ttx::io
