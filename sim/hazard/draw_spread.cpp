#include "sim/hazard/draw_spread.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <tuple>
#include <stdexcept>

#include <boost/math/distributions/normal.hpp>

namespace ttx::hazard {

namespace {

using Kind = world::Distribution::Kind;

double* quake_field(world::EarthquakeParams& p, std::string_view f) {
  if (f == "magnitude") return &p.magnitude;
  if (f == "epicentre_lat") return &p.lat;
  if (f == "epicentre_lon") return &p.lon;
  if (f == "hour_of_day") return &p.hour_of_day;
  return nullptr;
}

double* flood_field(world::FloodParams& p, std::string_view f) {
  if (f == "rain_factor") return &p.rain_factor;
  if (f == "surge_offset_m") return &p.surge_offset_m;
  if (f == "reach_lat") return &p.reach_lat;
  if (f == "reach_lon") return &p.reach_lon;
  if (f == "levee_crest_m") return &p.levee_crest_m;
  if (f == "breach.at_h") return &p.breach_at_h;
  if (f == "breach.median_level_m") return &p.breach_median_level_m;
  return nullptr;
}

double* freezing_field(world::FreezingParams& p, std::string_view f) {
  return f == "freezing_rain_factor" ? &p.freezing_rain_factor : nullptr;
}

double* field_of(world::HazardParams& params, std::string_view f) {
  if (auto* q = std::get_if<world::EarthquakeParams>(&params)) return quake_field(*q, f);
  if (auto* fl = std::get_if<world::FloodParams>(&params)) return flood_field(*fl, f);
  if (auto* fr = std::get_if<world::FreezingParams>(&params)) return freezing_field(*fr, f);
  return nullptr;
}

void apply_factors(world::HazardParams& params) {
  if (auto* fl = std::get_if<world::FloodParams>(&params)) {
    if (fl->rain_factor != 1) for (double& r : fl->rain_mm_h) r *= fl->rain_factor;
    if (fl->surge_offset_m != 0) for (double& l : fl->outside_level_m) l += fl->surge_offset_m;
  } else if (auto* fr = std::get_if<world::FreezingParams>(&params)) {
    if (fr->freezing_rain_factor != 1) for (double& r : fr->freezing_rain_mm_h) r *= fr->freezing_rain_factor;
  }
}

}  // namespace

double nominal_value(const world::Distribution& d) {
  switch (d.kind) {
    case Kind::normal: return d.mean;
    case Kind::triangular: return d.mode;
    case Kind::uniform: return (d.min + d.max) / 2;
    case Kind::choice: {
      const auto best = std::max_element(d.weights.begin(), d.weights.end()) - d.weights.begin();
      return d.values.empty() ? 0 : d.values[static_cast<std::size_t>(best)];
    }
  }
  return 0;
}

std::pair<double, double> support(const world::Distribution& d) {
  switch (d.kind) {
    case Kind::normal: return {d.lo, d.hi};
    case Kind::triangular:
    case Kind::uniform: return {d.min, d.max};
    case Kind::choice:
      if (d.values.empty()) return {0, 0};
      return {*std::min_element(d.values.begin(), d.values.end()), *std::max_element(d.values.begin(), d.values.end())};
  }
  return {0, 0};
}

double value_at(const world::Distribution& d, double u) {
  switch (d.kind) {
    case Kind::normal: {
      if (d.sd <= 0) return d.mean;
      const boost::math::normal_distribution<double> n(d.mean, d.sd);
      // Truncated by inverse CDF inside [F(lo), F(hi)]: no rejection loop, one draw.
      const double a = boost::math::cdf(n, d.lo), b = boost::math::cdf(n, d.hi);
      const double p = std::clamp(a + u * (b - a), 1e-15, 1 - 1e-15);
      return std::clamp(boost::math::quantile(n, p), d.lo, d.hi);
    }
    case Kind::triangular: {
      const double w = d.max - d.min;
      if (w <= 0) return d.mode;
      const double fc = (d.mode - d.min) / w;
      return u < fc ? d.min + std::sqrt(u * w * (d.mode - d.min)) : d.max - std::sqrt((1 - u) * w * (d.max - d.mode));
    }
    case Kind::uniform: return d.min + u * (d.max - d.min);
    case Kind::choice: {
      double cum = 0;
      for (std::size_t i = 0; i < d.values.size(); ++i) {
        cum += d.weights[i];
        if (u < cum) return d.values[i];
      }
      return d.values.empty() ? 0 : d.values.back();
    }
  }
  return 0;
}

std::vector<DrawnValue> apply_spread(world::HazardParams& params, const std::vector<world::SpreadParam>& spread,
                                     core::Rng& rng, std::uint64_t replication) {
  std::vector<DrawnValue> out;
  std::optional<core::KeyedUniforms> u;
  if (replication > 0 && !spread.empty()) u.emplace(rng);  // replication 0 draws nothing: the drill's nominal disaster
  for (const auto& s : spread) {
    double* target = field_of(params, s.field);
    if (!target) throw std::invalid_argument("hazard parameter " + s.field + " cannot be given as a distribution");
    DrawnValue v;
    v.field = s.field;
    v.nominal = nominal_value(s.dist);
    v.value = u ? value_at(s.dist, (*u)(core::fnv1a64(s.field), 0)) : v.nominal;
    std::tie(v.lo, v.hi) = support(s.dist);
    v.kind = s.dist.kind;
    v.source = s.dist.source;
    *target = v.value;
    out.push_back(std::move(v));
  }
  apply_factors(params);
  return out;
}

world::HazardParams drawn_params(world::HazardParams params, const std::vector<DrawnValue>& drawn) {
  for (const auto& d : drawn) {
    if (double* target = field_of(params, d.field)) *target = d.value;
  }
  apply_factors(params);
  return params;
}

}  // namespace ttx::hazard
