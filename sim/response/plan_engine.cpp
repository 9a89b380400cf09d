#include "sim/response/plan_engine.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace ttx::response {

namespace {

bool holds(const world::Condition& c, double value) {
  return c.op == world::CompareOp::equals ? value == c.threshold : value >= c.threshold;
}

std::string describe(const world::Condition& c, double value) {
  std::string s = std::string(world::to_string(c.indicator)) + " " + world::indicator_text(c.indicator, value) +
                  (c.op == world::CompareOp::equals ? " == " : " >= ") + world::indicator_text(c.indicator, c.threshold);
  if (c.for_h > 0) s += " for " + std::to_string(static_cast<int>(c.for_h)) + " h";
  return s;
}

}  // namespace

PlanEngine::PlanEngine(const world::World& world, const std::vector<std::string>& plans) {
  for (const auto& id : plans) {
    const world::Plan* found = nullptr;
    for (const auto& p : world.plans) {
      if (p.id == id) found = &p;
    }
    if (found == nullptr) throw std::invalid_argument("PlanEngine: no plan '" + id + "'");
    Tracked t{found, kNoResponse, {}};
    for (const auto& level : found->levels) {
      std::vector<std::vector<std::int64_t>> triggers;
      for (const auto& trigger : level.triggers) triggers.emplace_back(trigger.all_of.size(), -1);
      t.since_s.push_back(std::move(triggers));
    }
    tracked_.push_back(std::move(t));
  }
}

world::ResponseLevel PlanEngine::evaluate(Tracked& t, std::int64_t now_s, const KnownPicture& picture,
                                          std::string& reason) {
  world::ResponseLevel best = kNoResponse;
  const world::Trigger* best_trigger = nullptr;
  for (std::size_t l = 0; l < t.plan->levels.size(); ++l) {
    const world::PlanLevel& level = t.plan->levels[l];
    for (std::size_t k = 0; k < level.triggers.size(); ++k) {
      bool met = true;
      for (std::size_t c = 0; c < level.triggers[k].all_of.size(); ++c) {
        const world::Condition& cond = level.triggers[k].all_of[c];
        std::int64_t& since = t.since_s[l][k][c];
        if (!holds(cond, picture[cond.indicator])) {
          since = -1;
          met = false;
          continue;
        }
        if (since < 0) since = now_s;
        if (now_s - since < static_cast<std::int64_t>(std::llround(cond.for_h * 3600))) met = false;
      }
      if (met && level.level < best) {
        best = level.level;
        best_trigger = &level.triggers[k];
      }
    }
  }
  // The reason is written only for a trigger that is met (the picture changes often).
  if (best_trigger != nullptr && best < t.level) {
    reason.clear();
    for (const auto& cond : best_trigger->all_of) {
      reason += (reason.empty() ? "" : " and ") + describe(cond, picture[cond.indicator]);
    }
  }
  return best;
}

void PlanEngine::update(std::int64_t now_s, const KnownPicture& picture) {
  if (now_s < now_s_) throw std::logic_error("PlanEngine::update: time went back");
  now_s_ = now_s;
  if (evaluated_ && (!due_ || now_s < *due_) && *evaluated_ == picture) return;
  for (auto& t : tracked_) {
    std::string reason;
    const world::ResponseLevel reached = evaluate(t, now_s, picture, reason);
    if (reached < t.level) change(t, now_s, reached, reason);  // levels only rise here
  }
  evaluated_.reset();
  due_ = next_check();
  evaluated_ = picture;
}

void PlanEngine::change(Tracked& t, std::int64_t now_s, world::ResponseLevel to, const std::string& reason) {
  changes_.push_back({now_s, t.plan->id, t.level, to, reason});
  // Every level from the one above the old up to the new mandates its actions.
  for (const auto& level : t.plan->levels) {
    if (level.level >= t.level || level.level < to) continue;
    for (const auto& action : level.actions) {
      actions_.push_back({now_s + static_cast<std::int64_t>(std::llround(action.delay_h * 3600)), t.plan->id,
                          level.level, &action});
    }
  }
  t.level = to;
}

void PlanEngine::set_level(std::int64_t now_s, const std::string& plan, world::ResponseLevel level,
                           const std::string& reason) {
  if (now_s < now_s_) throw std::logic_error("PlanEngine::set_level: time went back");
  now_s_ = now_s;
  level = std::clamp(level, 1, kNoResponse);
  evaluated_.reset();  // triggers that still hold may raise a lowered level again
  for (auto& t : tracked_) {
    if (t.plan->id == plan && t.level != level) change(t, now_s, level, reason);
  }
}

std::optional<std::int64_t> PlanEngine::next_check() const {
  if (evaluated_) return due_;
  std::optional<std::int64_t> next;
  for (const auto& t : tracked_) {
    for (std::size_t l = 0; l < t.plan->levels.size(); ++l) {
      if (t.plan->levels[l].level >= t.level) continue;  // already reached: nothing to wait for
      for (std::size_t k = 0; k < t.since_s[l].size(); ++k) {
        for (std::size_t c = 0; c < t.since_s[l][k].size(); ++c) {
          const std::int64_t since = t.since_s[l][k][c];
          const double for_h = t.plan->levels[l].triggers[k].all_of[c].for_h;
          if (since < 0 || for_h <= 0) continue;
          const std::int64_t due = since + static_cast<std::int64_t>(std::llround(for_h * 3600));
          if (due > now_s_ && (!next || due < *next)) next = due;
        }
      }
    }
  }
  return next;
}

world::ResponseLevel PlanEngine::highest_level() const {
  world::ResponseLevel best = kNoResponse;
  for (const auto& t : tracked_) best = std::min(best, t.level);
  return best;
}

world::ResponseLevel PlanEngine::level(const std::string& plan) const {
  for (const auto& t : tracked_) {
    if (t.plan->id == plan) return t.level;
  }
  throw std::invalid_argument("PlanEngine::level: plan '" + plan + "' is not in force");
}

}  // namespace ttx::response
