#include "sim/io/drawn_text.h"

#include <algorithm>

#include <fmt/format.h>

#include "sim/io/text_width.h"

namespace ttx::io {

namespace {

using Kind = world::Distribution::Kind;

const char* kind_name(Kind k) {
  switch (k) {
    case Kind::normal: return "normal";
    case Kind::triangular: return "triangular";
    case Kind::uniform: return "uniform";
    case Kind::choice: return "choice";
  }
  return "?";
}

const char* kind_zh(Kind k) {
  switch (k) {
    case Kind::normal: return "正态";
    case Kind::triangular: return "三角";
    case Kind::uniform: return "均匀";
    case Kind::choice: return "离散";
  }
  return "?";
}

std::string label_zh(const std::string& field) {
  static const std::pair<const char*, const char*> kLabels[] = {
      {"magnitude", "震级 Ms"},           {"epicentre_lat", "震中纬度"},       {"epicentre_lon", "震中经度"},
      {"hour_of_day", "发震时刻（时）"},  {"rain_factor", "雨量倍数"},         {"surge_offset_m", "风暴增水增减（米）"},
      {"reach_lat", "险段纬度"},          {"reach_lon", "险段经度"},           {"levee_crest_m", "堤顶高程（米）"},
      {"breach.at_h", "决口时刻（T+小时）"},
      {"breach.median_level_m", "决口中值水位（米）"}, {"freezing_rain_factor", "冻雨量倍数"}};
  for (const auto& [f, z] : kLabels) {
    if (field == f) return z;
  }
  return field;
}

std::string num(double v) { return fmt::format("{:.4g}", v); }

}  // namespace

std::string drawn_text(const std::vector<hazard::DrawnValue>& drawn, std::uint64_t replication, Lang l) {
  if (drawn.empty()) return "";
  const bool zh = l == Lang::zh;
  std::string out = zh ? fmt::format("第 {} 次重复抽取的灾害参数{}：\n", replication, replication == 0 ? "（第 0 次取名义值）" : "")
                       : fmt::format("hazard parameters drawn for replication {}{}:\n", replication,
                                     replication == 0 ? " (replication 0 keeps the nominal values)" : "");
  int width = 0;
  for (const auto& d : drawn) width = std::max(width, display_width(zh ? label_zh(d.field) : d.field));
  for (const auto& d : drawn) {
    const std::string range = num(d.lo) + "–" + num(d.hi);
    out += "  " + pad(zh ? label_zh(d.field) : d.field, width) + "  " + pad(num(d.value), 8, true) +
           (zh ? fmt::format("  （名义 {}，{}分布，{}；来源：{}）\n", num(d.nominal), kind_zh(d.kind), range, d.source)
               : fmt::format("  (nominal {}, {}, {}; source: {})\n", num(d.nominal), kind_name(d.kind), range, d.source));
  }
  return out;
}

nlohmann::ordered_json drawn_json(const std::vector<hazard::DrawnValue>& drawn) {
  nlohmann::ordered_json j = nlohmann::ordered_json::object();
  for (const auto& d : drawn) {
    j[d.field] = {{"value", d.value}, {"nominal", d.nominal}, {"min", d.lo},
                  {"max", d.hi},      {"dist", kind_name(d.kind)}, {"source", d.source}};
  }
  return j;
}

}  // namespace ttx::io
