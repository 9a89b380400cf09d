// "did you mean ...?" suggestions for misspelt keys, ids and names.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ttx::io {

/// Edit distance (insert, delete, substitute: cost 1 each) between two byte strings.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The closest candidate if it is close enough to be a likely typo, else "".
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

/// " (did you mean 'x'?)" or "" — ready to append to a message.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace ttx::io
