#include "sim/core/level_container.h"

#include <algorithm>
#include <stdexcept>

namespace ttx::core {

namespace {
void check_amount(std::int64_t amount, const char* where) {
  if (amount < 0) throw std::invalid_argument(std::string(where) + ": negative amount");
}
}  // namespace

LevelContainer::LevelContainer(std::int64_t initial, std::int64_t capacity, SimTime start)
    : level_(initial),
      initial_(initial),
      capacity_(capacity),
      level_stat_(start, static_cast<double>(initial)),
      empty_stat_(start, initial == 0 ? 1.0 : 0.0) {
  if (initial < 0 || capacity < 0 || initial > capacity) {
    throw std::invalid_argument("LevelContainer: need 0 <= initial <= capacity");
  }
}

void LevelContainer::set_level(std::int64_t level, SimTime now) {
#ifdef TTX_VALIDATE
  // Invariants: never below zero or above capacity; the books balance.
  if (level < 0 || level > capacity_ || level != initial_ + total_in_ - total_out_) {
    throw std::logic_error("LevelContainer: level " + std::to_string(level) + " breaks its invariants");
  }
#endif
  level_ = level;
  level_stat_.set(now, static_cast<double>(level));
  empty_stat_.set(now, level == 0 ? 1.0 : 0.0);
}

bool LevelContainer::try_take(std::int64_t amount, SimTime now) {
  check_amount(amount, "LevelContainer::try_take");
  if (amount > level_ || !queue_.empty()) {  // never jump the queue
    ++shortfalls_;
    return false;
  }
  total_out_ += amount;
  set_level(level_ - amount, now);
  return true;
}

std::int64_t LevelContainer::take_up_to(std::int64_t amount, SimTime now) {
  check_amount(amount, "LevelContainer::take_up_to");
  const std::int64_t taken = queue_.empty() ? std::min(amount, level_) : 0;
  if (taken < amount) ++shortfalls_;
  total_out_ += taken;
  set_level(level_ - taken, now);
  return taken;
}

bool LevelContainer::take_or_wait(std::uint64_t token, std::int64_t amount, SimTime now) {
  check_amount(amount, "LevelContainer::take_or_wait");
  if (amount > capacity_) throw std::invalid_argument("LevelContainer::take_or_wait: more than the capacity, it would wait forever");
  if (queue_.empty() && amount <= level_) {
    total_out_ += amount;
    set_level(level_ - amount, now);
    waits_.add(0.0);
    return true;
  }
  ++shortfalls_;
  queue_.push_back(Waiting{token, amount, now});
  return false;
}

std::int64_t LevelContainer::put(std::int64_t amount, SimTime now, std::vector<Grant>* served) {
  check_amount(amount, "LevelContainer::put");
  const std::int64_t accepted = std::min(amount, capacity_ - level_);
  total_in_ += accepted;
  std::int64_t level = level_ + accepted;
  while (!queue_.empty() && queue_.front().amount <= level) {
    const Waiting& w = queue_.front();
    level -= w.amount;
    total_out_ += w.amount;
    const Duration waited = now - w.since;
    waits_.add(static_cast<double>(waited.count_s()));
    if (served != nullptr) served->push_back(Grant{w.token, waited});
    queue_.pop_front();
  }
  set_level(level, now);
  return accepted;
}

}  // namespace ttx::core
