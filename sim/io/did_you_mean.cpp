#include "sim/io/did_you_mean.h"

#include <algorithm>
#include <numeric>

namespace ttx::io {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates) {
  // No key or id is this long, and among so many candidates a near miss says
  // little: skipping them keeps the search's cost bounded on hostile input.
  constexpr std::size_t kLongestWord = 100, kMostCandidates = 1000;
  if (word.size() > kLongestWord || candidates.size() > kMostCandidates) return "";
  std::string best;
  std::size_t best_d = static_cast<std::size_t>(-1);
  for (const auto& c : candidates) {
    const std::size_t d = edit_distance(word, c);
    if (d < best_d) best_d = d, best = c;
  }
  // A typo changes a few characters: allow about a third of the word, at least 2.
  const std::size_t limit = std::max<std::size_t>(2, word.size() / 3);
  return best_d <= limit && best_d < word.size() ? best : std::string();
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  const std::string m = closest_match(word, candidates);
  return m.empty() ? std::string() : " (did you mean '" + m + "'?)";
}

}  // namespace ttx::io
