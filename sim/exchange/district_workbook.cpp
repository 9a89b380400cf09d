#include "sim/exchange/district_workbook.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <functional>
#include <map>

#include "sim/exchange/column_names.h"

namespace ttx::exchange {

namespace {

// The order a data keeper meets the tables in; any other table follows in the
// order the data lists it.
const std::vector<std::string>& preferred_order() {
  static const std::vector<std::string> order = {"district", "towns",  "villages", "teams",   "team_types",
                                                 "skills",   "items",  "depots",   "shelters", "vehicles",
                                                 "levels"};
  return order;
}

using TextColumns = std::vector<std::pair<Column, std::function<std::string(const std::string& id)>>>;

// Names and the text a row is recognised by, per table.
TextColumns text_columns(const std::string& table, const world::World& w) {
  auto col = [](const char* key, const char* zh, const char* en) { return Column{key, zh, en, false}; };
  auto find = [](const auto& list, const std::string& id) -> decltype(&list.front()) {
    for (const auto& x : list) {
      if (x.id == id) return &x;
    }
    return nullptr;
  };
  auto names = [&](const auto& list) {
    return TextColumns{
        {col("name_zh", "名称", "Name (Chinese)"),
         [&list, find](const std::string& id) { const auto* x = find(list, id); return x ? x->name_zh : ""; }},
        {col("name_en", "英文名称", "Name (English)"),
         [&list, find](const std::string& id) { const auto* x = find(list, id); return x ? x->name_en : ""; }}};
  };
  const auto town = [&w](std::uint32_t i) { return i < w.towns.size() ? w.towns[i].id : ""; };
  if (table == "towns") return names(w.towns);
  if (table == "skills") return names(w.skills);
  if (table == "team_types") return names(w.team_types);
  if (table == "depots") return names(w.depots);
  if (table == "shelters") return names(w.shelters);
  if (table == "vehicles") return names(w.transport.vehicles);
  if (table == "sector_crews") return names(w.sector_crews);
  if (table == "suppliers") return names(w.suppliers);
  if (table == "transfer_points") return names(w.transfer_points);
  if (table == "teams") {
    TextColumns c = names(w.teams);
    c.push_back({col("type", "队伍类型", "Team type"), [&w, find](const std::string& id) {
                   const auto* t = find(w.teams, id);
                   return t && t->type < w.team_types.size() ? w.team_types[t->type].id : "";
                 }});
    c.push_back({col("base_town", "驻地区镇", "Base town"), [&w, find, town](const std::string& id) {
                   const auto* t = find(w.teams, id);
                   return t ? town(t->base_town) : "";
                 }});
    return c;
  }
  if (table == "items") {
    TextColumns c = names(w.items);
    c.push_back({col("class", "类别", "Class"), [&w, find](const std::string& id) {
                   const auto* i = find(w.items, id);
                   return i ? std::string(world::to_string(i->cls)) : "";
                 }});
    c.push_back({col("unit", "计量单位", "Unit"), [&w, find](const std::string& id) {
                   const auto* i = find(w.items, id);
                   return i ? i->unit : "";
                 }});
    c.push_back({col("location", "存放地点", "Stored at"), [&w, find](const std::string& id) {
                   const auto* i = find(w.items, id);
                   return i ? i->location : "";
                 }});
    return c;
  }
  return {};
}

struct RowBuild {
  std::string id;
  std::map<std::string, Cell> cells;
};

struct Placed {
  const world::ProvenanceEntry* entry;
  FigurePath cell;
};

Sheet build_sheet(const std::string& table, const std::vector<Placed>& entries, const world::World& w) {
  Sheet s;
  s.name = table;
  s.title_zh = table_title_zh(table);
  s.columns.push_back({kIdColumn, "编号", "ID", false});
  const TextColumns text = text_columns(table, w);
  for (const auto& [c, get] : text) s.columns.push_back(c);
  std::vector<RowBuild> rows;
  std::vector<std::string> figures;
  for (const auto& entry : entries) {
    const auto& [e, p] = entry;
    if (std::find(figures.begin(), figures.end(), p.column) == figures.end()) figures.push_back(p.column);
    // clang 14 cannot capture a structured binding in a lambda.
    const std::string& id = p.row;
    auto row = std::find_if(rows.begin(), rows.end(), [&](const RowBuild& r) { return r.id == id; });
    if (row == rows.end()) row = rows.insert(rows.end(), RowBuild{p.row, {}});
    row->cells[p.column] = make_cell(e->value);
    row->cells[p.column + ".provenance"] = Cell{provenance_text(*e)};
  }
  for (const auto& f : figures) {
    const ColumnName n = column_name(f);
    s.columns.push_back({f, n.zh, n.en, false});
    s.columns.push_back({f + ".provenance", n.zh + " 来源", n.en + " source", true});
  }
  for (const auto& r : rows) {
    std::vector<Cell> cells{Cell{r.id}};
    for (const auto& [c, get] : text) cells.push_back(Cell{get(r.id)});
    for (std::size_t i = 1 + text.size(); i < s.columns.size(); ++i) {
      const auto it = r.cells.find(s.columns[i].key);
      cells.push_back(it == r.cells.end() ? Cell{} : it->second);
    }
    s.rows.push_back(std::move(cells));
  }
  return s;
}

// Generated villages carry no tags of their own: they stand as one assumed table.
Sheet generated_villages(const world::World& w) {
  Sheet s;
  s.name = "villages";
  s.title_zh = table_title_zh("villages");
  s.columns = {{kIdColumn, "编号", "ID", false}, {"name", "名称", "Name", false}, {"town", "所属区镇", "Town", false}};
  for (const char* f : {"lat", "lon", "population"}) {
    const ColumnName n = column_name(f);
    s.columns.push_back({f, n.zh, n.en, false});
    s.columns.push_back({std::string(f) + ".provenance", n.zh + " 来源", n.en + " source", true});
  }
  const std::string why = "assumed: generated from the town figures; import the bureau's register with ttx import villages";
  // Six decimals of a degree are 0.1 m, and a spreadsheet keeps 15 digits at most.
  auto number = [](double v, int decimals) {
    char buf[32];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, decimals);
    return make_cell(std::string(buf, end));
  };
  for (const auto& v : w.villages) {
    s.rows.push_back({Cell{v.id}, Cell{v.name}, Cell{v.town < w.towns.size() ? w.towns[v.town].id : ""},
                      number(v.lat, 6), Cell{why}, number(v.lon, 6), Cell{why}, number(v.population, 0), Cell{why}});
  }
  return s;
}

}  // namespace

Cell make_cell(const std::string& text) {
  Cell c{text};
  double v = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (!text.empty() && ec == std::errc() && end == text.data() + text.size() && std::isfinite(v)) {
    c.number = true;
    c.value = v;
  }
  return c;
}

FigurePath split_figure_path(const std::string& field) {
  FigurePath p;
  const std::size_t stop = field.find_first_of("[.");
  p.table = field.substr(0, stop);
  if (stop == std::string::npos) return p;
  std::size_t rest = stop + 1;
  if (field[stop] == '[') {
    const std::size_t close = field.find(']', stop);
    if (close == std::string::npos) return p;
    p.row = field.substr(stop + 1, close - stop - 1);
    rest = close + 2;  // past "]."
  }
  if (rest <= field.size()) p.column = field.substr(rest);
  return p;
}

std::string provenance_text(const world::ProvenanceEntry& e) {
  const std::string tag(world::to_string(e.kind));
  return e.kind == world::ProvenanceKind::seed && e.note.empty() ? tag : tag + ": " + e.note;
}

std::vector<FigurePath> figure_cells(const world::ProvenanceLog& log) {
  std::vector<FigurePath> cells;
  std::map<std::string, std::string> first_file;
  std::map<std::string, bool> several_files;
  for (const auto& e : log) {
    cells.push_back(split_figure_path(e.field));
    const auto [it, fresh] = first_file.emplace(cells.back().table, e.file);
    if (!fresh && it->second != e.file) several_files[cells.back().table] = true;
  }
  for (std::size_t i = 0; i < log.size(); ++i) {
    // A figure alone at the top (design_speed_factor) is its table's one value.
    if (cells[i].column.empty()) cells[i].column = "value";
    if (several_files[cells[i].table]) {
      const std::string stem = std::filesystem::path(log[i].file).stem().string();
      cells[i].row = cells[i].row.empty() ? stem : stem + "/" + cells[i].row;
    }
    // A table of one row (district, doctrine) names its row after itself: a row needs an id.
    if (cells[i].row.empty()) cells[i].row = cells[i].table;
  }
  return cells;
}

Workbook district_workbook(const io::DistrictLoad& load) {
  std::vector<std::string> tables;
  std::map<std::string, std::vector<Placed>> by_table;
  const std::vector<FigurePath> cells = figure_cells(load.provenance);
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const std::string& t = cells[i].table;
    if (by_table.count(t) == 0) tables.push_back(t);
    by_table[t].push_back({&load.provenance[i], cells[i]});
  }
  if (by_table.count("villages") == 0 && !load.world.villages.empty()) tables.push_back("villages");
  std::stable_sort(tables.begin(), tables.end(), [](const std::string& a, const std::string& b) {
    const auto& order = preferred_order();
    const auto ra = std::find(order.begin(), order.end(), a) - order.begin();
    const auto rb = std::find(order.begin(), order.end(), b) - order.begin();
    return ra < rb;
  });
  Workbook book;
  for (const auto& t : tables) {
    book.sheets.push_back(by_table.count(t) ? build_sheet(t, by_table[t], load.world) : generated_villages(load.world));
  }
  return book;
}

}  // namespace ttx::exchange
