#include "sim/exchange/column_names.h"

#include <map>
#include <utility>

namespace ttx::exchange {

namespace {

struct Known {
  const char* zh;
  const char* en;
  const char* unit_zh;
  const char* unit_en;
};

const std::map<std::string, Known, std::less<>>& known() {
  static const std::map<std::string, Known, std::less<>> m = {
      {"population", {"人口", "Population", "人", "persons"}},
      {"area_km2", {"面积", "Area", "km²", "km²"}},
      {"area_m2", {"面积", "Area", "m²", "m²"}},
      {"floor_area_m2", {"建筑面积", "Floor area", "m²", "m²"}},
      {"ground_level_m", {"地面高程", "Ground level", "m", "m"}},
      {"villages", {"村居数", "Villages", "个", "count"}},
      {"lat", {"纬度", "Latitude", "°", "°N"}},
      {"lon", {"经度", "Longitude", "°", "°E"}},
      {"share_masonry", {"砖混结构比例", "Share masonry", "0–1", "0–1"}},
      {"share_rc", {"框架结构比例", "Share RC frame", "0–1", "0–1"}},
      {"people", {"人数", "People", "人", "persons"}},
      {"quantity", {"数量", "Quantity", "见单位列", "see unit"}},
      {"unit_volume_m3", {"单件体积", "Unit volume", "m³", "m³"}},
      {"unit_weight_kg", {"单件重量", "Unit weight", "kg", "kg"}},
      {"crew_size", {"班组人数", "Crew size", "人", "persons"}},
      {"output_per_crew_h", {"每组每小时产出", "Output per crew-hour", "单位/小时", "units/h"}},
      {"setup_min", {"作业准备时间", "Set-up time", "分钟", "min"}},
      {"items_per_crew", {"每组所需物资", "Items per crew", "件", "items"}},
      {"rest_h", {"休息时长", "Rest", "小时", "h"}},
      {"shift_h", {"班次时长", "Shift", "小时", "h"}},
      {"speed_factor", {"速度系数", "Speed factor", "倍", "×"}},
      {"assembly_time_min", {"集结时间", "Assembly time", "分钟", "min"}},
      {"teams", {"队伍数", "Teams", "支", "teams"}},
      {"count", {"数量", "Count", "辆", "vehicles"}},
      {"capacity_t", {"载重", "Payload", "吨", "t"}},
      {"capacity_m3", {"容积", "Load volume", "m³", "m³"}},
      {"capacity_persons", {"载客", "Passengers", "人", "persons"}},
      {"capacity_short_persons", {"短期容量", "Short-stay capacity", "人", "persons"}},
      {"capacity_long_persons", {"长期容量", "Long-stay capacity", "人", "persons"}},
      {"flood_closure_depth_m", {"涉水深度上限", "Flood closure depth", "m", "m"}},
      {"mobilise_h", {"动员时间", "Mobilisation", "小时", "h"}},
      {"threshold", {"阈值", "Threshold", "", ""}},
      {"for_h", {"持续时长", "Sustained for", "小时", "h"}},
      {"delay_h", {"延迟", "Delay", "小时", "h"}},
      {"staff", {"作业人员", "Staff", "人", "persons"}},
      {"forklifts", {"叉车", "Forklifts", "台", "count"}},
      {"loading_bays", {"装卸位", "Loading bays", "个", "count"}},
      {"usable_floor_share", {"可用面积比例", "Usable floor share", "0–1", "0–1"}},
      {"usable_height_m", {"可用堆高", "Usable height", "m", "m"}},
      {"amount", {"需求量", "Amount", "", ""}},
      {"per_persons", {"每多少人", "Per persons", "人", "persons"}},
  };
  return m;
}

// A unit read off a name's suffix where the name is not in the table.
std::pair<std::string, std::string> suffix_unit(const std::string& name) {
  static const std::pair<const char*, std::pair<const char*, const char*>> suffixes[] = {
      {"_km2", {"km²", "km²"}}, {"_m2", {"m²", "m²"}}, {"_m3", {"m³", "m³"}},  {"_km", {"km", "km"}},
      {"_m", {"m", "m"}},       {"_min", {"分钟", "min"}}, {"_h", {"小时", "h"}}, {"_kg", {"kg", "kg"}},
      {"_t", {"吨", "t"}},      {"_persons", {"人", "persons"}}, {"_share", {"0–1", "0–1"}},
      {"_g", {"g", "g"}},        {"_days", {"天", "days"}}, {"_day", {"天", "day"}},
  };
  for (const auto& [s, unit] : suffixes) {
    const std::string suffix(s);
    if (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0) {
      return {unit.first, unit.second};
    }
  }
  return {"", ""};
}

}  // namespace

ColumnName figure_unit(const std::string& key) {
  const auto dot = key.rfind('.');
  const std::string last = dot == std::string::npos ? key : key.substr(dot + 1);
  auto [unit_zh, unit_en] = suffix_unit(last);
  if (const auto it = known().find(last); it != known().end() && *it->second.unit_zh) {
    unit_zh = it->second.unit_zh, unit_en = it->second.unit_en;
  }
  return {unit_zh, unit_en};
}

ColumnName column_name(const std::string& key) {
  const auto dot = key.rfind('.');
  const std::string last = dot == std::string::npos ? key : key.substr(dot + 1);
  const std::string prefix = dot == std::string::npos ? "" : key.substr(0, dot + 1);
  std::string zh = last, en = last;
  if (const auto it = known().find(last); it != known().end()) zh = it->second.zh, en = it->second.en;
  ColumnName n{prefix + zh, prefix + en};
  const ColumnName unit = figure_unit(key);
  if (!unit.zh.empty()) n.zh += "（" + unit.zh + "）", n.en += " (" + unit.en + ")";
  return n;
}

std::string table_title_zh(const std::string& table) {
  static const std::map<std::string, std::string, std::less<>> titles = {
      {"district", "区概况"},      {"towns", "区镇"},           {"villages", "村居"},
      {"teams", "救援队伍"},       {"team_types", "队伍类型"},  {"skills", "专业技能"},
      {"items", "物资（按类别）"}, {"depots", "物资仓库"},      {"shelters", "避难场所"},
      {"vehicles", "运输车辆"},    {"levels", "预案响应等级及启动条件"}, {"sector_crews", "行业抢修队伍"},
      {"town_comprehensive_teams", "镇街综合队伍"}, {"suppliers", "协议供应商"}, {"transfer_points", "物资中转点"},
      {"needs", "需求标准"},       {"mutual_aid", "区外支援"},  {"agreement_reserve", "协议储备"},
      {"hazard_models", "灾害模型参数"}, {"scoring", "评分"},    {"time_targets", "时限目标"},
      {"declared", "申报总数"},    {"doctrine", "处置规则"},    {"reporting", "信息报送"},
  };
  const auto it = titles.find(table);
  return it == titles.end() ? table : it->second;
}

}  // namespace ttx::exchange
