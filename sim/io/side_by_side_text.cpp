#include "sim/io/side_by_side_text.h"

#include <cmath>

#include <fmt/format.h>

#include "sim/io/log_text.h"
#include "sim/io/scorecard_text.h"

namespace ttx::io {

namespace {

bool zh(Lang l) { return l == Lang::zh; }

std::string at(double h) {
  if (h < 0) return "-";
  const auto m = static_cast<long long>(std::llround(h * 60));
  return fmt::format("T+{:02}:{:02}", m / 60, m % 60);
}

std::string span(double h, Lang l) {
  const double a = std::fabs(h);
  const std::string n = a >= 10 ? fmt::format("{:.0f}", a) : fmt::format("{:.1f}", a);
  return zh(l) ? n + "小时" : n + " h";
}

std::string town(const world::World& w, std::int64_t t, Lang l) {
  if (t < 0 || static_cast<std::size_t>(t) >= w.towns.size()) return zh(l) ? "全区" : "the district";
  const auto& x = w.towns[static_cast<std::size_t>(t)];
  return zh(l) || x.name_en.empty() ? x.name_zh : x.name_en;
}

// "relief reached X": the happening; "the trainee released stock at": the cause.
struct Words {
  std::string what, trainee_did, plan_did;
};

Words words(const score::Gap& g, const world::World& w, Lang l) {
  const std::string t = town(w, g.town, l);
  switch (g.kind) {
    case score::GapKind::first_relief:
      return zh(l) ? Words{"救灾物资到达" + t, "学员动用物资", "预案"} : Words{"relief reached " + t, "the trainee released stock", "the plan"};
    case score::GapKind::first_unit:
      return zh(l) ? Words{"首支队伍到达" + t, "学员调集队伍", "预案"} : Words{"the first unit reached " + t, "the trainee mobilised units", "the plan"};
    case score::GapKind::level:
      return zh(l) ? Words{plan_text(w, g.plan, l) + "启动响应", "学员宣布响应", "预案"}
                   : Words{"the " + plan_text(w, g.plan, l) + " was started", "the trainee declared it", "the plan"};
    case score::GapKind::report_city:
      return zh(l) ? Words{"向市报告", "学员报告", "预案"} : Words{"the report to the city went", "the trainee reported", "the plan"};
  }
  return {};
}

}  // namespace

std::vector<std::string> gap_sentences(const score::SideBySide& s, const world::World& w, Lang l) {
  std::vector<std::string> out;
  for (const auto& g : s.gaps) {
    const Words x = words(g, w, l);
    std::string head;
    if (g.trainee_h < 0) {
      head = zh(l) ? fmt::format("{}：按预案在{}，学员未做到（截至{}）", x.what, at(g.plan_h), at(s.until_h))
                   : fmt::format("{} by the plan at {}, never by the trainee (up to {})", x.what, at(g.plan_h), at(s.until_h));
    } else if (g.plan_h < 0) {
      head = zh(l) ? fmt::format("{}：学员在{}，预案未做到", x.what, at(g.trainee_h))
                   : fmt::format("{} at {} by the trainee, never by the plan", x.what, at(g.trainee_h));
    } else {
      const bool later = g.late_h() > 0;
      head = zh(l) ? fmt::format("{}比预案{}{}", x.what, later ? "晚" : "早", span(g.late_h(), l))
                   : fmt::format("{} {} {} than by the plan", x.what, span(g.late_h(), l), later ? "later" : "earlier");
    }
    std::string cause;
    if (g.kind == score::GapKind::first_relief || g.kind == score::GapKind::first_unit) {
      const std::string tc = g.trainee_cause_h < 0 ? (zh(l) ? "未下达" : "never") : at(g.trainee_cause_h);
      const std::string pc = g.plan_cause_h < 0 ? (zh(l) ? "未下达" : "never") : at(g.plan_cause_h);
      cause = zh(l) ? fmt::format("：{}在{}，{}在{}", x.trainee_did, tc, x.plan_did, pc)
                    : fmt::format(": {} {}{}, {} {}{}", x.trainee_did, g.trainee_cause_h < 0 ? "" : "at ", tc, x.plan_did,
                                  g.plan_cause_h < 0 ? "" : "at ", pc);
    } else if (g.trainee_h >= 0 && g.plan_h >= 0) {
      cause = zh(l) ? fmt::format("：学员在{}，预案在{}", at(g.trainee_h), at(g.plan_h))
                    : fmt::format(": the trainee at {}, the plan at {}", at(g.trainee_h), at(g.plan_h));
    }
    out.push_back(head + cause);
  }
  return out;
}

std::vector<std::string> key_event_lines(const score::SideBySide& s, const world::World& w, Lang l) {
  std::vector<std::string> out;
  for (const auto& d : s.events) {
    std::string what;
    const auto& e = d.event;
    switch (e.kind) {
      case score::KeyEventKind::level_raised:
        what = plan_text(w, e.plan, l) + " " + level_text(e.level_to, l);
        break;
      case score::KeyEventKind::shelters_open: what = (zh(l) ? "开放安置点 " : "shelters open in ") + town(w, e.town, l); break;
      case score::KeyEventKind::first_unit: what = (zh(l) ? "首支队伍到达 " : "first unit in ") + town(w, e.town, l); break;
      case score::KeyEventKind::first_relief: what = (zh(l) ? "首批物资到达 " : "first relief in ") + town(w, e.town, l); break;
      case score::KeyEventKind::stockout: {
        const std::string item = e.item >= 0 && static_cast<std::size_t>(e.item) < w.items.size()
                                     ? (zh(l) ? w.items[e.item].name_zh : w.items[e.item].name_en)
                                     : "?";
        what = (zh(l) ? "缺货：" : "ran out: ") + item;
        break;
      }
      case score::KeyEventKind::reserve: what = zh(l) ? "启动协议储备" : "agreement reserve activated"; break;
      case score::KeyEventKind::aid_requested: what = zh(l) ? "请求支援" : "mutual aid requested"; break;
      case score::KeyEventKind::aid_arrived: what = zh(l) ? "支援到达" : "mutual aid arrived"; break;
      case score::KeyEventKind::report_city: what = zh(l) ? "向市报告" : "report to the city"; break;
      case score::KeyEventKind::report_province: what = zh(l) ? "向省报告" : "report to the province"; break;
      case score::KeyEventKind::inject: continue;
    }
    out.push_back(fmt::format("{:<40} {} {:>8}   {} {:>8}", what, zh(l) ? "学员" : "trainee", at(d.trainee_h),
                              zh(l) ? "预案" : "plan", at(d.plan_h)));
  }
  return out;
}

std::string side_by_side_text(const score::SideBySide& s, const world::World& w, Lang l) {
  std::string out = zh(l) ? fmt::format("对照预案（同一灾情，截至{}）\n", at(s.until_h))
                          : fmt::format("beside the plan (the same disaster, up to {})\n", at(s.until_h));
  out += fmt::format("  {:<20} {:>10} {:>10}\n", "", zh(l) ? "学员" : "trainee", zh(l) ? "预案" : "plan");
  for (const auto& p : s.parts) {
    out += fmt::format("  {:<20} {:>8.1f} {} {:>8.1f} {}\n", part_name(p.id, l), p.trainee,
                       static_cast<char>(p.trainee_rating), p.plan, static_cast<char>(p.plan_rating));
  }
  out += fmt::format("  {:<20} {:>8.1f} {} {:>8.1f} {}\n", zh(l) ? "总分" : "overall", s.trainee_overall,
                     static_cast<char>(s.trainee_rating), s.plan_overall, static_cast<char>(s.plan_rating));
  out += zh(l) ? fmt::format("  使用提示 {} 次\n", s.hints) : fmt::format("  hints used: {}\n", s.hints);
  const auto sentences = gap_sentences(s, w, l);
  if (!sentences.empty()) out += zh(l) ? "差别：\n" : "the differences:\n";
  for (const auto& x : sentences) out += "  - " + x + "\n";
  const auto lines = key_event_lines(s, w, l);
  if (!lines.empty()) out += zh(l) ? "关键事件对照：\n" : "key events that differ:\n";
  for (const auto& x : lines) out += "  " + x + "\n";
  return out;
}

}  // namespace ttx::io
