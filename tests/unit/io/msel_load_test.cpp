// The MSEL of a scenario: read in full, and every mistake named by file, line and field.
#include <gtest/gtest.h>

#include "../hazard/shipped_world.h"
#include "sim/io/scenario_loader.h"

namespace ttx::io {
namespace {

const char* kHead =
    "scenario:\n"
    "  id: t\n"
    "  name_zh: 测试\n"
    "  name_en: test\n"
    "  district: haimen\n"
    "  plans: [natural_disaster_relief]\n"
    "  duration_h: 24\n"
    "  seed: 1\n"
    "hazard:\n"
    "  type: incidents\n"
    "  incidents_per_h: {value: 1, assumed: \"test\"}\n"
    "  share_trapped: {value: 0.2, assumed: \"test\"}\n"
    "  share_injured: {value: 0.3, assumed: \"test\"}\n"
    "  share_relief: {value: 0.5, assumed: \"test\"}\n"
    "msel:\n";  // the MSEL starts on line 16

const char* kInject =
    "  - seq: 1\n"                                                                     // 16
    "    at: \"T+01:00\"\n"                                                            // 17
    "    type: event\n"                                                                // 18
    "    delivery: phone\n"                                                            // 19
    "    from: 常乐镇\n"                                                               // 20
    "    to: town:changle\n"                                                           // 21
    "    message_zh: 桥梁垮塌\n"                                                       // 22
    "    message_en: a bridge is down\n"                                               // 23
    "    expected_action: {kind: dispatch, team_type: fire_rescue, town: changle, within_h: 2}\n"  // 24
    "    objective: 生命救援\n"                                                        // 25
    "    capability: 搜索救援\n"                                                       // 26
    "    controller: 导调组\n"                                                         // 27
    "    effects:\n"                                                                   // 28
    "      - {kind: cut_road, from: haiyong, to: linjiang}\n"                          // 29
    "  - seq: 2\n"                                                                     // 30
    "    if_missed: 1\n"                                                               // 31
    "    type: information\n"
    "    delivery: phone\n"
    "    from: 常乐镇\n"
    "    to: duty_officer\n"
    "    message_zh: 催办\n"
    "    message_en: hurry\n"
    "    controller: 导调组\n";

ScenarioLoad load(std::string text) {
  return load_scenario_text("t.yaml", std::move(text), &testing_support::shipped_world());
}

std::string first_problem(const std::string& from, const std::string& to) {
  std::string text = std::string(kHead) + kInject;
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  text.replace(at, from.size(), to);
  const auto l = load(text);
  return l.district.diagnostics.empty() ? "" : format(l.district.diagnostics.list()[0]);
}

TEST(MselLoad, ReadsEveryColumn) {
  const auto l = load(std::string(kHead) + kInject);
  for (const auto& d : l.district.diagnostics.list()) ADD_FAILURE() << format(d);
  ASSERT_EQ(l.scenario.injects.size(), 2u);
  const auto& in = l.scenario.injects[0];
  EXPECT_EQ(in.seq, 1);
  EXPECT_EQ(in.at_s, 3600);
  EXPECT_EQ(in.type, world::InjectType::event);
  EXPECT_EQ(in.recipient.kind, world::RecipientKind::town);
  EXPECT_EQ(in.recipient.id, "changle");
  EXPECT_EQ(in.message, "桥梁垮塌 / a bridge is down");
  EXPECT_EQ(in.expected.kind, world::ExpectKind::dispatch);
  EXPECT_EQ(in.expected.within_h, 2);
  ASSERT_EQ(in.effects.size(), 1u);
  EXPECT_EQ(in.effects[0].kind, world::EffectKind::cut_road);
  EXPECT_EQ(l.scenario.injects[1].if_missed, 1);
}

TEST(MselLoad, MistakesAreNamedByFileLineAndField) {
  EXPECT_EQ(first_problem("town: changle, within_h", "town: changel, within_h"),
            "t.yaml:24:74: msel[1].expected_action.town: unknown town 'changel' (did you mean 'changle'?)");
  EXPECT_EQ(first_problem("kind: dispatch", "kind: despatch"),
            "t.yaml:24:28: msel[1].expected_action.kind: expected one of dispatch, mobilise, set_level, open_shelters, "
            "evacuate, release_stock, order_relief, activate_reserve, request_aid, send_report, got 'despatch' (did you "
            "mean 'dispatch'?)");
  EXPECT_EQ(first_problem("to: linjiang}", "to: sijia}"),
            "t.yaml:29:28: msel[1].effects[0].from: no road joins 'haiyong' and 'sijia' (roads.yaml; town centres, villages, depots)");
  EXPECT_EQ(first_problem("type: event", "type: rumour"),
            "t.yaml:18:11: msel[1].type: expected one of information, event, media, got 'rumour'");
  EXPECT_EQ(first_problem("if_missed: 1", "if_missed: 7"), "t.yaml:31:16: msel[2].if_missed: no inject with sequence number 7");
  EXPECT_EQ(first_problem("  - seq: 2", "  - seq: 1"), "t.yaml:30:10: msel[1].seq: sequence number used twice");
  EXPECT_EQ(first_problem("    objective: 生命救援\n", ""), "t.yaml:16:5: msel[1].objective: missing (required)");
}

TEST(MselLoad, TheOldInjectsListIsRefusedWithWhereToLook) {
  const auto l = load(std::string(kHead).replace(std::string(kHead).find("msel:"), 5, "injects:") +
                      "  - {at: \"T+01:00\", to: duty_officer, message: x}\n");
  ASSERT_FALSE(l.district.diagnostics.empty());
  EXPECT_NE(format(l.district.diagnostics.list()[0]).find("t.yaml:15:1: injects: injects are now written as an msel: list"),
            std::string::npos)
      << format(l.district.diagnostics.list()[0]);
}

}  // namespace
}  // namespace ttx::io
