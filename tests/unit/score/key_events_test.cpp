// The records the after-action report is made of: the key events of the shipped
// flood, its improvement plan, its hazard figures and the assumptions it rests on.
#include "sim/score/key_events.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "../hazard/shipped_world.h"
#include "sim/score/assumptions_used.h"
#include "sim/score/hazard_facts.h"
#include "sim/score/improvement_plan.h"
#include "sim/score/run_summary.h"
#include "sim/score/scorecard.h"

namespace ttx::score {
namespace {

struct Flood {
  io::ScenarioLoad load = testing_support::shipped_scenario("flood_typhoon_breach");
  std::unique_ptr<response::ResponseModel> model =
      std::make_unique<response::ResponseModel>(load.district.world, load.scenario);
  RunSummary summary = run_and_summarise(*model, model->end_s());
  Scorecard card = score(summary, load.district.world.scoring);
  std::vector<KeyEvent> events = key_events(*model);
};

const Flood& flood() {
  static const Flood f;
  return f;
}

std::vector<const KeyEvent*> of_kind(KeyEventKind k) {
  std::vector<const KeyEvent*> out;
  for (const auto& e : flood().events) {
    if (e.kind == k) out.push_back(&e);
  }
  return out;
}

TEST(ParseTrigger, SplitsConditionsAndRefusesFreeText) {
  const auto c = parse_trigger("warning_typhoon yellow >= yellow and relocated 1765 >= 1000");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].indicator, "warning_typhoon");
  EXPECT_EQ(c[0].value, "yellow");
  EXPECT_EQ(c[1].op, ">=");
  EXPECT_EQ(c[1].threshold, "1000");
  EXPECT_TRUE(parse_trigger("trainee declares it").empty());
  EXPECT_TRUE(parse_trigger("").empty());
}

TEST(KeyEvents, OfTheFloodAreInTimeOrderAndMatchTheSummary) {
  const auto& ev = flood().events;
  ASSERT_FALSE(ev.empty());
  EXPECT_TRUE(std::is_sorted(ev.begin(), ev.end(), [](const KeyEvent& a, const KeyEvent& b) { return a.at_h < b.at_h; }));
  // Every level the summary lists, with its trigger understood.
  const auto levels = of_kind(KeyEventKind::level_raised);
  ASSERT_EQ(levels.size(), flood().summary.levels.size());
  for (std::size_t k = 0; k < levels.size(); ++k) {
    EXPECT_EQ(levels[k]->plan, flood().summary.levels[k].plan);
    EXPECT_EQ(levels[k]->level_to, flood().summary.levels[k].level);
    EXPECT_FALSE(levels[k]->conditions.empty()) << levels[k]->text;
  }
  EXPECT_EQ(levels.front()->level_from, 0) << "the first level starts from no response";
  // One stockout per category that ran out, at the hour the summary gives.
  int ran_out = 0;
  for (const auto& c : flood().summary.categories) ran_out += c.ran_out_h >= 0;
  const auto stockouts = of_kind(KeyEventKind::stockout);
  ASSERT_EQ(static_cast<int>(stockouts.size()), ran_out);
  for (const KeyEvent* e : stockouts) {
    const auto& item = flood().load.district.world.items.at(static_cast<std::size_t>(e->item));
    const auto c = std::find_if(flood().summary.categories.begin(), flood().summary.categories.end(),
                                [&](const CategoryFigures& k) { return k.id == item.id; });
    ASSERT_NE(c, flood().summary.categories.end()) << item.id;
    EXPECT_NEAR(c->ran_out_h, e->at_h, 1e-9) << item.id;
  }
}

TEST(KeyEvents, NameTheFirstUnitAndTheFirstReliefOfEachTown) {
  const auto units = of_kind(KeyEventKind::first_unit);
  ASSERT_FALSE(units.empty());
  for (const KeyEvent* e : units) {
    EXPECT_FALSE(e->unit_zh.empty());
    EXPECT_NEAR(flood().summary.towns.at(static_cast<std::size_t>(e->town)).first_unit_h, e->at_h, 1e-9);
  }
  const auto relief = of_kind(KeyEventKind::first_relief);
  ASSERT_EQ(relief.size(), 1u) << "only Binjiang is flooded";
  EXPECT_EQ(flood().load.district.world.towns.at(static_cast<std::size_t>(relief[0]->town)).id, "binjiang_jd");
  EXPECT_GE(relief[0]->item, 0);
  EXPECT_GT(relief[0]->amount, 0) << "hours after the first displacement";
  // Mutual aid: requested, then arrived with its items.
  const auto asked = of_kind(KeyEventKind::aid_requested), came = of_kind(KeyEventKind::aid_arrived);
  ASSERT_FALSE(asked.empty());
  ASSERT_EQ(asked.size(), came.size());
  // Teams of the aid arrive apart from its stock, with their count of units.
  const auto teams = of_kind(KeyEventKind::aid_teams_arrived);
  ASSERT_FALSE(teams.empty());
  for (const KeyEvent* e : teams) EXPECT_GT(e->amount, 0);
  EXPECT_NEAR(came[0]->at_h - asked[0]->at_h, asked[0]->amount, 0.01);
  EXPECT_GT(came[0]->amount, 0);
  EXPECT_EQ(of_kind(KeyEventKind::reserve).size(), 1u);
  EXPECT_FALSE(of_kind(KeyEventKind::report_city).empty());
}

TEST(ImprovementPlan, HasOneFindingPerMissedFigureWithItsEventsAndOwner) {
  const auto plan = improvement_plan(flood().summary, flood().card, flood().load.district.world.scoring);
  std::size_t missed = 0;
  for (const Part* p : flood().card.parts()) {
    for (const auto& f : p->figures) missed += !f.met;
  }
  ASSERT_EQ(plan.size(), missed);
  for (const auto& f : plan) {
    EXPECT_FALSE(f.evidence.empty()) << f.figure;
    EXPECT_FALSE(f.owner.lead_zh.empty());
    EXPECT_GT(f.owner.deadline_days, 0);
  }
  const auto find = [&](const std::string& id) {
    return std::find_if(plan.begin(), plan.end(), [&](const Finding& f) { return f.figure == id; });
  };
  const auto quilt = find("ran_out_h:relief_quilt");
  ASSERT_NE(quilt, plan.end());
  EXPECT_EQ(quilt->part, 2u);
  EXPECT_EQ(quilt->owner.lead_zh, "区发改委") << "scoring.yaml: improvement.sufficiency.lead";
  EXPECT_EQ(quilt->owner.deadline_days, 90);
  ASSERT_EQ(quilt->evidence.size(), 1u);
  EXPECT_EQ(quilt->evidence[0].kind, EvidenceKind::category_ran_out);
  // The report to the city came late: when it was due and when it was done.
  const auto city = find("deadline:report_district_to_city");
  ASSERT_NE(city, plan.end());
  const Evidence& d = city->evidence.at(0);
  EXPECT_NEAR(d.due_h, d.from_h + 2, 1e-9);
  EXPECT_GT(d.at_h, d.due_h);
  EXPECT_NEAR(city->shortfall, d.at_h - d.due_h, 1e-9);
  // Relief within 10 h fell short in Binjiang, by the share the summary holds.
  const auto relief = find("relief_within_target_share");
  ASSERT_NE(relief, plan.end());
  EXPECT_NEAR(relief->shortfall, 1 - relief->value, 1e-9);
  EXPECT_EQ(flood().summary.towns.at(static_cast<std::size_t>(relief->evidence.at(0).town)).id, "binjiang_jd");
}

TEST(ImprovementPlan, IsEmptyWhenEveryTargetIsMet) {
  RunSummary s;
  s.relief_target_h = 10;
  const Scorecard c = score(s, world::Scoring{});
  EXPECT_TRUE(improvement_plan(s, c, world::Scoring{}).empty());
}

TEST(HazardFacts, OfTheFloodAreItsRainTideAndBreach) {
  const auto facts = hazard_facts(flood().load.scenario);
  const auto value = [&](const std::string& id) {
    for (const auto& f : facts) {
      if (f.id == id) return f.value;
    }
    return -999.0;
  };
  EXPECT_NEAR(value("rain_total_mm"), 435.7, 0.5) << "the scenario file: 436 mm in 72 h";
  EXPECT_NEAR(value("rain_peak_mm_h"), 51.7, 1e-9);
  EXPECT_NEAR(value("water_level_peak_m"), 6.38, 1e-9);
  EXPECT_EQ(value("breach_at_h"), 22);
}

TEST(AssumptionsUsed, AreTheAssumedFiguresOfThePlansAndHazardInForce) {
  const auto list = assumptions_used(flood().load.district.provenance, flood().load.scenario);
  ASSERT_GT(list.size(), 100u);
  std::size_t assumed = 0;
  for (const auto& e : flood().load.district.provenance) assumed += e.kind == world::ProvenanceKind::assumed;
  EXPECT_LT(list.size(), assumed) << "the earthquake's and the ice storm's figures are left out";
  bool scenario_file = false;
  for (const auto& e : list) {
    EXPECT_EQ(e.kind, world::ProvenanceKind::assumed);
    EXPECT_EQ(e.file.find("plans/earthquake.yaml"), std::string::npos);
    EXPECT_EQ(e.field.rfind("hazard_models.earthquake.", 0), std::string::npos) << e.field;
    scenario_file |= e.file.find("flood_typhoon_breach.yaml") != std::string::npos;
  }
  EXPECT_TRUE(scenario_file) << "the scenario's own assumed figures count";
}

}  // namespace
}  // namespace ttx::score
