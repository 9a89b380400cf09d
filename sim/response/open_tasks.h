// The known open tasks in the order the dispatcher takes them: class (life-saving
// first), then when each became known, then the task. A sorted vector rather than a
// tree: every look of the dispatcher walks the whole list, while tasks become known
// or finish far less often.
#pragma once

#include <algorithm>
#include <cstdint>
#include <tuple>
#include <vector>

namespace ttx::response {

struct OpenTask {
  std::uint8_t cls = 0;
  std::int64_t known_s = 0;
  std::uint32_t task = 0;
  std::uint32_t skill = 0;  ///< carried along: a look passes over a skill nobody is free for without reading the task

  bool operator<(const OpenTask& o) const { return std::tie(cls, known_s, task) < std::tie(o.cls, o.known_s, o.task); }
};

class OpenTasks {
 public:
  /// Adds the task unless it is already listed.
  void insert(const OpenTask& t) {
    const auto at = std::lower_bound(list_.begin(), list_.end(), t);
    if (at != list_.end() && !(t < *at)) return;
    list_.insert(at, t);
    ++changes_;
  }
  /// Removes the task with t's class, time and index, if listed.
  void erase(const OpenTask& t) {
    const auto at = std::lower_bound(list_.begin(), list_.end(), t);
    if (at == list_.end() || t < *at) return;
    list_.erase(at);
    ++changes_;
  }
  std::size_t size() const { return list_.size(); }
  const OpenTask& operator[](std::size_t k) const { return list_[k]; }
  auto begin() const { return list_.begin(); }
  auto end() const { return list_.end(); }
  /// Counts every insertion and removal: a walk can tell that the list changed under it.
  std::uint64_t changes() const { return changes_; }

 private:
  std::vector<OpenTask> list_;
  std::uint64_t changes_ = 0;
};

}  // namespace ttx::response
