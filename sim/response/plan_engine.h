// The plan engine: evaluates each plan in force on the known picture, raises its
// response level when any trigger of a higher level is met (conditions with for_h
// must hold that long), and mandates the actions of every level reached — a higher
// level includes the lower ones' actions — each due after its delay.
//
// Levels are only raised by triggers; lowering is a decision (the headquarters
// ends the response when the situation is stable) and comes as a command through
// set_level — after which triggers that still hold raise the level again.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sim/response/known_picture.h"
#include "sim/world/world.h"

namespace ttx::response {

inline constexpr world::ResponseLevel kNoResponse = 5;  ///< below IV: no response started

struct LevelChange {
  std::int64_t at_s = 0;
  std::string plan;
  world::ResponseLevel from = kNoResponse, to = kNoResponse;
  std::string reason;  ///< the trigger met, e.g. "dead_missing 12 >= 10"
};

struct MandatedAction {
  std::int64_t due_s = 0;
  std::string plan;
  world::ResponseLevel level = kNoResponse;  ///< the level that mandates it
  const world::Action* action = nullptr;     ///< into the world's plan data
};

class PlanEngine {
 public:
  /// `plans` are the ids of the plans in force (each must exist in `world`).
  PlanEngine(const world::World& world, const std::vector<std::string>& plans);

  /// The picture as known at `now_s` (times must not go back).
  void update(std::int64_t now_s, const KnownPicture& picture);
  /// When a condition that must hold for a while would complete, if nothing changes:
  /// the caller re-evaluates then.
  std::optional<std::int64_t> next_check() const;

  /// A level declared by command at `now_s` (raise or lower; kNoResponse ends the
  /// response). Raising mandates the actions of the levels passed, as a trigger does.
  void set_level(std::int64_t now_s, const std::string& plan, world::ResponseLevel level, const std::string& reason);

  world::ResponseLevel level(const std::string& plan) const;
  /// The highest level of any plan in force (kNoResponse if none started).
  world::ResponseLevel highest_level() const;
  const std::vector<LevelChange>& changes() const { return changes_; }
  const std::vector<MandatedAction>& actions() const { return actions_; }

 private:
  struct Tracked {
    const world::Plan* plan;
    world::ResponseLevel level = kNoResponse;
    // since_s[level index][trigger][condition]: when the condition began to hold, or -1.
    std::vector<std::vector<std::vector<std::int64_t>>> since_s;
  };
  /// The most urgent level whose trigger holds at `now_s`, with the reason.
  world::ResponseLevel evaluate(Tracked& t, std::int64_t now_s, const KnownPicture& picture, std::string& reason);
  void change(Tracked& t, std::int64_t now_s, world::ResponseLevel to, const std::string& reason);

  std::vector<Tracked> tracked_;
  std::vector<LevelChange> changes_;
  std::vector<MandatedAction> actions_;
  std::int64_t now_s_ = 0;
  // The picture last evaluated and, then, the earliest time a condition that must hold
  // a while would complete: the same picture before that time changes nothing.
  std::optional<KnownPicture> evaluated_;
  std::optional<std::int64_t> due_;
};

}  // namespace ttx::response
