// Counts of stock in each category's own unit: 救灾帐篷 300 顶, 棉被 3000 床, 饮用水
// 3000 箱 — never tents and cases of water added up as "items".
#pragma once

#include <cstdint>
#include <string>

#include "sim/io/language.h"
#include "sim/world/stock.h"

namespace ttx::io {

/// A unit of measure of items.csv in the language: in Chinese the row's own measure
/// word (unit_zh) when it has one, else the usual one for the English unit ("piece" is 件).
std::string unit_text(const std::string& unit, Lang lang, const std::string& unit_zh = "");
std::string unit_text(const world::ItemCategory& item, Lang lang);
/// "救灾帐篷 300 顶" / "Relief tent 300 pieces".
std::string quantity_text(const world::ItemCategory& item, std::int64_t quantity, Lang lang);

}  // namespace ttx::io
