// Headers a data keeper reads for each figure: Chinese and English with the unit.
#pragma once

#include <string>

namespace ttx::exchange {

struct ColumnName {
  std::string zh, en;
};

/// The headers of a figure column named by its path inside a row ("population",
/// "handling.staff", "triggers[0].threshold"): the last segment is looked up,
/// the unit taken from it or from its suffix (_m, _km2, _h, ...), and the rest of
/// the path kept in front so two columns never read alike.
ColumnName column_name(const std::string& key);

/// The unit of the figure at the end of `key`, in Chinese and English ("" when none is known).
ColumnName figure_unit(const std::string& key);

/// The Chinese title of a table ("towns" -> "区镇").
std::string table_title_zh(const std::string& table);

}  // namespace ttx::exchange
