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

// Whether the edited MSEL is refused with a problem at `line` on `field` saying `message`.
::testing::AssertionResult refused(const std::string& from, const std::string& to, int line, const std::string& field,
                                   const std::string& message) {
  std::string text = std::string(kHead) + kInject;
  const auto at = text.find(from);
  if (at == std::string::npos) return ::testing::AssertionFailure() << "no " << from;
  text.replace(at, from.size(), to);
  const auto l = load(text);
  std::string all;
  for (const auto& d : l.district.diagnostics.list()) {
    if (d.file == "t.yaml" && d.line == line && d.column > 0 && d.field == field && d.message.find(message) != std::string::npos) {
      return ::testing::AssertionSuccess();
    }
    all += format(d) + "\n";
  }
  return ::testing::AssertionFailure() << "got:\n" << all;
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
  EXPECT_TRUE(refused("town: changle, within_h", "town: changel, within_h", 24, "msel[1].expected_action.town",
                      "unknown town 'changel' (did you mean 'changle'?)"));
  EXPECT_TRUE(refused("kind: dispatch", "kind: despatch", 24, "msel[1].expected_action.kind",
                      "expected one of dispatch, mobilise, set_level"));
  EXPECT_TRUE(refused("to: linjiang}", "to: sijia}", 29, "msel[1].effects[0].from", "no road joins 'haiyong' and 'sijia'"));
  EXPECT_TRUE(refused("type: event", "type: rumour", 18, "msel[1].type", "expected one of information, event, media, got 'rumour'"));
  EXPECT_TRUE(refused("if_missed: 1", "if_missed: 7", 31, "msel[2].if_missed", "no inject with sequence number 7"));
  EXPECT_TRUE(refused("  - seq: 2", "  - seq: 1", 30, "msel[1].seq", "sequence number used twice"));
  EXPECT_TRUE(refused("    objective: 生命救援\n", "", 16, "msel[1].objective", "missing (required)"));
  EXPECT_TRUE(refused("to: town:changle", "to: village:x", 21, "msel[1].to", "expected duty_officer, town:<town id>"));
}

TEST(MselLoad, TheOldInjectsListIsRefusedWithWhereToLook) {
  std::string head = kHead;
  head.replace(head.find("msel:"), 5, "injects:");
  const auto l = load(head + "  - {at: \"T+01:00\", to: duty_officer, message: x}\n");
  bool named = false;
  for (const auto& d : l.district.diagnostics.list()) {
    named = named || (d.field == "injects" && d.line >= 15 && d.message.find("msel: list (scenarios/FORMAT.md") != std::string::npos);
  }
  EXPECT_TRUE(named);
}

}  // namespace
}  // namespace ttx::io
