// The after-action report's comparison of a trainee's run with the plan's on the
// same disaster: the two scorecards, the differences in sentences, the key events.
#include "sim/io/aar_format.h"
#include "sim/io/scorecard_text.h"
#include "sim/io/side_by_side_text.h"

namespace ttx::io::aar {

std::string side_by_side_section(const Ctx& c) {
  if (c.in.side_by_side == nullptr) return "";
  const score::SideBySide& s = *c.in.side_by_side;
  const bool zh = c.zh();
  std::string out = std::string("<section class=\"page\" id=\"beside-plan\"><h2>") +
                    (zh ? "学员处置与预案对照" : "The trainee beside the plan") + "</h2><p>" +
                    esc(zh ? "同一灾情（相同随机数）下，学员的处置与按预案处置的结果对照，截至 " + clock(c, s.until_h) + "。"
                           : "The trainee's response and the response by the plan to the same disaster (common random numbers), up to " +
                                 clock(c, s.until_h) + ".") +
                    "</p><table><thead><tr><th></th><th class=\"n\">" + (zh ? "学员" : "Trainee") + "</th><th class=\"n\">" +
                    (zh ? "预案" : "Plan") + "</th></tr></thead><tbody>";
  auto line = [&](const std::string& name, double a, score::Rating ra, double b, score::Rating rb) {
    out += "<tr><td>" + esc(name) + "</td><td class=\"n\">" + number1(a) + " " + std::string(1, static_cast<char>(ra)) +
           "</td><td class=\"n\">" + number1(b) + " " + std::string(1, static_cast<char>(rb)) + "</td></tr>";
  };
  for (const auto& p : s.parts) line(io::part_name(p.id, c.lang), p.trainee, p.trainee_rating, p.plan, p.plan_rating);
  line(zh ? "总分" : "Overall", s.trainee_overall, s.trainee_rating, s.plan_overall, s.plan_rating);
  out += "<tr><td>" + esc(zh ? "使用提示（次）" : "Hints used") + "</td><td class=\"n\">" + count(s.hints) + "</td><td></td></tr>";
  out += "</tbody></table>";
  const auto sentences = gap_sentences(s, *c.in.world, c.lang);
  out += std::string("<h3>") + (zh ? "差别及其原因" : "The differences and why") + "</h3>";
  if (sentences.empty()) out += "<p>" + esc(zh ? "与预案无明显差别。" : "No difference of note from the plan.") + "</p>";
  if (!sentences.empty()) {
    out += "<ol>";
    for (const auto& x : sentences) out += "<li>" + esc(x) + "</li>";
    out += "</ol>";
  }
  const auto events = key_event_lines(s, *c.in.world, c.lang);
  if (!events.empty()) {
    out += std::string("<h3>") + (zh ? "关键事件对照" : "Key events that differ") + "</h3><pre>";
    for (const auto& x : events) out += esc(x) + "\n";
    out += "</pre>";
  }
  return out + "</section>";
}

}  // namespace ttx::io::aar
