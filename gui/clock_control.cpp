#include "gui/clock_control.h"

#include <algorithm>

namespace ttx::gui {

std::unique_ptr<exercise::Session> run_clock(exercise::Session& session, ClockState& clock, double wall_dt_s,
                                             const world::World& world, const world::Scenario& scenario,
                                             const exercise::SessionOptions& options) {
  const auto& run = session.view();
  const std::int64_t end = run.end_s();
  std::unique_ptr<exercise::Session> replaced;
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
      } else {  // back in time: the same run replayed up to there, with the commands given before it
        std::vector<response::TimedCommand> kept;
        for (const auto& c : session.command_log()) {
          if (c.at_s <= to) kept.push_back(c);
        }
        std::vector<exercise::TimedInject> sent;
        for (const auto& t : session.inject_log()) {
          if (t.at_s <= to) sent.push_back(t);
        }
        replaced = std::make_unique<exercise::Session>(world, scenario, options, kept, std::move(sent));
        replaced->advance_until(to);
      }
      break;
    }
  }
  clock.request = ClockState::Request::none;
  if (replaced) return replaced;
  if (!clock.playing) {
    clock.carry_s = 0;
    return nullptr;
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
  return nullptr;
}

}  // namespace ttx::gui
