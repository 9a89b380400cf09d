// The after-action report rendered by headless Chromium (Debian's `chromium`), in
// both languages: the page is not blank, and the Chinese one shows real CJK glyphs,
// not the empty boxes of a missing font.
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include <SFML/Graphics/Image.hpp>

#include "sim/batch/batch_answer.h"
#include "sim/batch/batch_runner.h"
#include "sim/io/aar_report.h"
#include "sim/io/batch_report.h"
#include "sim/io/scenario_loader.h"

namespace {

namespace fs = std::filesystem;
using ttx::io::Lang;

bool have_chromium() { return std::system("command -v chromium >/dev/null 2>&1") == 0; }

fs::path work_dir() {
  const fs::path dir = fs::path(::testing::TempDir()) / ("ttx_report_render_" + std::to_string(getpid()));
  fs::create_directories(dir);
  return dir;
}

void write(const fs::path& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

// Renders `html` at A4 proportions (1240 x 1754 px) and loads the screenshot.
sf::Image render(const std::string& html, const std::string& name) {
  const fs::path dir = work_dir(), page = dir / (name + ".html"), png = dir / (name + ".png");
  write(page, html);
  fs::remove(png);
  const std::string cmd = "timeout 120 chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars "
                          "--no-first-run --user-data-dir=" + (dir / ("profile_" + name)).string() +
                          " --window-size=1240,1754 --screenshot=" + png.string() + " file://" + page.string() +
                          " > " + (dir / (name + ".log")).string() + " 2>&1";
  const int status = std::system(cmd.c_str());
  fs::remove_all(dir / ("profile_" + name));
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << cmd;
  sf::Image image;
  EXPECT_TRUE(image.loadFromFile(png.string())) << "no screenshot from: " << cmd;
  return image;
}

// Pixels darker than near-white in the rows [y0, y1).
long ink(const sf::Image& image, unsigned y0, unsigned y1) {
  long n = 0;
  const auto size = image.getSize();
  for (unsigned y = y0; y < std::min(y1, size.y); ++y) {
    for (unsigned x = 0; x < size.x; ++x) {
      const sf::Color c = image.getPixel(x, y);
      n += c.r + c.g + c.b < 3 * 235;
    }
  }
  return n;
}

long differing(const sf::Image& a, const sf::Image& b) {
  long n = 0;
  for (unsigned y = 0; y < std::min(a.getSize().y, b.getSize().y); ++y) {
    for (unsigned x = 0; x < std::min(a.getSize().x, b.getSize().x); ++x) n += a.getPixel(x, y) != b.getPixel(x, y);
  }
  return n;
}

// The text with every character of the CJK Unified Ideographs (U+4E00–U+9FFF) turned into
// an ideographic space (U+3000): the same layout, without the Chinese ink.
std::string without_cjk(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0xE4 && c <= 0xE9 && i + 2 < s.size()) {
      i += 2;
      out += "\u3000";
      continue;
    }
    out += s[i];
  }
  return out;
}

struct Reports {
  ttx::io::ScenarioLoad load = ttx::io::load_scenario(std::string(TTX_SOURCE_DIR) + "/scenarios/flood_typhoon_breach.yaml");
  std::unique_ptr<ttx::response::ResponseModel> model =
      std::make_unique<ttx::response::ResponseModel>(load.district.world, load.scenario);
  ttx::score::RunSummary summary = ttx::score::run_and_summarise(*model, model->end_s());
  ttx::score::Scorecard card = ttx::score::score(summary, load.district.world.scoring);
  ttx::io::AarInput input = ttx::io::aar_input(*model, summary, card, load.district.provenance);
  std::string html(Lang lang) const { return ttx::io::aar_report_html(input, lang); }
};

const Reports& reports() {
  static const Reports r;
  return r;
}

class ReportInChromium : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(have_chromium()) << "chromium is not installed: scripts/setup installs it (Debian package 'chromium'); "
                                    "the report's rendering cannot be checked without it";
    ASSERT_TRUE(reports().load.ok());
  }
};

TEST_F(ReportInChromium, BothLanguagesRenderAFirstPageThatIsNotBlank) {
  for (Lang lang : {Lang::en, Lang::zh}) {
    const std::string name = lang == Lang::zh ? "zh" : "en";
    const sf::Image page = render(reports().html(lang), name);
    ASSERT_EQ(page.getSize().x, 1240u) << name;
    const long total = ink(page, 0, page.getSize().y);
    // Text, tiles, tables and a chart: well over 1% of the page is ink, and not all of it.
    EXPECT_GT(total, 1240L * 1754 / 100) << name;
    EXPECT_LT(total, 1240L * 1754 / 2) << name;
    EXPECT_GT(ink(page, 40, 200), 2000) << name << ": the title block";
  }
}

TEST_F(ReportInChromium, TheChineseReportShowsCjkGlyphs) {
  const std::string zh = reports().html(Lang::zh);
  const sf::Image full = render(zh, "zh_full"), stripped = render(without_cjk(zh), "zh_stripped");
  // The title block is Chinese: without its characters it holds little ink.
  EXPECT_GT(ink(full, 40, 200), 2 * ink(stripped, 40, 200) + 1000);
  // A missing font draws every character as the same box: real glyphs differ from it.
  const std::string style = "<style>body{margin:0;background:#fff}p{font:64px \"WenQuanYi Micro Hei\",\"Noto Sans CJK SC\",sans-serif;margin:40px}</style>";
  const sf::Image glyphs = render("<!DOCTYPE html><meta charset=\"utf-8\">" + style + "<p>演练评估报告</p>", "glyphs");
  const sf::Image boxes = render("<!DOCTYPE html><meta charset=\"utf-8\">" + style + "<p>\U000F0001\U000F0002\U000F0003\U000F0004\U000F0005\U000F0006</p>", "boxes");
  EXPECT_GT(ink(glyphs, 0, 300), 3000) << "the glyphs have ink";
  EXPECT_GT(differing(glyphs, boxes), 3000) << "the CJK text renders as the missing-glyph box: is fonts-wqy-microhei installed?";
}

// The batch report (`ttx batch --report`): 20 replications of the flood with a what-if,
// the same checks as the one-run report's first page.
const ttx::batch::BatchAnswer& batch_answer() {
  static const ttx::batch::BatchAnswer a = [] {
    ttx::batch::RunRequest q;
    q.scenario = std::string(TTX_SOURCE_DIR) + "/scenarios/flood_typhoon_breach.yaml";
    q.plan.replications = 20;
    q.plan.compare = true;
    q.plan.vs = {"depots.district_warehouse.bays=4"};
    q.range = {0, 20};
    q.threads = 2;
    const ttx::batch::RunOutcome out = ttx::batch::run_batch(q);
    EXPECT_TRUE(out.ok());
    return ttx::batch::answer(out.result);
  }();
  return a;
}

TEST_F(ReportInChromium, TheBatchReportRendersInBothLanguagesWithATitleBlockAndCharts) {
  ASSERT_EQ(batch_answer().configurations.size(), 2u);
  for (Lang lang : {Lang::en, Lang::zh}) {
    const std::string name = lang == Lang::zh ? "batch_zh" : "batch_en";
    const std::string html = ttx::io::batch_report_html(batch_answer(), lang);
    const sf::Image page = render(html, name);
    ASSERT_EQ(page.getSize().x, 1240u) << name;
    const long total = ink(page, 0, page.getSize().y);
    EXPECT_GT(total, 1240L * 1754 / 100) << name << ": text, tiles and charts";
    EXPECT_LT(total, 1240L * 1754 / 2) << name;
    EXPECT_GT(ink(page, 40, 200), 2000) << name << ": the title block";
    if (lang == Lang::zh) {
      const sf::Image stripped = render(without_cjk(html), name + "_stripped");
      EXPECT_GT(ink(page, 40, 200), 2 * ink(stripped, 40, 200) + 1000) << "the title block is Chinese, in real glyphs";
    }
  }
}

}  // namespace
