#include "sim/exchange/worklist.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>

#include "sim/exchange/column_names.h"
#include "sim/exchange/district_workbook.h"

namespace ttx::exchange {

namespace {

// The unit of a figure: the item's own for stock quantities, else what its name says.
ColumnName unit_of(const world::ProvenanceEntry& e, const world::World& w) {
  const FigurePath at = split_figure_path(e.field);
  if (at.table == "items" && at.column == "quantity") {
    for (const auto& item : w.items) {
      if (item.id == at.row) return {item.unit, item.unit};
    }
  }
  return figure_unit(at.column.empty() ? e.field : at.column);
}

Cell number_cell(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  Cell c = make_cell(buf);
  if (c.text == "-0.00") c = make_cell("0.00");
  return c;
}

}  // namespace

// The file as the district folder holds it ("depots.yaml", "plans/flood_control.yaml"),
// so the worklist reads the same wherever the folder is.
std::string worklist_file(const std::string& file, const io::DistrictLoad& d) {
  if (d.files.empty()) return file;
  const std::string root = std::filesystem::path(d.files.front()).parent_path().string();
  if (root.empty() || file.rfind(root + "/", 0) != 0) return file;
  return file.substr(root.size() + 1);
}

namespace {

// A scenario's own figures are read with the district's when `ttx validate` is given a
// scenario; the worklist is the district's.
bool in_district(const std::string& file, const io::DistrictLoad& d) {
  return std::find(d.files.begin(), d.files.end(), file) != d.files.end();
}

}  // namespace

Workbook worklist_workbook(const io::DistrictLoad& d, const SensitivityResult* sens) {
  Sheet s{kWorklistSheet, "待核实数据清单（假定数据）", {}, {}};
  auto col = [&](std::string key, std::string zh, std::string en) { s.columns.push_back({std::move(key), std::move(zh), std::move(en), false}); };
  col("file", "文件", "File");
  col("line", "行号", "Line");
  col("field", "数据项（路径）", "Figure (path)");
  col("value", "现值", "Current value");
  col("unit", "单位", "Unit");
  col("reason", "假定理由", "Why it is assumed");
  if (sens != nullptr) {
    const std::string n = std::to_string(sens->replications);
    col("step", "敏感性试算变动", "Change tried");
    col("score_effect", "对总分的最大影响（分，" + n + "次重复）", "Largest effect on the overall score (points, " + n + " replications)");
    for (std::size_t k = 0; k < sens->scenario_ids.size(); ++k) {
      col("score_effect." + sens->scenario_ids[k], "总分变化：" + sens->scenario_names_zh[k] + "（分）",
          "Overall score change: " + sens->scenario_names_en[k] + " (points)");
    }
  }
  col(kBureauValue, "区局核定值（请填写）", "Bureau's value (fill in)");
  col(kBureauSource, "依据：文件名称、日期（请填写）", "Bureau's source: document, date (fill in)");

  struct Row {
    const world::ProvenanceEntry* e;
    double largest;
  };
  std::vector<Row> rows;
  for (const auto& e : d.provenance) {
    if (e.kind != world::ProvenanceKind::assumed || !in_district(e.file, d)) continue;
    double largest = -1;  // below every measured one: not measured
    if (sens != nullptr) {
      if (const auto it = sens->by_field.find(e.field); it != sens->by_field.end() && std::isfinite(it->second.largest())) {
        largest = it->second.largest();
      }
    }
    rows.push_back({&e, largest});
  }
  std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.largest > b.largest; });
  for (const Row& r : rows) {
    const world::ProvenanceEntry& e = *r.e;
    const ColumnName unit = unit_of(e, d.world);
    std::vector<Cell> row = {Cell{worklist_file(e.file, d)}, make_cell(std::to_string(e.line)), Cell{e.field}, make_cell(e.value),
                             Cell{unit.zh == unit.en ? unit.zh : unit.zh + " / " + unit.en}, Cell{e.note}};
    if (sens != nullptr) {
      const auto it = sens->by_field.find(e.field);
      row.push_back(Cell{it == sens->by_field.end() ? "" : it->second.step});
      row.push_back(r.largest < 0 ? Cell{} : number_cell(r.largest));
      for (std::size_t k = 0; k < sens->scenario_ids.size(); ++k) {
        const bool measured = it != sens->by_field.end() && std::isfinite(it->second.score_change[k]);
        row.push_back(measured ? number_cell(it->second.score_change[k]) : Cell{});
      }
    }
    row.push_back(Cell{});
    row.push_back(Cell{});
    s.rows.push_back(std::move(row));
  }
  return Workbook{{std::move(s)}};
}

}  // namespace ttx::exchange
