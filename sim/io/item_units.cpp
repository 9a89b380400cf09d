#include "sim/io/item_units.h"

#include <fmt/format.h>

namespace ttx::io {

namespace {
bool zh(Lang l) { return l == Lang::zh; }
}  // namespace

// Units of measure of items.csv as Chinese staff write them, for a row without its own measure word.
std::string unit_text(const std::string& unit, Lang l, const std::string& unit_zh) {
  static const std::pair<const char*, const char*> kUnits[] = {{"piece", "件"}, {"case", "箱"}, {"box", "盒"}, {"set", "套"},
                                                              {"kit", "包"},   {"pack", "包"}, {"boat", "艘"}, {"unit", "台"},
                                                              {"coil", "盘"},  {"roll", "卷"}, {"pair", "双"}, {"tonne", "吨"}};
  if (!zh(l)) return unit;
  if (!unit_zh.empty()) return unit_zh;
  for (const auto& [en, z] : kUnits) {
    if (unit == en) return z;
  }
  return unit;
}

std::string unit_text(const world::ItemCategory& item, Lang l) { return unit_text(item.unit, l, item.unit_zh); }

std::string quantity_text(const world::ItemCategory& item, std::int64_t n, Lang l) {
  if (zh(l)) return fmt::format("{} {} {}", item.name_zh, n, unit_text(item, l));
  std::string unit = item.unit;
  if (n != 1 && !unit.empty() && unit != "tonne") unit += unit.back() == 'x' ? "es" : "s";
  return fmt::format("{} {} {}", item.name_en.empty() ? item.name_zh : item.name_en, n, unit);
}

}  // namespace ttx::io
