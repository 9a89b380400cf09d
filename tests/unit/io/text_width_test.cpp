// Terminal tables line up when Chinese characters count two columns.
#include "sim/io/text_width.h"

#include <gtest/gtest.h>

namespace ttx::io {
namespace {

TEST(TextWidth, ChineseCharactersTakeTwoColumnsAndAsciiOne) {
  EXPECT_EQ(display_width("changle"), 7);
  EXPECT_EQ(display_width("滨江街道"), 8);
  EXPECT_EQ(display_width("棉被（件）"), 10) << "full-width brackets are wide too";
  EXPECT_EQ(display_width("T+22:10 m³"), 10) << "a superscript is narrow";
}

TEST(TextWidth, PaddingFillsToTheColumnsOnEitherSide) {
  EXPECT_EQ(pad("滨江街道", 10), "滨江街道  ");
  EXPECT_EQ(pad("12", 5, true), "   12");
  EXPECT_EQ(pad("海门街道三厂街道", 4), "海门街道三厂街道") << "longer text is kept whole";
}

}  // namespace
}  // namespace ttx::io
