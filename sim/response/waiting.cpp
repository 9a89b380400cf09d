// Why each town's relief waits, settled once per moment (after all its events, so a
// request granted and loaded in the same second never shows as waiting), with the
// hours by reason and a log record whenever a town starts waiting for a new reason.
#include "sim/response/waiting.h"

#include "sim/response/response_model.h"

namespace ttx::response {

std::string_view to_string(WaitReason r) {
  switch (r) {
    case WaitReason::none: return "none";
    case WaitReason::not_requested: return "not_requested";
    case WaitReason::no_stock: return "no_stock";
    case WaitReason::no_truck: return "no_truck";
    case WaitReason::no_bay: return "no_bay";
    case WaitReason::no_road: return "no_road";
    case WaitReason::support: return "support";
  }
  return "?";
}

void ResponseModel::settle_waiting() {
  if (wait_moment_s_ < 0) return;  // nothing has happened yet
  logistics_.waiting_because(wait_scratch_);
  for (std::uint32_t t = 0; t < towns_.size(); ++t) {
    WaitReason r = wait_scratch_[t];
    // Nothing of the town held up in logistics, but people no request has covered yet.
    if (r == WaitReason::none && towns_[t].displaced - towns_[t].ordered_for >= 1.0) r = WaitReason::not_requested;
    if (r == wait_reason_[t]) continue;
    waited_h_[t][static_cast<std::size_t>(wait_reason_[t])] += static_cast<double>(wait_moment_s_ - wait_since_s_[t]) / 3600.0;
    wait_reason_[t] = r;
    wait_since_s_[t] = wait_moment_s_;
    if (r == WaitReason::none || r == wait_logged_[t]) continue;  // a truck cycle of the same wait is not news
    wait_logged_[t] = r;
    LogEntry& e = note(LogKind::waiting, t);
    e.at_s = wait_moment_s_;
    e.wait = r;
  }
}

WaitHours ResponseModel::waited_h(std::uint32_t town) const {
  if (town >= waited_h_.size()) return {};
  WaitHours h = waited_h_[town];
  h[static_cast<std::size_t>(wait_reason_[town])] += static_cast<double>(now_s() - wait_since_s_[town]) / 3600.0;
  return h;
}

}  // namespace ttx::response
