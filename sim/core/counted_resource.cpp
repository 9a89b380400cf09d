#include "sim/core/counted_resource.h"

#include <algorithm>
#include <stdexcept>

namespace ttx::core {

CountedResource::CountedResource(int capacity, QueueDiscipline discipline, SimTime start)
    : capacity_(capacity), discipline_(discipline), busy_(start, 0.0), queue_len_(start, 0.0) {
  if (capacity < 0) throw std::invalid_argument("CountedResource: negative capacity");
}

bool CountedResource::served_later(const Waiting& a, const Waiting& b) {
  if (a.priority != b.priority) return a.priority > b.priority;
  return a.order > b.order;
}

bool CountedResource::request(std::uint64_t token, SimTime now, std::int32_t priority) {
  if (in_use_ < capacity_) {
    ++in_use_;
    busy_.set(now, in_use_);
    waits_.add(0.0);
    return true;
  }
  const std::int32_t key = discipline_ == QueueDiscipline::priority ? priority : 0;
  queue_.push_back(Waiting{key, next_order_++, token, now});
  std::push_heap(queue_.begin(), queue_.end(), served_later);
  queue_len_.set(now, static_cast<double>(queue_.size()));
  return false;
}

std::optional<Grant> CountedResource::release(SimTime now) {
  if (in_use_ == 0) throw std::logic_error("CountedResource::release: no unit is in use");
  if (queue_.empty()) {
    --in_use_;
    busy_.set(now, in_use_);
    return std::nullopt;
  }
  std::pop_heap(queue_.begin(), queue_.end(), served_later);
  const Waiting next = queue_.back();
  queue_.pop_back();
  queue_len_.set(now, static_cast<double>(queue_.size()));
  const Duration waited = now - next.since;
  waits_.add(static_cast<double>(waited.count_s()));
  return Grant{next.token, waited};
}

bool CountedResource::withdraw(std::uint64_t token, SimTime now) {
  auto it = std::find_if(queue_.begin(), queue_.end(),
                         [&](const Waiting& w) { return w.token == token; });
  if (it == queue_.end()) return false;
  queue_.erase(it);
  std::make_heap(queue_.begin(), queue_.end(), served_later);
  queue_len_.set(now, static_cast<double>(queue_.size()));
  return true;
}

double CountedResource::utilisation(SimTime now) const {
  return capacity_ > 0 ? busy_.mean(now) / capacity_ : 0.0;
}

}  // namespace ttx::core
