// Chinese text the console draws from its own strings (not from data), handed to
// the font loader so every glyph is in the atlas.
#pragma once

namespace ttx::gui {

inline constexpr const char* kTitleZh = "海门区应急演练与灾害模拟";
inline constexpr const char* kStockMottoZh = "拿得出、调得快";

/// All of the above, concatenated, for ImFontGlyphRangesBuilder::AddText.
inline constexpr const char* kUiChineseGlyphs = "海门区应急演练与灾害模拟拿得出、调得快";

}  // namespace ttx::gui
