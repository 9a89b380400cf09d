// A Workbook as the JSON read_xlsx_with_openpyxl.py compares a written file with:
// per sheet its name, the three header rows and every row's cells.
#pragma once

#include <nlohmann/json.hpp>

#include "sim/exchange/workbook.h"

namespace ttx::testing_support {

inline nlohmann::ordered_json workbook_json(const exchange::Workbook& book) {
  auto out = nlohmann::ordered_json::array();
  for (const auto& s : book.sheets) {
    nlohmann::ordered_json zh = nlohmann::ordered_json::array(), en = zh, key = zh, rows = zh;
    for (const auto& c : s.columns) zh.push_back(c.zh), en.push_back(c.en), key.push_back(c.key);
    for (const auto& r : s.rows) {
      auto row = nlohmann::ordered_json::array();
      for (const auto& c : r) {
        if (c.number) row.push_back(c.value);
        else row.push_back(c.text);
      }
      rows.push_back(row);
    }
    out.push_back({{"name", s.name}, {"header", {zh, en, key}}, {"rows", rows}});
  }
  return out;
}

}  // namespace ttx::testing_support
