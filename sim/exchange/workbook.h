// A workbook as plain data: sheets of header rows and cells. The district is
// turned into one (district_workbook), and any one is written as .xlsx
// (xlsx_writer) or read back (xlsx_reader), so what is exported is exactly what
// a test can compare against.
#pragma once

#include <string>
#include <vector>

namespace ttx::exchange {

struct Cell {
  std::string text;     ///< as written in the data (numbers too, e.g. "0.10")
  bool number = false;  ///< written as a numeric cell
  double value = 0;
};

struct Column {
  std::string key;       ///< the machine name, the third header row ("population", "population.provenance")
  std::string zh, en;    ///< the header a person reads, with its unit
  bool provenance = false;
};

struct Sheet {
  std::string name;      ///< the table's key, which import looks sheets up by
  std::string title_zh;  ///< printed in the page header
  std::vector<Column> columns;
  std::vector<std::vector<Cell>> rows;
};

struct Workbook {
  std::vector<Sheet> sheets;
};

/// Header rows above the data: Chinese, English, key.
inline constexpr int kHeaderRows = 3;

/// A cell holding `text`, numeric when the whole text is a finite number.
Cell make_cell(const std::string& text);

}  // namespace ttx::exchange
