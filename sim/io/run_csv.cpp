#include "sim/io/run_csv.h"

#include <initializer_list>

#include "sim/io/clock_text.h"
#include "sim/io/csv_write.h"
#include "sim/io/log_text.h"
#include "sim/io/run_report.h"
#include "sim/io/scorecard_text.h"

namespace ttx::io {

namespace {

bool zh(Lang l) { return l == Lang::zh; }

struct Column {
  const char* zh;
  const char* en;
};

std::string header(std::initializer_list<Column> columns, Lang l) {
  std::string out = kUtf8Bom;
  bool first = true;
  for (const auto& c : columns) {
    if (!first) out += ',';
    first = false;
    out += csv_cell(zh(l) ? c.zh : c.en);
  }
  return out + "\n";
}

/// One row of cells, each already a CSV cell.
std::string row(std::initializer_list<std::string> cells) {
  std::string out;
  bool first = true;
  for (const auto& c : cells) {
    if (!first) out += ',';
    first = false;
    out += c;
  }
  return out + "\n";
}

std::string n(double v) { return csv_number(v); }
/// Hours, blank when never (-1).
std::string h(double v) { return v < 0 ? std::string() : csv_number(v); }
std::string name(const std::string& name_zh, const std::string& name_en, Lang l) {
  return csv_cell(zh(l) || name_en.empty() ? name_zh : name_en);
}

std::string towns_csv(const score::RunSummary& s, Lang l) {
  std::string out = header({{"编号", "id"},
                            {"乡镇（街道）", "town"},
                            {"受灾转移人数", "displaced"},
                            {"提前转移人数", "evacuated before impact"},
                            {"本地安置人数", "sheltered"},
                            {"安置点床位", "shelter places"},
                            {"异地安置人数", "sheltered in other towns"},
                            {"接收外镇人数", "hosted from other towns"},
                            {"已获救助人数", "supplied"},
                            {"时限内获救助人数", "supplied within the relief target"},
                            {"时限内获救助比例", "share supplied within the relief target"},
                            {"未满足需求（人·小时）", "unmet need (person-hours)"},
                            {"群众自救互救获救", "rescued by the community"},
                            {"队伍救出", "rescued by teams"},
                            {"首支队伍到场（小时）", "first unit on site (h)"},
                            {"首批物资到达（小时）", "first relief (h)"},
                            {"调拨单数", "orders"},
                            {"已送达单数", "orders delivered"},
                            {"申请至送达平均（小时）", "mean request to delivery (h)"},
                            {"等待：尚未申请（小时）", "waiting: not yet requested (h)"},
                            {"等待：库存不足（小时）", "waiting: no stock (h)"},
                            {"等待：无空闲车辆（小时）", "waiting: no truck (h)"},
                            {"等待：装车位已满（小时）", "waiting: no loading bay (h)"},
                            {"等待：道路不通（小时）", "waiting: no road (h)"},
                            {"等待：区级支援（小时）", "waiting: district support on its way (h)"}},
                           l);
  for (const auto& t : s.towns) {
    out += row({csv_cell(t.id), name(t.name_zh, t.name_en, l), n(t.displaced), n(t.evacuated_before_impact), n(t.sheltered),
                n(t.shelter_places), n(t.sheltered_other_towns), n(t.hosted), n(t.supplied), n(t.relief_within_target),
                t.relief_within_target_share < 0 ? std::string() : n(t.relief_within_target_share), n(t.unmet_person_h),
                n(t.rescued_by_community), n(t.rescued_by_teams), h(t.first_unit_h), h(t.first_relief_h), n(t.orders),
                n(t.orders_delivered), h(t.request_to_delivery_mean_h), n(t.waiting_h[1]), n(t.waiting_h[2]), n(t.waiting_h[3]),
                n(t.waiting_h[4]), n(t.waiting_h[5]), n(t.waiting_h[6])});
  }
  return out;
}

std::string categories_csv(const score::RunSummary& s, Lang l) {
  std::string out = header({{"编号", "id"},
                            {"物资品类", "category"},
                            {"计量单位", "unit"},
                            {"申请数量", "requested"},
                            {"已调拨", "granted"},
                            {"已送达", "delivered"},
                            {"期末库存", "in stock at the end"},
                            {"满足率", "fill rate"},
                            {"首次装车（小时）", "first load (h)"},
                            {"首次送达（小时）", "first delivery (h)"},
                            {"断供时间（小时）", "ran out (h)"},
                            {"再有库存（小时）", "restocked (h)"},
                            {"申请至装车中位数（小时）", "request to load p50 (h)"},
                            {"申请至送达中位数（小时）", "request to delivery p50 (h)"},
                            {"申请至送达P90（小时）", "request to delivery p90 (h)"},
                            {"调拨单数", "orders"},
                            {"无货单数", "orders never granted"}},
                           l);
  for (const auto& c : s.categories) {
    out += row({csv_cell(c.id), name(c.name_zh, c.name_en, l), csv_cell(unit_text(c.unit, l, c.unit_zh)), n(static_cast<double>(c.requested)),
                n(static_cast<double>(c.granted)), n(static_cast<double>(c.delivered)), n(static_cast<double>(c.in_stock_at_end)),
                n(c.fill_rate), h(c.first_load_h), h(c.first_delivery_h), h(c.ran_out_h), h(c.restocked_h), h(c.request_to_load_p50_h),
                h(c.request_to_delivery_p50_h), h(c.request_to_delivery_p90_h), n(c.orders), n(c.orders_never_granted)});
  }
  return out;
}

std::string series_csv(const score::RunSummary& s, const world::World& w, Lang l) {
  std::string out = header({{"小时", "hour"},
                            {"时间", "time"},
                            {"仍被困人数", "still trapped"},
                            {"获救生还人数", "rescued alive"},
                            {"已获救助人数", "supplied"},
                            {"受灾转移人数", "displaced"},
                            {"执行任务队伍数", "units on task"},
                            {"进行中的救生任务", "life-saving tasks worked"}},
                           l);
  out.pop_back();  // the stock columns follow, one per category
  for (const auto& item : w.items) {
    out += "," + csv_cell((zh(l) || item.name_en.empty() ? item.name_zh : item.name_en) + (zh(l) ? "库存" : " in stock"));
  }
  out += "\n";
  for (const auto& p : s.series) {
    std::string line = row({n(p.at_h), csv_cell(moment_text(static_cast<std::int64_t>(p.at_h * 3600), s.start_s, l)),
                            n(p.still_trapped), n(p.rescued_alive), n(p.supplied), n(p.displaced), n(p.units_on_task),
                            n(p.life_saving_worked)});
    line.pop_back();
    for (const auto v : p.stock) line += "," + n(static_cast<double>(v));
    out += line + "\n";
  }
  return out;
}

std::string scorecard_csv(const score::Scorecard& card, Lang l) {
  std::string out = header({{"部分", "part"},
                            {"得分", "score"},
                            {"评定", "rating"},
                            {"指标编号", "figure id"},
                            {"指标", "figure"},
                            {"数值", "value"},
                            {"目标", "target"},
                            {"是否达标", "met"}},
                           l);
  for (const score::Part* p : card.parts()) {
    for (const auto& f : p->figures) {
      out += row({csv_cell(part_name(p->id, l)), n(p->score), std::string(1, static_cast<char>(p->rating)), csv_cell(f.id),
                  csv_cell(figure_name(f, l)), n(f.value), f.target < 0 ? std::string() : n(f.target),
                  f.target < 0 ? std::string() : csv_cell(f.met ? (zh(l) ? "达标" : "met") : (zh(l) ? "未达标" : "missed"))});
    }
    // Every row as wide as the header, so a spreadsheet reads the table as one block.
    if (p->figures.empty()) {
      out += row({csv_cell(part_name(p->id, l)), n(p->score), std::string(1, static_cast<char>(p->rating)), "", "", "", "", ""});
    }
  }
  out += row({csv_cell(zh(l) ? "总分" : "overall"), n(card.overall), std::string(1, static_cast<char>(card.rating)), "", "", "", "", ""});
  return out;
}

std::string events_csv(const score::RunSummary& s, const response::ResponseModel& m, Lang l) {
  const world::World& w = m.world();
  std::string out = header({{"序号", "record"},
                            {"小时", "hour"},
                            {"时间", "time"},
                            {"类别", "kind"},
                            {"乡镇（街道）", "town"},
                            {"队伍", "unit"},
                            {"物资", "item"},
                            {"记录", "record text"}},
                           l);
  const auto& log = m.log();
  for (std::size_t i = 0; i < log.size(); ++i) {
    const response::LogEntry& e = log[i];
    const auto town = static_cast<std::size_t>(e.town), item = static_cast<std::size_t>(e.item), unit = static_cast<std::size_t>(e.unit);
    out += row({n(static_cast<double>(i)), n(static_cast<double>(e.at_s) / 3600.0), csv_cell(moment_text(e.at_s, s.start_s, l)),
                csv_cell(std::string(log_kind_text(e.kind, l))),
                e.town >= 0 && town < w.towns.size() ? name(w.towns[town].name_zh, w.towns[town].name_en, l) : std::string(),
                e.unit >= 0 && unit < m.units().size() ? csv_cell(zh(l) || m.units()[unit].name_en.empty() ? m.units()[unit].name_zh
                                                                                                         : m.units()[unit].name_en)
                                                       : std::string(),
                e.item >= 0 && item < w.items.size() ? name(w.items[item].name_zh, w.items[item].name_en, l) : std::string(),
                csv_cell(log_text(e, w, m.units(), l))});
  }
  return out;
}

}  // namespace

std::vector<CsvFile> run_csv(const score::RunSummary& s, const score::Scorecard& card, const response::ResponseModel& m, Lang l) {
  return {{"towns.csv", towns_csv(s, l)},
          {"categories.csv", categories_csv(s, l)},
          {"series.csv", series_csv(s, m.world(), l)},
          {"scorecard.csv", scorecard_csv(card, l)},
          {"events.csv", events_csv(s, m, l)}};
}

}  // namespace ttx::io
