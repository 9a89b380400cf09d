// What `ttx play` shows the duty officer, in Chinese or English: the clock, the
// known picture (reports received, the towns' reported displaced, the units and
// stock), the tasks command knows of, hints, and the help text. Only what the
// duty office knows: the plan's own level is the yardstick, shown only as a hint.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "sim/exercise/plan_hints.h"
#include "sim/exercise/report_slips.h"
#include "sim/exercise/session_file.h"
#include "sim/io/language.h"
#include "sim/response/response_model.h"

namespace ttx::exercise {

std::string play_help(io::Lang lang);
/// "T+03:10（7月1日 11:10）"
std::string play_clock(const response::ResponseModel& run, io::Lang lang);
std::string play_status(const response::ResponseModel& run, io::Lang lang);
/// A task as the duty officer names it: "海门街道 海门街道第26村 · 轻型搜救".
std::string task_text(const response::ResponseModel& run, std::uint32_t task, io::Lang lang);
/// The tasks listed, numbered from 1 (the numbers `assign` accepts).
std::string play_tasks(const response::ResponseModel& run, const std::vector<std::uint32_t>& tasks, io::Lang lang);
/// Units whose id, name, type or town contains `filter` (all when empty).
std::string play_units(const response::ResponseModel& run, const std::string& filter, io::Lang lang);
std::string play_stock(const response::ResponseModel& run, io::Lang lang);
/// Reports received from `slips[from]` on, and the records of the log from `log_from` on
/// that reach the duty officer (injects, what became of commands, units on site, deliveries).
std::string play_news(const response::ResponseModel& run, const std::vector<ReportSlip>& slips,
                      std::size_t from, std::size_t log_from, io::Lang lang);
std::string play_hints(const std::vector<PlanHint>& hints, const response::ResponseModel& run, io::Lang lang);
std::string play_branches(const SessionFile& file, io::Lang lang);

}  // namespace ttx::exercise
