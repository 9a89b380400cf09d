// Problems found in user data, reported as `file:line:column: field: message`.
// Loaders collect every problem they can find in one pass; they never throw for
// bad input (DESIGN §6).
#pragma once

#include <string>
#include <vector>

namespace ttx::io {

struct Diagnostic {
  std::string file;
  int line = 0;    ///< 1-based; 0 when the problem is about the whole file
  int column = 0;  ///< 1-based; 0 when unknown
  std::string field;
  std::string message;
};

/// "towns.yaml:41:7: towns[changle].population: expected a positive number, got -3"
std::string format(const Diagnostic& d);

class Diagnostics {
 public:
  /// Stops recording after this many, so a broken 1 GB file cannot flood the terminal.
  static constexpr std::size_t kMaxRecorded = 500;

  void add(Diagnostic d);
  void add(std::string file, int line, int column, std::string field, std::string message) {
    add(Diagnostic{std::move(file), line, column, std::move(field), std::move(message)});
  }
  /// Counts a problem without recording it (past the cap).
  void add_dropped(std::size_t n = 1) { dropped_ += n; }
  /// Adds every problem of `other`, and its dropped count.
  void append(const Diagnostics& other);
  bool full() const { return list_.size() >= kMaxRecorded; }
  bool empty() const { return list_.empty() && dropped_ == 0; }
  std::size_t size() const { return list_.size(); }
  std::size_t dropped() const { return dropped_; }
  const std::vector<Diagnostic>& list() const { return list_; }

 private:
  std::vector<Diagnostic> list_;
  std::size_t dropped_ = 0;
};

}  // namespace ttx::io
