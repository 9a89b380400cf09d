#include "sim/io/batch_xlsx.h"

#include <cmath>
#include <string>
#include <vector>

#include <xlsxwriter.h>

#include "sim/io/batch_text.h"

namespace ttx::io {

namespace {

using namespace ttx::batch;

class Sheet {
 public:
  Sheet(lxw_workbook* wb, const std::string& name, const std::vector<std::string>& headers, lxw_format* bold)
      : ws_(workbook_add_worksheet(wb, name.c_str())) {
    for (std::size_t c = 0; c < headers.size(); ++c) {
      worksheet_write_string(ws_, 0, static_cast<lxw_col_t>(c), headers[c].c_str(), bold);
      worksheet_set_column(ws_, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), c == 0 ? 36 : 14, nullptr);
    }
    worksheet_freeze_panes(ws_, 1, 0);
  }
  Sheet& text(const std::string& s) {
    worksheet_write_string(ws_, row_, col_++, s.c_str(), nullptr);
    return *this;
  }
  Sheet& number(double v) {
    if (!std::isnan(v)) worksheet_write_number(ws_, row_, col_, v, nullptr);
    ++col_;
    return *this;
  }
  Sheet& proportion(const Proportion& p) { return number(p.p).number(p.lo).number(p.hi).number(static_cast<double>(p.n)); }
  Sheet& distribution(const Distribution& d) { return number(d.mean).number(d.p10).number(d.p50).number(d.p90).number(static_cast<double>(d.n)); }
  Sheet& difference(const PairedDifference& d) { return number(d.mean).number(d.lo).number(d.hi).number(static_cast<double>(d.n)); }
  void next() { ++row_, col_ = 0; }

 private:
  lxw_worksheet* ws_;
  lxw_row_t row_ = 1;
  lxw_col_t col_ = 0;
};

struct Words {
  bool zh;
  std::string operator()(const char* z, const char* e) const { return zh ? z : e; }
};

}  // namespace

std::string write_batch_xlsx(const std::filesystem::path& target, const BatchAnswer& a, Lang lang) {
  const Words w{lang == Lang::zh};
  const std::string temporary = target.string() + ".partial";
  lxw_workbook* wb = workbook_new(temporary.c_str());
  if (wb == nullptr) return temporary + ": cannot be created";
  lxw_format* bold = workbook_add_format(wb);
  format_set_bold(bold);
  const ConfigurationAnswer& base = a.configurations.front();
  const std::vector<std::string> dist_head = {w("指标", "figure"), w("均值", "mean"), "p10", "p50", "p90", w("次数", "runs")};
  const std::vector<std::string> prop_head = {w("概率", "probability"), w("下限 95%", "low 95%"), w("上限 95%", "high 95%"), w("次数", "runs")};
  const std::string name_col = w("名称", "name");
  {
    Sheet s(wb, w("得分与关键数字", "Scores and figures"), dist_head, bold);
    for (const auto* group : {&base.scores, &base.figures}) {
      for (const auto& f : *group) s.text(batch_figure_name(f.id, lang)).distribution(f.d), s.next();
    }
  }
  {
    std::vector<std::string> head = {w("目标", "target")};
    head.insert(head.end(), prop_head.begin(), prop_head.end());
    Sheet s(wb, w("目标", "Targets"), head, bold);
    for (const auto& t : base.targets) s.text(batch_figure_name(t.id, lang)).proportion(t.p), s.next();
  }
  {
    Sheet s(wb, w("区镇", "Towns"),
            {w("区镇", "town"), w("全部及时获救助概率", "all supplied in time: probability"), w("下限 95%", "low 95%"),
             w("上限 95%", "high 95%"), w("次数", "runs"), w("及时获救助比例均值", "share supplied in time: mean"), "p10", "p50", "p90",
             w("次数", "runs"), w("首支队伍及时到达概率", "first unit in time: probability"), w("下限 95%", "low 95%"),
             w("上限 95%", "high 95%"), w("次数", "runs"), w("首次救助用时均值（小时）", "first relief (h): mean"), "p10", "p50", "p90",
             w("次数", "runs")},
            bold);
    for (const auto& t : base.towns) {
      s.text(w.zh || t.town.name_en.empty() ? t.town.name_zh : t.town.name_en)
          .proportion(t.relief_met)
          .distribution(t.relief_share)
          .proportion(t.first_unit_met)
          .distribution(t.first_relief_h);
      s.next();
    }
  }
  {
    Sheet s(wb, w("物资类别", "Categories"),
            {w("物资类别", "category"), w("单位", "unit"), w("需求次数", "runs ordering it"), w("最先告罄概率", "first out: probability"),
             w("下限 95%", "low 95%"), w("上限 95%", "high 95%"), w("次数", "runs"), w("告罄概率", "runs out: probability"),
             w("下限 95%", "low 95%"), w("上限 95%", "high 95%"), w("次数", "runs"), w("告罄时刻均值（小时）", "ran out (h): mean"),
             "p10", "p50", "p90", w("次数", "runs"), w("满足率均值", "fill rate: mean"), "p10", "p50", "p90", w("次数", "runs")},
            bold);
    for (const auto& k : base.categories) {
      s.text(w.zh || k.category.name_en.empty() ? k.category.name_zh : k.category.name_en)
          .text(k.category.unit)
          .number(static_cast<double>(k.asked))
          .proportion(k.ran_out_first)
          .proportion(k.ran_out)
          .distribution(k.ran_out_h)
          .distribution(k.fill_rate);
      s.next();
    }
  }
  if (a.comparison) {
    Sheet s(wb, w("对比", "What-if"),
            {w("指标（对比减基准）", "figure (what-if minus base)"), w("差值均值", "mean difference"), w("下限 95%", "low 95%"),
             w("上限 95%", "high 95%"), w("配对次数", "pairs")},
            bold);
    for (const auto* group : {&a.comparison->scores, &a.comparison->figures, &a.comparison->targets}) {
      for (const auto& d : *group) {
        const std::string prefix = group == &a.comparison->targets ? w("达标概率：", "P(met): ") : "";
        s.text(prefix + batch_figure_name(d.id, lang)).difference(d.d), s.next();
      }
    }
  }
  if (!a.sweep.empty()) {
    std::vector<std::string> head;
    for (const auto& sw : a.header.plan.sweeps) head.push_back(sw.path);
    for (const auto& h : prop_head) head.push_back(w("全部及时：", "all in time: ") + h);
    for (const char* h : {"mean", "p10", "p50", "p90", "runs"}) head.push_back(w("及时比例：", "share in time: ") + h);
    for (const char* h : {"mean", "low 95%", "high 95%", "pairs"}) head.push_back(w("相对第一行：", "vs first row: ") + h);
    Sheet s(wb, w("参数扫描", "Sweep"), head, bold);
    for (const auto& r : a.sweep) {
      for (const auto& v : r.values) s.text(v);
      s.proportion(r.relief_met).distribution(r.relief_share).difference(r.relief_share_vs_first);
      s.next();
    }
  }
  if (const lxw_error e = workbook_close(wb); e != LXW_NO_ERROR) {
    std::filesystem::remove(temporary);
    return temporary + ": " + lxw_strerror(e);
  }
  std::error_code ec;
  std::filesystem::rename(temporary, target, ec);
  if (ec) {
    std::filesystem::remove(temporary);
    return target.string() + ": " + ec.message();
  }
  return "";
}

}  // namespace ttx::io
