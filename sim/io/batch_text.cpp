#include "sim/io/batch_text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>

#include "sim/io/scorecard_text.h"
#include "sim/io/text_width.h"

namespace ttx::io {

namespace {

using namespace ttx::batch;

bool is_share(const std::string& id) {
  return id.find("share") != std::string::npos || id == "mean_fill_rate" || id == "utilisation" || id == "fill_rate";
}

std::string pct(double p) {
  char b[24];
  std::snprintf(b, sizeof b, "%.0f%%", 100 * p);
  return b;
}

}  // namespace

std::string batch_figure_name(const std::string& id, Lang l) {
  struct Name {
    const char* id;
    const char* zh;
    const char* en;
  };
  static constexpr Name kNames[] = {
      {"overall", "总分", "overall score"},
      {"rescued_alive", "生还获救", "rescued alive"},
      {"treated_in_time", "重伤员及时救治", "seriously injured treated in time"},
      {"displaced", "受灾转移人数", "displaced"},
      {"sheltered", "安置点安置", "sheltered"},
      {"unsheltered", "无处安置", "without shelter"},
      {"supplied", "获基本生活救助", "supplied"},
      {"relief_within_target", "时限内获救助人数", "supplied within the relief target"},
      {"unmet_person_h", "未满足需求（人·小时）", "unmet need (person-hours)"},
      {"orders", "需求单", "relief orders"},
      {"request_to_delivery_mean_h", "申请到送达平均用时（小时）", "mean request to delivery (h)"},
  };
  for (const auto& n : kNames) {
    if (id == n.id) return l == Lang::zh ? n.zh : n.en;
  }
  for (const char* part : {"life_safety", "timeliness", "sufficiency", "compliance", "efficiency"}) {
    if (id == part) return part_name(id, l);
  }
  return figure_name(score::Figure(id, 0), l);
}

std::string batch_value_text(const std::string& id, double v) {
  if (std::isnan(v)) return "—";
  char b[32];
  if (is_share(id)) {
    std::snprintf(b, sizeof b, "%.1f%%", 100 * v);
  } else {
    std::snprintf(b, sizeof b, std::fabs(v) >= 100 ? "%.0f" : "%.3g", v);
  }
  return b;
}

std::string proportion_text(const Proportion& p) {
  if (p.n == 0) return "—";
  return pct(p.p) + " (" + pct(p.lo) + "–" + pct(p.hi) + ")";
}

std::string difference_text(const std::string& id, const PairedDifference& d) {
  if (d.n == 0) return "—";
  const double f = is_share(id) || id.rfind("met.", 0) == 0 ? 100 : 1;
  const double m = f * std::max({std::fabs(d.mean), std::fabs(d.lo), std::fabs(d.hi)});
  const int decimals = m >= 100 ? 0 : m >= 1 ? 2 : 3;
  // Sums of the same figures in another order differ in the last bits: that is no difference.
  const auto text = [&](double v) {
    v *= f;
    if (std::fabs(v) < 1e-9 * std::max(1.0, m)) return std::string("0");
    char b[32];
    std::snprintf(b, sizeof b, "%+.*f", decimals, v);
    return std::string(b);
  };
  return text(d.mean) + (f == 100 ? " pp" : "") + " (" + text(d.lo) + " … " + text(d.hi) + ")";
}

namespace {

void line(std::string& out, const std::string& name, int width, const std::vector<std::string>& cells, int cell = 10) {
  out += "  " + pad(name, width);
  for (const auto& c : cells) out += " " + pad(c, cell, true);
  out += "\n";
}

std::string town_name(const TownColumn& t, Lang l) { return l == Lang::zh || t.name_en.empty() ? t.name_zh : t.name_en; }
std::string category_name(const CategoryColumn& c, Lang l) { return l == Lang::zh || c.name_en.empty() ? c.name_zh : c.name_en; }

void configuration_text(std::string& out, const BatchHeader& h, const ConfigurationAnswer& c, Lang l) {
  const bool zh = l == Lang::zh;
  out += zh ? "\n得分与关键数字（均值 p10 p50 p90）\n" : "\nscores and key figures (mean p10 p50 p90)\n";
  for (const auto* group : {&c.scores, &c.figures}) {
    for (const auto& f : *group) {
      if (f.d.n == 0) continue;
      line(out, batch_figure_name(f.id, l), 40,
           {batch_value_text(f.id, f.d.mean), batch_value_text(f.id, f.d.p10), batch_value_text(f.id, f.d.p50),
            batch_value_text(f.id, f.d.p90)});
    }
  }
  out += zh ? "\n达到各项目标的概率（95% 置信区间）\n" : "\nprobability of meeting each target (95% interval)\n";
  for (const auto& t : c.targets) line(out, batch_figure_name(t.id, l), 46, {proportion_text(t.p)}, 18);
  char head[160];
  std::snprintf(head, sizeof head,
                zh ? "\n各区镇：%g 小时内全部获基本生活救助的概率、时限内获救助比例（均值）、首支队伍及时到达的概率\n"
                   : "\nper town: probability that all its displaced are supplied within %g h, mean share supplied in time, probability of a unit on site in time\n",
                h.relief_target_h);
  out += head;
  for (const auto& t : c.towns) {
    line(out, town_name(t.town, l), 22,
         {proportion_text(t.relief_met), batch_value_text("share", t.relief_share.mean), proportion_text(t.first_unit_met)}, 18);
  }
  out += zh ? "\n最先告罄的物资（最先告罄的概率、告罄概率、告罄时刻 p50 小时）\n"
            : "\nwhat runs out first (probability it is first out, probability it runs out, when: p50 h)\n";
  for (const auto& k : c.categories) {
    if (k.ran_out.k == 0) continue;
    line(out, category_name(k.category, l), 40,
         {proportion_text(k.ran_out_first), proportion_text(k.ran_out), batch_value_text("h", k.ran_out_h.p50)}, 18);
  }
  line(out, zh ? "（无物资告罄）" : "(nothing runs out)", 40, {proportion_text(c.no_stockout)}, 18);
  out += zh ? "  同一时刻告罄的类别都算“最先”，故概率之和可超过 100%。\n"
            : "  Categories that run out at the same moment all count as first, so the shares can add up to over 100%.\n";
}

}  // namespace

std::string batch_text(const BatchAnswer& a, Lang l) {
  const bool zh = l == Lang::zh;
  const BatchHeader& h = a.header;
  std::string out;
  char buf[256];
  std::snprintf(buf, sizeof buf, zh ? "%s：%llu 次重复，种子 %llu" : "%s: %llu replications, seed %llu",
                (zh ? h.scenario_name_zh : h.scenario_name_en).c_str(), static_cast<unsigned long long>(h.plan.replications),
                static_cast<unsigned long long>(h.plan.seed));
  out += buf;
  if (!h.plan.sets.empty()) {
    out += zh ? "；假设：" : "; what-if:";
    for (const auto& s : h.plan.sets) out += " " + s;
  }
  out += "\n";
  if (!a.sweep.empty()) {
    std::snprintf(buf, sizeof buf,
                  zh ? "\n参数扫描：%g 小时内全部获基本生活救助的概率、时限内获救助比例（均值），及与第一组相比的变化（同一随机数）\n"
                     : "\nsweep: probability that all the displaced are supplied within %g h, mean share supplied in time, and its change from the first row (same random numbers)\n",
                  h.relief_target_h);
    out += buf;
    std::string name;
    for (const auto& s : h.plan.sweeps) name += (name.empty() ? "" : " ") + s.path;
    line(out, name, 44, {zh ? "全部及时" : "all in time", zh ? "及时比例" : "share", zh ? "变化" : "change"}, 18);
    for (const auto& r : a.sweep) {
      std::string v;
      for (std::size_t k = 0; k < r.values.size(); ++k) {
        // A depot file by its name: the table is about the depot, not where the file lies.
        const bool file = h.plan.sweeps[k].path == "depots+" && r.values[k] != "none";
        v += (v.empty() ? "" : " ") + (file ? std::filesystem::path(r.values[k]).filename().string() : r.values[k]);
      }
      line(out, v, 44,
           {proportion_text(r.relief_met), batch_value_text("share", r.relief_share.mean),
            difference_text("share", r.relief_share_vs_first)},
           18);
    }
    return out;
  }
  configuration_text(out, h, a.configurations.front(), l);
  if (a.comparison) {
    std::string vs;
    for (const auto& s : h.plan.vs) vs += " " + s;
    if (vs.empty()) vs = zh ? "（无变化）" : " (no change)";
    out += (zh ? "\n对比" : "\nwhat-if") + vs + (zh ? "，减去基准，逐次配对（同一随机数），均值（95% 置信区间）\n"
                                                     : " minus the base, paired replication by replication (same random numbers): mean (95% interval)\n");
    for (const auto* group : {&a.comparison->scores, &a.comparison->figures}) {
      for (const auto& d : *group) {
        if (d.d.n > 0) line(out, batch_figure_name(d.id, l), 40, {difference_text(d.id, d.d)}, 30);
      }
    }
    for (const auto& d : a.comparison->targets) {
      line(out, (zh ? "达标概率：" : "P(met): ") + batch_figure_name(d.id, l), 56, {difference_text("met." + d.id, d.d)}, 14);
    }
  }
  return out;
}

}  // namespace ttx::io
