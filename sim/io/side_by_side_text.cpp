#include "sim/io/side_by_side_text.h"

#include <cmath>

#include <fmt/format.h>

#include "sim/io/log_text.h"
#include "sim/io/scorecard_text.h"
#include "sim/io/text_width.h"

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

// "relief reached X": the happening; "released stock": the decision behind it;
// "未送达": what is said of a side that never got there.
struct Words {
  std::string what, did, never;
};

Words words(const score::Gap& g, const world::World& w, Lang l) {
  const std::string t = town(w, g.town, l);
  switch (g.kind) {
    case score::GapKind::first_relief:
      return zh(l) ? Words{"救灾物资到达" + t, "动用物资", "未送达"} : Words{"relief reached " + t, "released stock", "never"};
    case score::GapKind::first_unit:
      return zh(l) ? Words{"首支队伍到达" + t, "调集队伍", "未到达"} : Words{"the first unit reached " + t, "mobilised units", "never"};
    case score::GapKind::level:
      return zh(l) ? Words{plan_text(w, g.plan, l) + "启动响应", "", "未启动"}
                   : Words{"the " + plan_text(w, g.plan, l) + " was started", "", "never"};
    case score::GapKind::report_city:
      return zh(l) ? Words{"向市报告", "", "未报告"} : Words{"the report to the city went", "", "never"};
  }
  return {};
}

// "学员在T+09:40动用物资，预案在T+03:10" / "the trainee released stock at T+09:40, the plan at T+03:10".
std::string causes(const score::Gap& g, const Words& x, Lang l) {
  const double t = g.trainee_cause_h, p = g.plan_cause_h;
  if (zh(l)) {
    return "：学员" + (t < 0 ? "未" + x.did : "在" + at(t) + x.did) + "，预案" + (p < 0 ? "未" + x.did : "在" + at(p));
  }
  return ": the trainee " + (t < 0 ? "never " + x.did : x.did + " at " + at(t)) + ", the plan " + (p < 0 ? "never did" : "at " + at(p));
}

}  // namespace

std::vector<std::string> gap_sentences(const score::SideBySide& s, const world::World& w, Lang l) {
  std::vector<std::string> out;
  for (const auto& g : s.gaps) {
    const Words x = words(g, w, l);
    std::string head;
    if (g.trainee_h < 0) {
      head = zh(l) ? fmt::format("{}：预案在{}，学员{}（截至{}）", x.what, at(g.plan_h), x.never, at(s.until_h))
                   : fmt::format("{} at {} by the plan, never by the trainee (up to {})", x.what, at(g.plan_h), at(s.until_h));
    } else if (g.plan_h < 0) {
      head = zh(l) ? fmt::format("{}：学员在{}，预案{}", x.what, at(g.trainee_h), x.never)
                   : fmt::format("{} at {} by the trainee, never by the plan", x.what, at(g.trainee_h));
    } else {
      const bool later = g.late_h() > 0;
      head = zh(l) ? fmt::format("{}比预案{}{}", x.what, later ? "晚" : "早", span(g.late_h(), l))
                   : fmt::format("{} {} {} than by the plan", x.what, span(g.late_h(), l), later ? "later" : "earlier");
    }
    std::string why;
    if (!x.did.empty()) {
      why = causes(g, x, l);
      if (zh(l) && head.find("：") != std::string::npos) why.replace(0, std::string("：").size(), "；");  // one colon a sentence
    } else if (g.trainee_h >= 0 && g.plan_h >= 0) {
      why = zh(l) ? fmt::format("：学员在{}，预案在{}", at(g.trainee_h), at(g.plan_h))
                  : fmt::format(": the trainee at {}, the plan at {}", at(g.trainee_h), at(g.plan_h));
    }
    out.push_back(head + why);
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
      case score::KeyEventKind::aid_arrived: what = zh(l) ? "支援物资到达" : "mutual aid arrived"; break;
      case score::KeyEventKind::aid_teams_arrived: what = zh(l) ? "增援队伍到达" : "aid teams arrived"; break;
      case score::KeyEventKind::report_city: what = zh(l) ? "向市报告" : "report to the city"; break;
      case score::KeyEventKind::report_province: what = zh(l) ? "向省报告" : "report to the province"; break;
      case score::KeyEventKind::inject: continue;
    }
    out.push_back(fmt::format("{} {} {:>8}   {} {:>8}", pad(what, 36), zh(l) ? "学员" : "trainee", at(d.trainee_h),
                              zh(l) ? "预案" : "plan", at(d.plan_h)));
  }
  return out;
}

std::string side_by_side_text(const score::SideBySide& s, const world::World& w, Lang l) {
  std::string out = zh(l) ? fmt::format("对照预案（同一灾情，截至{}）\n", at(s.until_h))
                          : fmt::format("beside the plan (the same disaster, up to {})\n", at(s.until_h));
  out += fmt::format("  {} {} {}\n", pad("", 20), pad(zh(l) ? "学员" : "trainee", 10, true), pad(zh(l) ? "预案" : "plan", 10, true));
  for (const auto& p : s.parts) {
    out += fmt::format("  {} {:>8.1f} {} {:>8.1f} {}\n", pad(part_name(p.id, l), 20), p.trainee,
                       static_cast<char>(p.trainee_rating), p.plan, static_cast<char>(p.plan_rating));
  }
  out += fmt::format("  {} {:>8.1f} {} {:>8.1f} {}\n", pad(zh(l) ? "总分" : "overall", 20), s.trainee_overall,
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
