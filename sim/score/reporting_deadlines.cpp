#include "sim/score/reporting_deadlines.h"

#include <algorithm>

namespace ttx::score {

std::string_view to_string(DeadlineStatus s) {
  switch (s) {
    case DeadlineStatus::met: return "met";
    case DeadlineStatus::missed: return "missed";
    case DeadlineStatus::pending: return "pending";
  }
  return "?";
}

double plan_target_h(const response::ResponseModel& m, const std::string& id) {
  for (const auto& plan : m.world().plans) {
    if (std::find(m.scenario().plans.begin(), m.scenario().plans.end(), plan.id) == m.scenario().plans.end()) continue;
    for (const auto& t : plan.time_targets) {
      if (t.id == id) return t.hours;
    }
  }
  return -1;
}

namespace {

DeadlineCheck judge(std::string target, std::int64_t from_s, std::int64_t to_s, double limit_h, std::int64_t now_s) {
  DeadlineCheck c{std::move(target), from_s, to_s, limit_h, DeadlineStatus::pending};
  const auto limit_s = static_cast<std::int64_t>(limit_h * 3600);
  if (to_s >= 0) {
    c.status = to_s - from_s <= limit_s ? DeadlineStatus::met : DeadlineStatus::missed;
  } else if (now_s > from_s + limit_s) {
    c.status = DeadlineStatus::missed;
  }
  return c;
}

}  // namespace

std::vector<DeadlineCheck> reporting_deadlines(const response::ResponseModel& m) {
  std::vector<DeadlineCheck> out;
  const response::ReportingTimes& r = m.reporting_times();
  if (const double h = plan_target_h(m, "first_report_town_to_district"); h >= 0 && r.onset_s >= 0) {
    out.push_back(judge("first_report_town_to_district", r.onset_s, r.first_report_s, h, m.now_s()));
  }
  if (const double h = plan_target_h(m, "report_district_to_city"); h >= 0 && r.first_report_s >= 0) {
    out.push_back(judge("report_district_to_city", r.first_report_s, r.city_report_s, h, m.now_s()));
  }
  return out;
}

}  // namespace ttx::score
