#include "sim/io/read_distribution.h"

#include <algorithm>
#include <cmath>

#include "sim/hazard/draw_spread.h"
#include "sim/io/did_you_mean.h"
#include "sim/io/message_text.h"

namespace ttx::io {

namespace {

using Kind = world::Distribution::Kind;

const std::vector<std::string> kForms = {"normal", "triangular", "uniform", "choice"};

std::string form_text(const world::Distribution& d) {
  switch (d.kind) {
    case Kind::normal: return "normal(" + number_text(d.mean) + ", " + number_text(d.sd) + ")";
    case Kind::triangular:
      return "triangular(" + number_text(d.min) + ", " + number_text(d.mode) + ", " + number_text(d.max) + ")";
    case Kind::uniform: return "uniform(" + number_text(d.min) + ", " + number_text(d.max) + ")";
    case Kind::choice: {
      std::string s = "choice(";
      for (std::size_t i = 0; i < d.values.size(); ++i) s += (i ? ", " : "") + number_text(d.values[i]);
      return s + ")";
    }
  }
  return "";
}

/// Checks that `v`, a value the distribution can give, is physically possible.
bool inside(YamlMap& d, std::string_view key, double v, Range range) {
  if (auto msg = check_range(v, range); !msg.empty()) {
    d.error_at(d.child(key), key, msg + " (every value the distribution can give must be possible)");
    return false;
  }
  return true;
}

std::vector<double> numbers(YamlMap& d, std::string_view key) {
  std::vector<double> out;
  const auto items = d.list(key, true, 1000);
  for (std::size_t i = 0; i < items.size(); ++i) {
    const auto v = parse_number(items[i]);
    if (!v) {
      d.error_at(items[i], std::string(key) + "[" + std::to_string(i) + "]", "expected a number, got " + echoed(items[i].Scalar()));
      return {};
    }
    out.push_back(*v);
  }
  return out;
}

bool read_choice(YamlMap& d, world::Distribution& out, Range range) {
  out.values = numbers(d, "values");
  out.weights = d.has("weights") ? numbers(d, "weights") : std::vector<double>(out.values.size(), 1.0);
  if (out.values.empty()) {
    if (d.child("values", false).IsDefined()) d.error_at(d.child("values"), "values", "expected at least one value");
    return false;
  }
  for (double v : out.values) if (!inside(d, "values", v, range)) return false;
  if (out.weights.size() != out.values.size()) {
    d.error_at(d.child("weights"), "weights", "expected " + std::to_string(out.values.size()) + " weights, one per value, got " + std::to_string(out.weights.size()));
    return false;
  }
  double sum = 0;
  for (double w : out.weights) {
    if (w < 0) {
      d.error_at(d.child("weights"), "weights", "a weight must not be negative, got " + number_text(w));
      return false;
    }
    sum += w;
  }
  if (sum <= 0) {
    d.error_at(d.child("weights"), "weights", "the weights add up to 0");
    return false;
  }
  for (double& w : out.weights) w /= sum;
  return true;
}

bool read_form(YamlMap& d, world::Distribution& out, Range range) {
  switch (out.kind) {
    case Kind::normal:
      out.mean = d.number("mean", range);
      out.sd = d.number("sd", Range{0, 1e9});
      return true;
    case Kind::triangular:
      out.min = d.number("min", range);
      out.mode = d.number("mode", range);
      out.max = d.number("max", range);
      if (out.min > out.mode || out.mode > out.max) {
        d.error_at(d.child("mode"), "mode", "expected min <= mode <= max, got " + number_text(out.min) + ", " +
                                                number_text(out.mode) + ", " + number_text(out.max));
        return false;
      }
      return true;
    case Kind::uniform:
      out.min = d.number("min", range);
      out.max = d.number("max", range);
      if (out.min > out.max) {
        d.error_at(d.child("max"), "max", "expected min <= max, got " + number_text(out.min) + " > " + number_text(out.max));
        return false;
      }
      return true;
    case Kind::choice: return read_choice(d, out, range);
  }
  return false;
}

void record(YamlMap& m, std::string_view key, const YAML::Node& node, const world::Distribution& d) {
  world::ProvenanceEntry e;
  e.file = m.file().file();
  e.line = node.Mark().line + 1;
  e.column = m.file().column(node.Mark());
  e.field = m.field(key);
  e.value = form_text(d);
  const bool assumed = d.source.rfind("assumed", 0) == 0;
  e.kind = assumed ? world::ProvenanceKind::assumed : world::ProvenanceKind::public_;
  e.note = d.source;
  m.file().provenance().push_back(std::move(e));
}

}  // namespace

bool is_distribution(YamlMap& m, std::string_view key) {
  if (!m.has(key)) return false;
  const YAML::Node n = m.child(key, false);
  return n.IsMap() && n["dist"].IsDefined();
}

double spread_quantity(YamlMap& m, std::string_view key, Range range, std::vector<world::SpreadParam>& spread,
                       std::string field, bool required, double fallback) {
  if (!is_distribution(m, key)) return m.quantity(key, range, required, fallback);
  const YAML::Node node = m.child(key);
  YamlMap d(m.file(), node, m.field(key));
  const std::size_t problems = m.file().diags().size();
  world::Distribution dist;
  dist.lo = range.min;
  dist.hi = range.max;
  const std::string form = d.text("dist");
  const auto f = std::find(kForms.begin(), kForms.end(), form);
  bool ok = f != kForms.end();
  if (!ok) {
    d.error_at(d.child("dist"), "dist", "expected normal, triangular, uniform or choice, got " + echoed(form) + did_you_mean(form, kForms));
  } else {
    dist.kind = static_cast<Kind>(f - kForms.begin());
    ok = read_form(d, dist, range);
  }
  dist.source = d.text("source");
  if (f != kForms.end()) d.finish();  // an unknown form: its keys cannot be judged
  if (!ok || m.file().diags().size() != problems) return fallback;
  record(m, key, node, dist);
  spread.push_back(world::SpreadParam{std::move(field), dist});
  return hazard::nominal_value(dist);
}

}  // namespace ttx::io
