#include "sim/exercise/session.h"

namespace ttx::exercise {

Session::Session(const world::World& world, const world::Scenario& scenario, SessionOptions options,
                 const std::vector<response::TimedCommand>& replay)
    : model_(std::make_unique<response::ResponseModel>(world, scenario, options.replication, options.run)) {
  model_->set_event_observer([this](std::int64_t at_s, const response::Event& e) { events_.push_back({at_s, e}); });
  for (const auto& c : replay) {
    if (c.by != response::Actor::doctrine) model_->schedule(c);
  }
}

core::RunStatus Session::advance_until(std::int64_t t_s, std::uint64_t budget) {
  return model_->advance_until(t_s, budget);
}

bool Session::step() { return model_->step(); }

void Session::submit(response::Command command, response::Actor by) { model_->submit(by, std::move(command)); }

std::vector<ProcessedEvent> Session::take_events() {
  std::vector<ProcessedEvent> out;
  out.swap(events_);
  return out;
}

std::vector<response::LogEntry> Session::take_log() {
  const auto& log = model_->log();
  std::vector<response::LogEntry> out(log.begin() + static_cast<std::ptrdiff_t>(log_taken_), log.end());
  log_taken_ = log.size();
  return out;
}

std::vector<response::TimedCommand> Session::command_log() const {
  std::vector<response::TimedCommand> out;
  for (const auto& c : model_->commands()) {
    if (c.by != response::Actor::doctrine) out.push_back(c);
  }
  return out;
}

}  // namespace ttx::exercise
