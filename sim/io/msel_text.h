// The MSEL's expected actions and the objectives' ratings as people read them, in
// Chinese or English: one sentence per expected action, a table for the terminal.
// Formats only; the figures are score::check_expected_actions'.
#pragma once

#include <string>

#include "sim/io/language.h"
#include "sim/score/run_summary.h"

namespace ttx::io {

/// "向常乐镇派出消防救援队伍（1 小时内）" / "dispatch fire and rescue to Changle Town (within 1 h)".
std::string expected_action_sentence(const score::ExpectedActionCheck& check, Lang lang);
/// "按时" / "in time", "迟 1.5 小时" / "1.5 h late", "未做" / "missed", ...
std::string action_status_text(const score::ExpectedActionCheck& check, Lang lang);
/// Who took it: "预案" (the plan played by the book), "学员", "导演", "注入前已做".
std::string action_by_text(const score::ExpectedActionCheck& check, Lang lang);
/// The terminal block of `ttx run`: every expected action, then each objective's rating.
std::string msel_text(const score::RunSummary& summary, Lang lang);

}  // namespace ttx::io
