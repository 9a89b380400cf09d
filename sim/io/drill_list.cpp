#include "sim/io/drill_list.h"

#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "sim/io/scenario_loader.h"
#include "sim/io/text_file.h"
#include "sim/io/text_width.h"

namespace ttx::io {

namespace fs = std::filesystem;

namespace {

int hazard_order(const std::string& h) { return h == "flood" ? 0 : h == "earthquake" ? 1 : h == "freezing_rain" ? 2 : 3; }

std::string hazard_name(const std::string& h, Lang l) {
  const bool zh = l == Lang::zh;
  if (h == "flood") return zh ? "防汛防台" : "flood";
  if (h == "earthquake") return zh ? "地震" : "earthquake";
  if (h == "freezing_rain") return zh ? "低温雨雪冰冻" : "freezing rain";
  return h;
}

}  // namespace

DrillList list_drills(const fs::path& folder) {
  DrillList out;
  out.folder = folder;
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(folder, ec)) {
    if (is_scenario_file(e.path())) files.push_back(e.path());
  }
  if (ec) out.diagnostics.add(folder.string(), 0, 0, "", "cannot read the folder: " + ec.message());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    const std::string shown = f.lexically_normal().string();
    Diagnostics diags;
    const auto text = read_text_file(f, shown, diags);
    if (!text) {
      out.diagnostics.append(diags);
      continue;
    }
    ScenarioLoad load = load_scenario_text(shown, *text);
    if (!load.ok()) {
      out.diagnostics.append(load.district.diagnostics);
      continue;
    }
    const auto& s = load.scenario;
    DrillEntry d;
    d.path = shown;
    d.id = s.id;
    d.name_zh = s.name_zh;
    d.name_en = s.name_en;
    d.town = s.drill_town;
    d.hazard = s.hazard_type;
    d.injects = s.injects.size();
    for (const auto& in : s.injects) {
      d.expected += in.has_expected;
      d.conditional += in.conditional;
      d.contingency += in.if_missed > 0;
      d.effects += in.effects.size();
      d.false_reports += in.false_report;
    }
    d.duration_h = s.duration_h;
    d.exercises = s.exercises;
    out.drills.push_back(std::move(d));
  }
  // Towns in the order their first drill file sorts; each town's hazards in a fixed order.
  std::stable_sort(out.drills.begin(), out.drills.end(), [](const auto& a, const auto& b) {
    return a.town != b.town ? a.town < b.town : hazard_order(a.hazard) < hazard_order(b.hazard);
  });
  return out;
}

std::string drills_text(const DrillList& list, Lang l) {
  const bool zh = l == Lang::zh;
  std::string out = zh ? fmt::format("现成演练 {} 个（{}）：区镇 × 灾种，每个都有演练脚本\n", list.drills.size(), list.folder.string())
                       : fmt::format("{} ready-made drills ({}): town × hazard, each with its MSEL\n", list.drills.size(),
                                     list.folder.string());
  std::string town;
  for (const auto& d : list.drills) {
    if (d.town != town) {
      town = d.town;
      out += "\n";
    }
    const std::string counts =
        zh ? fmt::format("注入 {} 条（预期行动 {}，条件触发 {}，应急补充 {}，改变态势 {}，虚假信息 {}），{:g} 小时", d.injects, d.expected,
                         d.conditional, d.contingency, d.effects, d.false_reports, d.duration_h)
           : fmt::format("{} injects ({} expected actions, {} conditional, {} contingency, {} effects, {} false reports), {:g} h",
                         d.injects, d.expected, d.conditional, d.contingency, d.effects, d.false_reports, d.duration_h);
    out += "  " + pad(zh ? d.name_zh : d.name_en, zh ? 30 : 40) + pad(hazard_name(d.hazard, l), 14) + counts + "\n";
    out += "      " + d.path + "\n";
    for (const auto& x : d.exercises) out += (zh ? "      演练：" : "      exercises: ") + x + "\n";
  }
  out += zh ? "\n运行：ttx run 文件；检查：ttx validate 文件\n" : "\nrun one: ttx run FILE; check one: ttx validate FILE\n";
  return out;
}

std::string drills_json(const DrillList& list) {
  nlohmann::ordered_json j = nlohmann::ordered_json::array();
  for (const auto& d : list.drills) {
    j.push_back({{"id", d.id},
                 {"path", d.path},
                 {"name_zh", d.name_zh},
                 {"name_en", d.name_en},
                 {"town", d.town},
                 {"hazard", d.hazard},
                 {"duration_h", d.duration_h},
                 {"injects", d.injects},
                 {"expected_actions", d.expected},
                 {"conditional", d.conditional},
                 {"contingency", d.contingency},
                 {"effects", d.effects},
                 {"false_reports", d.false_reports},
                 {"exercises", d.exercises}});
  }
  return j.dump(2) + "\n";
}

}  // namespace ttx::io
