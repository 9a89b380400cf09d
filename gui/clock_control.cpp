#include "gui/clock_control.h"

#include <algorithm>

namespace ttx::gui {

bool run_clock(exercise::BranchingSession& branching, ClockState& clock, double wall_dt_s) {
  exercise::Session& session = branching.live();
  const auto& run = session.view();
  const std::int64_t end = run.end_s();
  bool rewound = false;
  switch (clock.request) {
    case ClockState::Request::none: break;
    case ClockState::Request::step_event:
      clock.playing = false;
      session.step();
      break;
    case ClockState::Request::step_decision:
      clock.playing = false;
      session.step_to_decision(clock.event_budget * 25);
      break;
    case ClockState::Request::jump: {
      clock.playing = false;
      const std::int64_t to = std::clamp<std::int64_t>(clock.jump_to_s, 0, end);
      if (to >= run.now_s()) {
        session.advance_until(to);
      } else {
        branching.rewind(to);
        rewound = true;
      }
      break;
    }
  }
  clock.request = ClockState::Request::none;
  if (rewound) return true;
  if (!clock.playing) {
    clock.carry_s = 0;
    return false;
  }
  const double speed = kSpeeds[clock.speed];
  std::int64_t target = end;
  if (speed > 0) {
    clock.carry_s += speed * std::clamp(wall_dt_s, 0.0, 0.25);
    const auto whole = static_cast<std::int64_t>(clock.carry_s);
    target = std::min(end, run.now_s() + whole);
    clock.carry_s -= static_cast<double>(whole);
  }
  const auto status = session.advance_until(target, clock.event_budget);
  // Behind after a full budget: keep the time owed, but never more than a second of play.
  if (status == core::RunStatus::budget_exhausted && speed > 0) {
    clock.carry_s = std::min(static_cast<double>(target - session.view().now_s()), speed);
  }
  if (session.view().now_s() >= end) clock.playing = false;
  return false;
}

}  // namespace ttx::gui
