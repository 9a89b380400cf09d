// Columns of text on a terminal: Chinese characters take two, so tables line up
// only when padding counts display columns, not bytes.
#pragma once

#include <string>
#include <string_view>

namespace ttx::io {

/// Display columns of UTF-8 text (East Asian wide and full-width characters count 2).
int display_width(std::string_view utf8);
/// `text` padded with spaces to `width` columns (on the left when `right`); longer text is kept whole.
std::string pad(std::string_view text, int width, bool right = false);

}  // namespace ttx::io
