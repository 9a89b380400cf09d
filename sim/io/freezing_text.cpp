#include "sim/io/freezing_text.h"

#include <fmt/format.h>

#include "sim/io/clock_text.h"
#include "sim/io/text_width.h"

namespace ttx::io {

namespace {

bool zh(Lang l) { return l == Lang::zh; }
const char* say(Lang l, const char* z, const char* e) { return zh(l) ? z : e; }
std::string num(double v) { return fmt::format("{:.0f}", v); }
std::string num1(double v) { return fmt::format("{:.1f}", v); }
void line(std::string& out, const char* label, const std::string& text) { out += "  " + pad(label, 16) + " " + text + "\n"; }

std::string when(const score::RunSummary& s, double h, Lang l) { return h < 0 ? say(l, "未", "not yet") : moment_text_h(h, s.start_s, l); }

}  // namespace

std::string freezing_end_state(const score::RunSummary& s, Lang l) {
  const score::FreezingFigures& f = s.freezing;
  if (!f.applies) return "";
  std::string out;
  line(out, say(l, "停电户数", "households off"),
       pad(num(f.households_off_end), 8, true) + say(l, "  峰值 ", "  peak ") + num(f.households_off_peak) + say(l, "，已恢复 ", ", back on ") +
           num(f.households_restored) + say(l, "；恢复一半 ", "; half back ") + when(s, f.households_half_back_h, l) +
           say(l, "，恢复九成 ", ", 90 % back ") + when(s, f.households_90_back_h, l));
  std::string pace = f.days_left_at_end_pace < 0 ? say(l, "无法估计", "no pace yet")
                                                 : num1(f.days_left_at_end_pace) + say(l, " 天", " days");
  line(out, say(l, "线路抢修", "line repair"),
       say(l, "已修复 ", "spans restored ") + num(f.spans_restored) + "/" + num(f.spans_down) + say(l, " 档；按最后 24 小时进度，余下还需 ", "; at the last 24 h's pace the rest takes ") + pace);
  line(out, say(l, "抢修力量", "repair crews"),
       say(l, "本地 ", "own ") + std::to_string(f.own_crews) + say(l, " 支；外来支援请求 ", " crews; outside crews requested ") +
           std::to_string(f.outside_crews_requested) + say(l, " 支（", " (") + when(s, f.outside_requested_h, l) + say(l, "），到达 ", "), arrived ") +
           std::to_string(f.outside_crews_arrived) + say(l, " 支 ", " with ") + num(f.outside_people_arrived) + say(l, " 人（首批 ", " people (first ") +
           when(s, f.outside_arrived_h, l) + say(l, "）", ")"));
  line(out, say(l, "重要用户保电", "critical sites"),
       std::to_string(f.sites.size()) + say(l, " 处停电：已恢复 ", " lost power: grid back at ") + std::to_string(f.critical_sites_restored) +
           say(l, "，仍停电 ", ", still off ") + std::to_string(f.critical_sites_off) + say(l, "（其中靠发电机 ", " (on a generator ") +
           std::to_string(f.critical_sites_on_generator) + say(l, "）；首家医院复电 ", "); first hospital back ") + when(s, f.first_hospital_back_h, l));
  if (f.stranded > 0) {
    line(out, say(l, "高速滞留", "stranded on G40"),
         pad(num(f.stranded), 8, true) + say(l, "  服务区救助 ", "  relieved at the service area ") + num(f.relieved) + say(l, "，已放行 ", ", released ") +
             num(f.released) + say(l, "（未领到物资 ", " (without relief ") + num(f.released_without_relief) + say(l, "），仍滞留 ", "), still stranded ") +
             num(f.still_stranded));
    line(out, say(l, "G40 通行", "G40"),
         (f.reopened_h < 0 ? std::string(say(l, "仍封闭", "still closed"))
                           : when(s, f.reopened_h, l) + (f.reopened_by_deicing ? say(l, " 除冰后恢复通行", " open again after de-icing")
                                                                                : say(l, " 气温回升后恢复通行", " open again on the thaw"))) +
             say(l, "；除冰 ", "; de-iced ") + num(f.deicing_km_done) + "/" + num(f.deicing_km) + " km" +
             say(l, "；救助物资送达 ", "; relief items delivered ") + num(f.traveller_items_delivered) + "/" + num(f.traveller_items_ordered));
  }
  line(out, say(l, "停电取暖困难", "without heating"),
       pad(num(f.cold_reported_end), 8, true) + say(l, "  峰值 ", "  peak ") + num(f.cold_peak) + say(l, "；摸排需救助 ", "; found needing warm relief ") +
           num(f.cold_needing_relief) + say(l, " 人，棉被棉衣送达 ", ", quilts and coats delivered ") + num(f.warm_relief_delivered) + "/" +
           num(f.warm_relief_ordered) + say(l, " 件", ""));
  return out;
}

}  // namespace ttx::io
