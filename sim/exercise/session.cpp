#include "sim/exercise/session.h"

#include <algorithm>

namespace ttx::exercise {

namespace {

bool decision_event(const response::Event& e) {
  return std::holds_alternative<response::ReportDue>(e) || std::holds_alternative<response::InjectDue>(e) ||
         std::holds_alternative<response::TaskDone>(e);
}

bool decision_record(const response::LogEntry& e) {
  using response::LogKind;
  return e.kind == LogKind::level_change || e.kind == LogKind::inject || e.kind == LogKind::rejected;
}

}  // namespace

Session::Session(const world::World& world, const world::Scenario& scenario, SessionOptions options,
                 const std::vector<response::TimedCommand>& replay, std::vector<TimedInject> injects)
    : model_(std::make_unique<response::ResponseModel>(world, scenario, options.replication, options.run)),
      events_(std::make_unique<std::vector<ProcessedEvent>>()) {
  model_->set_event_observer(
      [sink = events_.get()](std::int64_t at_s, const response::Event& e) { sink->push_back({at_s, e}); });
  for (const auto& c : replay) {
    if (c.by != response::Actor::doctrine) model_->schedule(c);
  }
  due_ = std::move(injects);
  std::stable_sort(due_.begin(), due_.end(), [](const TimedInject& a, const TimedInject& b) { return a.at_s > b.at_s; });
}

// A replayed inject is sent as it was live: once every event of its moment has run.
void Session::send_due(std::int64_t t_s) {
  while (!due_.empty() && due_.back().at_s <= t_s) {
    if (model_->now_s() < due_.back().at_s) model_->advance_until(due_.back().at_s);
    finish_moment();
    deliver(due_.back());
    due_.pop_back();
  }
}

void Session::deliver(const TimedInject& sent) {
  sent_.push_back(sent);
  int seq = 0;
  for (const auto& in : model_->msel()) seq = std::max(seq, in.seq);
  model_->add_inject(msel_inject(sent.inject, seq + 1, sent.at_s));
}

core::RunStatus Session::advance_until(std::int64_t t_s, std::uint64_t budget) {
  send_due(std::min(t_s, model_->end_s()));
  return model_->advance_until(t_s, budget);
}

bool Session::step() {
  send_due(model_->now_s());
  return model_->step();
}

std::string Session::send_inject(LiveInject inject, response::Actor by) {
  if (std::string problem = live_inject_problem(inject); !problem.empty()) return problem;
  if (std::string problem = live_inject_unknown_name(inject, model_->world()); !problem.empty()) return problem;
  finish_moment();
  deliver({model_->now_s(), by, std::move(inject)});
  return "";
}

// A command runs after the events of its moment (as it does when the session is
// replayed), so the check must see the state after them: a unit the plan has just
// sent is not free.
void Session::finish_moment() {
  if (model_->now_s() < model_->end_s()) model_->advance_until(model_->now_s());
}

bool Session::step_to_decision(std::uint64_t budget) {
  for (std::uint64_t k = 0; k < budget; ++k) {
    const std::size_t events_before = events_->size();
    const std::size_t log_before = model_->log().size();
    if (!model_->step()) return false;
    for (std::size_t e = events_before; e < events_->size(); ++e) {
      if (decision_event((*events_)[e].event)) return true;
    }
    for (std::size_t l = log_before; l < model_->log().size(); ++l) {
      if (decision_record(model_->log()[l])) return true;
    }
  }
  return false;
}

SubmitResult Session::submit(response::Command command, response::Actor by) {
  finish_moment();
  if (auto why = why_not(command)) return {false, std::move(*why)};
  const std::size_t log_before = model_->log().size();
  model_->submit(by, command);
  // The model has the last word: a refusal it logs for this command at this moment.
  const auto& log = model_->log();
  for (std::size_t k = log_before; k < log.size(); ++k) {
    const response::LogEntry& e = log[k];
    if (e.kind != response::LogKind::rejected || e.by != by || !e.command || !(*e.command == command)) continue;
    Refused r;
    r.refusal = e.refusal;
    r.id = e.refused_id;
    r.asked = e.refused_asked;
    r.unit_state = e.unit_state;
    return {false, r};
  }
  return {};
}

std::vector<ProcessedEvent> Session::take_events() {
  std::vector<ProcessedEvent> out;
  out.swap(*events_);
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
