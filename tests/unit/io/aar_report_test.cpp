// The after-action report of the shipped flood in both languages: every section,
// the scorecard's scores as the terminal prints them, every missed target in the
// improvement plan, nothing fetched from the network, and charts that parse as XML.
#include "sim/io/aar_report.h"

#include <gtest/gtest.h>
#include <libxml/parser.h>

#include <cstdio>
#include <memory>
#include <string>

#include "../hazard/shipped_world.h"
#include "sim/io/aar_format.h"
#include "sim/io/scorecard_text.h"

namespace ttx::io {
namespace {

struct FloodReport {
  ScenarioLoad load = testing_support::shipped_scenario("flood_typhoon_breach");
  std::unique_ptr<response::ResponseModel> model =
      std::make_unique<response::ResponseModel>(load.district.world, load.scenario);
  score::RunSummary summary = score::run_and_summarise(*model, model->end_s());
  score::Scorecard card = score::score(summary, load.district.world.scoring);
  AarInput input = aar_input(*model, summary, card, load.district.provenance);
  std::string zh = aar_report_html(input, Lang::zh);
  std::string en = aar_report_html(input, Lang::en);
};

const FloodReport& flood() {
  static const FloodReport r;
  return r;
}

std::string section(const std::string& html, const std::string& id) {
  const auto at = html.find("<section class=\"page\" id=\"" + id + "\"");
  if (at == std::string::npos) return "";
  return html.substr(at, html.find("</section>", at) - at);
}

class BothLanguages : public ::testing::TestWithParam<Lang> {
 protected:
  const std::string& html() const { return GetParam() == Lang::zh ? flood().zh : flood().en; }
  std::string_view t(std::string_view key) const { return tr(GetParam(), key); }
};

TEST_P(BothLanguages, HasEverySectionHeading) {
  for (const char* key : {"sec.overview", "sec.timeline", "sec.goals", "sec.problems", "sec.lessons", "sec.improve",
                          "sec.annex_towns", "sec.annex_stock", "sec.annex_units", "sec.annex_assumptions"}) {
    ASSERT_TRUE(has_text(key)) << key;
    EXPECT_NE(html().find(">" + std::string(t(key)) + "</h"), std::string::npos) << key;
  }
  EXPECT_NE(html().find(GetParam() == Lang::zh ? "<html lang=\"zh-CN\">" : "<html lang=\"en\">"), std::string::npos);
}

TEST_P(BothLanguages, ShowsEachScoreAsTheTerminalScorecardPrintsIt) {
  const std::string text = scorecard_text(flood().card, GetParam());
  const std::string goals = section(html(), "goals");
  ASSERT_FALSE(goals.empty());
  for (const score::Part* p : flood().card.parts()) {
    char printed[16];
    std::snprintf(printed, sizeof printed, "%5.1f", p->score);
    ASSERT_NE(text.find(printed), std::string::npos) << p->id;
    std::string score = printed;
    score.erase(0, score.find_first_not_of(' '));
    EXPECT_NE(goals.find(" — " + score + " <span class=\"badge r-" + static_cast<char>(p->rating)), std::string::npos)
        << p->id << " " << score;
  }
  char overall[16];
  std::snprintf(overall, sizeof overall, "%.1f", flood().card.overall);
  EXPECT_NE(html().find("<div class=\"v\">" + std::string(overall) + "</div>"), std::string::npos);
}

TEST_P(BothLanguages, ListsEveryMissedTargetInTheImprovementPlan) {
  const aar::Ctx c{flood().input, GetParam()};
  const std::string plan = section(html(), "improvement");
  ASSERT_FALSE(plan.empty());
  int missed = 0;
  for (const score::Part* p : flood().card.parts()) {
    for (const auto& f : p->figures) {
      if (f.met) continue;
      ++missed;
      EXPECT_NE(plan.find(aar::esc(aar::figure_label(c, f.id))), std::string::npos) << f.id;
    }
  }
  EXPECT_GT(missed, 0) << "the shipped flood misses targets: its stock runs out";
  EXPECT_EQ(static_cast<int>(flood().input.findings.size()), missed);
  // One row per finding, each with its responsible unit and deadline.
  std::size_t rows = 0;
  for (std::size_t at = plan.find("<tr><td>"); at != std::string::npos; at = plan.find("<tr><td>", at + 1)) ++rows;
  EXPECT_EQ(rows, static_cast<std::size_t>(missed));
  EXPECT_NE(plan.find(GetParam() == Lang::zh ? "区发改委" : "District Development and Reform Commission"),
            std::string::npos) << "the stock's owner from scoring.yaml";
  EXPECT_NE(plan.find(aar::esc(fill(t("lbl.days"), {"90"}))), std::string::npos);
}

TEST_P(BothLanguages, FetchesNothingFromTheNetwork) {
  EXPECT_EQ(html().find("http://"), std::string::npos);
  EXPECT_EQ(html().find("https://"), std::string::npos);
  EXPECT_EQ(html().find("<script"), std::string::npos);
  EXPECT_EQ(html().find("<link"), std::string::npos);
  EXPECT_EQ(html().find("url("), std::string::npos);
  EXPECT_EQ(html().find("@font-face"), std::string::npos);
}

TEST_P(BothLanguages, ItsChartsAreWellFormedXml) {
  int charts = 0;
  for (std::size_t at = html().find("<svg"); at != std::string::npos; at = html().find("<svg", at + 1)) {
    const auto end = html().find("</svg>", at);
    ASSERT_NE(end, std::string::npos);
    const std::string svg = html().substr(at, end + 6 - at);
    xmlDocPtr doc = xmlReadMemory(svg.data(), static_cast<int>(svg.size()), "chart.svg", "UTF-8", XML_PARSE_NONET);
    EXPECT_NE(doc, nullptr) << svg.substr(0, 300);
    if (doc != nullptr) {
      const xmlNode* root = xmlDocGetRootElement(doc);
      EXPECT_STREQ(reinterpret_cast<const char*>(root->name), "svg");
      int paths = 0;
      for (const xmlNode* n = root->children; n != nullptr; n = n->next) {
        paths += n->type == XML_ELEMENT_NODE && std::string(reinterpret_cast<const char*>(n->name)) == "path";
      }
      EXPECT_GE(paths, 1) << "every chart draws a line";
      xmlFreeDoc(doc);
    }
    ++charts;
  }
  // displaced and supplied, units on a task, and a chart per category up to eight.
  EXPECT_EQ(charts, 2 + static_cast<int>(std::min<std::size_t>(8, flood().summary.categories.size())));
}

TEST_P(BothLanguages, OpensAndClosesItsElementsInPairs) {
  for (const char* tag : {"section", "table", "tr", "svg", "ol", "ul", "div"}) {
    std::size_t open = 0, close = 0;
    for (std::size_t at = html().find(std::string("<") + tag); at != std::string::npos; at = html().find(std::string("<") + tag, at + 1)) {
      const char next = html()[at + 1 + std::string(tag).size()];
      open += next == ' ' || next == '>';
    }
    for (std::size_t at = html().find(std::string("</") + tag + ">"); at != std::string::npos;
         at = html().find(std::string("</") + tag + ">", at + 1)) {
      ++close;
    }
    EXPECT_EQ(open, close) << tag;
  }
}

TEST_P(BothLanguages, NamesPlacesAndItemsInItsLanguageNotById) {
  const bool zh = GetParam() == Lang::zh;
  EXPECT_NE(html().find(zh ? "滨江街道" : "Binjiang Subdistrict"), std::string::npos);
  EXPECT_NE(html().find(zh ? "棉被" : "Quilt"), std::string::npos);
  const std::string body = html().substr(html().find("<body>"));
  const std::string visible = body.substr(0, body.find("id=\"annex-assumptions\""));  // the notes cite fields by path
  for (const char* id : {"binjiang_jd", "relief_quilt", "flood_control", "natural_disaster_relief", "warning_typhoon"}) {
    EXPECT_EQ(visible.find(id), std::string::npos) << id;
  }
  EXPECT_NE(html().find("T+22:10"), std::string::npos) << "times as T+HH:MM";
}

TEST_P(BothLanguages, ListsTheAssumedFiguresTheRunDependedOn) {
  const std::string notes = section(html(), "annex-assumptions");
  const auto& list = flood().input.assumptions;
  ASSERT_GT(list.size(), 100u);
  EXPECT_NE(notes.find(std::to_string(list.size())), std::string::npos) << "the count";
  EXPECT_NE(notes.find("scenarios/flood_typhoon_breach.yaml:35"), std::string::npos) << "file:line of the breach time";
  EXPECT_NE(notes.find("most likely at the peak of the surge"), std::string::npos) << "its reason";
}

// Every figure explains itself: each finding's evidence links to its record's row of
// the timeline, and the record behind a town's relief is that town's delivery.
TEST_P(BothLanguages, LinksEachFindingsEvidenceToItsRowOfTheTimeline) {
  const std::string& h = html();
  std::size_t links = 0;
  for (std::size_t at = h.find("href=\"#ev-"); at != std::string::npos; at = h.find("href=\"#ev-", at + 1)) {
    const std::string id = h.substr(at + 7, h.find('"', at + 7) - at - 7);
    EXPECT_NE(h.find("id=\"" + id + "\""), std::string::npos) << id << " links to no row";
    ++links;
  }
  EXPECT_GT(links, 0u);
  const auto& log = flood().model->log();
  bool relief = false;
  for (const auto& f : flood().input.findings) {
    if (f.figure != "relief_within_target_share") continue;
    for (const auto& e : f.evidence) {
      ASSERT_GE(e.event, 0);
      const auto& record = log[static_cast<std::size_t>(e.event)];
      EXPECT_EQ(record.kind, response::LogKind::relief_delivered);
      EXPECT_EQ(flood().summary.towns[static_cast<std::size_t>(e.town)].id, flood().load.district.world.towns[record.town].id);
      EXPECT_NE(h.find("href=\"#ev-" + std::to_string(e.event) + "\""), std::string::npos);
      relief = true;
    }
  }
  EXPECT_TRUE(relief) << "the flood misses its relief target";
}

INSTANTIATE_TEST_SUITE_P(Report, BothLanguages, ::testing::Values(Lang::zh, Lang::en),
                         [](const auto& info) { return info.param == Lang::zh ? "zh" : "en"; });

// Every key looked up in the phrase table was found: none shows as "lbl.…" and the like.
void expect_no_missing_phrases(const std::string& html, const std::string& what) {
  for (const char* prefix : {">lbl.", ">ev.", ">fig.", ">fix.", ">txt.", ">sec.", ">haz.", ">ind.", ">part.", ">rating.",
                             ">hazard.", ">kf.", ">unit.", ">val.", " lbl.", " fix.", " fig."}) {
    EXPECT_EQ(html.find(prefix), std::string::npos) << what << ": " << prefix;
  }
}

TEST(Report, OfEachShippedScenarioIsCompleteInBothLanguages) {
  for (const char* name : {"earthquake_m6_onshore", "freezing_rain_2008", "drill_incidents", "flood_typhoon_breach"}) {
    const ScenarioLoad load = testing_support::shipped_scenario(name);
    response::ResponseModel model(load.district.world, load.scenario);
    const score::RunSummary summary = score::run_and_summarise(model, model.end_s());
    const score::Scorecard card = score::score(summary, load.district.world.scoring);
    const AarInput input = aar_input(model, summary, card, load.district.provenance);
    EXPECT_FALSE(input.hazard.empty()) << name;
    for (Lang lang : {Lang::zh, Lang::en}) {
      const std::string html = aar_report_html(input, lang);
      expect_no_missing_phrases(html, name);
      EXPECT_NE(html.find("id=\"improvement\""), std::string::npos) << name;
      EXPECT_EQ(html.find("http"), std::string::npos) << name;
    }
  }
}

// A trainee's declaration is shown beside the plan's own level at that moment.
TEST(Report, ShowsTheLevelsTheDutyOfficerDeclared) {
  const ScenarioLoad load = testing_support::shipped_scenario("flood_typhoon_breach");
  response::RunOptions trainee;
  trainee.doctrine = false;
  response::ResponseModel model(load.district.world, load.scenario, 0, trainee);
  model.schedule({3600, response::Actor::trainee, response::SetLevel{"flood_control", 2}});
  const score::RunSummary summary = score::run_and_summarise(model, 2 * 3600);
  ASSERT_EQ(summary.declared.size(), 1u);
  EXPECT_EQ(summary.declared[0].level, 2);
  EXPECT_EQ(summary.declared[0].plan_level, 4) << "the typhoon blue warning: the plan is at IV";
  EXPECT_EQ(summary.declared[0].by, "trainee");
  const score::Scorecard card = score::score(summary, load.district.world.scoring);
  const AarInput input = aar_input(model, summary, card, load.district.provenance);
  const std::string zh = aar_report_html(input, Lang::zh), en = aar_report_html(input, Lang::en);
  EXPECT_NE(zh.find(std::string(tr(Lang::zh, "sec.declared"))), std::string::npos);
  EXPECT_NE(zh.find("<td>II级</td><td>IV级 ⚠</td><td>值班员（学员）</td>"), std::string::npos) << "declared II beside the plan's IV";
  EXPECT_NE(en.find("<td>level II</td><td>level IV ⚠</td>"), std::string::npos);
  EXPECT_EQ(zh.find(std::string(tr(Lang::zh, "txt.none_declared"))), std::string::npos);
  EXPECT_NE(flood().zh.find(std::string(tr(Lang::zh, "txt.none_declared"))), std::string::npos) << "by the book: none declared";
}

TEST(Report, OfARunWithNothingMissedSaysNoCorrectiveActionIsNeeded) {
  const ScenarioLoad load = testing_support::shipped_scenario("flood_typhoon_breach");
  response::ResponseModel model(load.district.world, load.scenario);
  const score::RunSummary summary = score::run_and_summarise(model, 3600);  // an hour in: nothing has happened yet
  const score::Scorecard card = score::score(summary, load.district.world.scoring);
  const AarInput input = aar_input(model, summary, card, load.district.provenance);
  ASSERT_TRUE(input.findings.empty());
  for (Lang lang : {Lang::zh, Lang::en}) {
    const std::string html = aar_report_html(input, lang);
    EXPECT_NE(section(html, "improvement").find(std::string(tr(lang, "lbl.none_missed"))), std::string::npos);
    EXPECT_NE(section(html, "problems").find(std::string(tr(lang, "txt.no_problems"))), std::string::npos);
    EXPECT_EQ(html.find("class=\"missrow\""), std::string::npos) << "no row marked missed";
    expect_no_missing_phrases(html, "one hour");
  }
}

TEST(ReportText, FillsItsPatternsInOrder) {
  EXPECT_EQ(fill("{} of {}", {"3", "4"}), "3 of 4");
  EXPECT_EQ(fill("{}{}", {"a"}), "a{}") << "a missing argument leaves the gap visible";
  EXPECT_EQ(tr(Lang::zh, "no.such.key"), "no.such.key");
}

}  // namespace
}  // namespace ttx::io
