#include "sim/io/diagnostic.h"

namespace ttx::io {

std::string format(const Diagnostic& d) {
  std::string out = d.file;
  if (d.line > 0) {
    out += ':' + std::to_string(d.line);
    if (d.column > 0) out += ':' + std::to_string(d.column);
  }
  out += ": ";
  if (!d.field.empty()) out += d.field + ": ";
  out += d.message;
  return out;
}

void Diagnostics::add(Diagnostic d) {
  if (list_.size() >= kMaxRecorded) {
    ++dropped_;
    return;
  }
  list_.push_back(std::move(d));
}

void Diagnostics::append(const Diagnostics& other) {
  for (const auto& d : other.list_) add(d);
  dropped_ += other.dropped_;
}

}  // namespace ttx::io
