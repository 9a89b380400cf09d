// `ttx run` as a planner runs it on each shipped scenario.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "run_ttx.h"

namespace {

using ttx::testing_support::run_ttx;

std::string scenario(const std::string& name) { return std::string(TTX_SOURCE_DIR) + "/scenarios/" + name + ".yaml"; }

// `ttx run SCENARIO --json FILE` and the JSON it wrote.
struct JsonRun {
  ttx::testing_support::CommandResult result;
  nlohmann::json j;
};
JsonRun run_json(const std::string& name, const std::string& more = "") {
  const std::string file = ::testing::TempDir() + "ttx_run_" + name + ".json";
  JsonRun r{run_ttx("run " + scenario(name) + " --json " + file + " " + more), {}};
  std::ifstream in(file);
  if (in) r.j = nlohmann::json::parse(in, nullptr, false);
  std::remove(file.c_str());
  return r;
}

const nlohmann::json* level(const nlohmann::json& j, const std::string& plan, int lvl) {
  for (const auto& l : j["levels"]) {
    if (l["plan"] == plan && l["level"] == lvl) return &l;
  }
  return nullptr;
}

TEST(TtxRun, TheFloodReachesLevelIAtTheBreachAndDeliversRelief) {
  const auto r = run_json("flood_typhoon_breach");
  ASSERT_EQ(r.result.status, 0) << r.result.out;
  ASSERT_TRUE(r.j.is_object()) << "no JSON written";
  const auto* i = level(r.j, "flood_control", 1);
  ASSERT_NE(i, nullptr) << r.j["levels"].dump();
  // The breach at T+22:00, known to the duty office 10 minutes later (reporting.yaml).
  EXPECT_NEAR((*i)["at_h"].get<double>(), 22.0 + 10.0 / 60, 1e-6);
  EXPECT_NE((*i)["reason"].get<std::string>().find("yangtze_levee_breach"), std::string::npos);
  const auto binjiang = std::find_if(r.j["towns"].begin(), r.j["towns"].end(), [](const auto& t) { return t["id"] == "binjiang_jd"; });
  ASSERT_NE(binjiang, r.j["towns"].end());
  EXPECT_GT((*binjiang)["displaced"].get<double>(), 1000) << "the riverside subdistrict is flooded";
  EXPECT_TRUE((*binjiang)["first_relief_h"].is_number()) << "relief reaches it";
  EXPECT_TRUE(r.j["summary"]["reserve_activated_h"].is_number()) << "the agreement reserve is activated";
  int ran_out = 0;
  for (const auto& c : r.j["categories"]) ran_out += c["ran_out_h"].is_number();
  EXPECT_GT(ran_out, 0) << "the shipped stock runs short";
  EXPECT_EQ(r.j["scenario"]["ended_h"], 72);
  EXPECT_GT(r.j["summary"]["rescued_alive"].get<double>(), 0);
  // The same run read by people: the breach as a sentence, and the scorecard.
  EXPECT_NE(r.result.out.find("Flood-control and typhoon plan: level I (raised from II): Yangtze levee breach"), std::string::npos)
      << r.result.out;
  EXPECT_NE(r.result.out.find("scorecard"), std::string::npos);
}

TEST(TtxRun, InChineseTheTimelineAndTablesReadAsADutyOfficerWritesThem) {
  const auto r = run_ttx("run " + scenario("flood_typhoon_breach") + " --lang zh");
  ASSERT_EQ(r.status, 0) << r.out;
  for (const char* text : {"《海门区防汛防台风应急预案》I级响应（由II级提升）：长江堤防决口", "时间线", "截至 T+72:00",
                           "滨江街道", "棉被（床）", "评分", "生命安全", "致值班员：滨江街道报告：长江北支堤防出现决口，江水涌入。"}) {
    EXPECT_NE(r.out.find(text), std::string::npos) << text << "\n" << r.out;
  }
  EXPECT_EQ(r.out.find("binjiang_jd"), std::string::npos) << "places by name, not by id";
  EXPECT_EQ(r.out.find("Binjiang reports"), std::string::npos) << "the inject's Chinese half only";
}

TEST(TtxRun, TheEarthquakeStartsLevelIOnItsMagnitudeAndFreesPeopleAlive) {
  const auto r = run_json("earthquake_m6_onshore");
  ASSERT_EQ(r.result.status, 0) << r.result.out;
  // plans/earthquake.yaml: Ms >= 6.0 in a densely populated district is level I, known
  // once the seismic network's report is in (reporting.yaml: 10 min).
  const auto* i = level(r.j, "earthquake", 1);
  ASSERT_NE(i, nullptr);
  EXPECT_NEAR((*i)["at_h"].get<double>(), 10.0 / 60, 1e-6);
  EXPECT_EQ((*i)["reason"], "magnitude 6.2 >= 6");
  const double trapped = r.j["summary"]["trapped"], alive = r.j["summary"]["rescued_alive"];
  EXPECT_GT(trapped, 100);
  EXPECT_GT(alive, 0);
  EXPECT_LT(alive, trapped);
  EXPECT_EQ(r.j["deadlines"].size(), 2u) << "first report and report to the city";
}

TEST(TtxRun, TheFreezingRainRaisesItsPlanOnWarningsAndClosuresAndRepairsSpans) {
  const auto r = run_json("freezing_rain_2008");
  ASSERT_EQ(r.result.status, 0) << r.result.out;
  const auto* iv = level(r.j, "freezing", 4);
  const auto* iii = level(r.j, "freezing", 3);
  ASSERT_NE(iv, nullptr);
  ASSERT_NE(iii, nullptr);
  EXPECT_EQ((*iv)["reason"], "warning_cold_wave orange >= orange");
  EXPECT_EQ((*iii)["reason"], "expressway_closed true == true");
  EXPECT_GT(r.j["summary"]["spans_restored"].get<double>(), 0) << "power crews restore spans";
  EXPECT_GT(r.j["summary"]["spans_down"].get<double>(), r.j["summary"]["spans_restored"].get<double>());
}

TEST(TtxRun, TheDutyOfficerDrillDeliversItsInjectsAndCountsItsCasualties) {
  const auto r = run_json("drill_incidents");
  ASSERT_EQ(r.result.status, 0) << r.result.out;
  // The injects are messages: their words are the behaviour. Each beside its T+ and the drill's clock.
  EXPECT_NE(r.result.out.find("T+00:30 1 Jul 08:30    inject    to the duty officer: Changle reports a collapsed house, 2 people trapped."),
            std::string::npos) << r.result.out;
  EXPECT_NE(r.result.out.find("T+03:00 1 Jul 11:00    inject    to the duty officer: Rainstorm yellow warning issued."),
            std::string::npos);
  EXPECT_GT(r.j["summary"]["trapped"].get<double>(), 0);
  EXPECT_EQ(r.j["scenario"]["ended_h"], 24) << "the drill lasts 24 h";
}

TEST(TtxRun, UntilStopsTheRunEarly) {
  const auto r = run_ttx("run " + scenario("flood_typhoon_breach") + " --until T+12:00");
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("state at T+12:00"), std::string::npos);
  EXPECT_EQ(r.out.find("T+22:10"), std::string::npos) << "nothing after --until";
  EXPECT_NE(r.out.find("evacuated "), std::string::npos) << "the riverside villages are moved out before the breach";
  EXPECT_EQ(r.out.find("none ordered yet"), std::string::npos) << "and their evacuees are sent relief";
}

TEST(TtxRun, UntilAfterTheEndStopsAtTheEndAndSaysSo) {
  const auto r = run_ttx("run " + scenario("flood_typhoon_breach") + " --until T+100:00");
  ASSERT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("--until T+100:00 is after the scenario's end (T+72:00); stopping there"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("state at T+72:00"), std::string::npos);
}

TEST(TtxRun, ABadTimeIsAUsageError) {
  const auto r = run_ttx("run " + scenario("flood_typhoon_breach") + " --until noon");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.out.find("--until: expected a time after the start like T+24:00, or a date and time like 2026-07-25 20:00, got 'noon'"),
            std::string::npos) << r.out;
}

TEST(TtxRun, WhatIfsAreNamedInTheHeader) {
  const auto r = run_ttx("run " + scenario("flood_typhoon_breach") +
                         " --lang en --until T+06:00 --trucks 2 --stock 1.5 --bays 3 --no-reserve");
  ASSERT_EQ(r.status, 0) << r.out;
  for (const char* change : {"vehicles[light_truck].count 12 → 24", "items[relief_quilt].quantity 1200 → 1800",
                             "depots[district_warehouse].handling.loading_bays 2 → 3", "items[agr_instant_food].quantity 16000 → 0"}) {
    EXPECT_NE(r.out.find(change), std::string::npos) << change << "\n" << r.out;
  }
  EXPECT_EQ(r.out.find("vehicles[bus]"), std::string::npos) << "--trucks scales trucks, not buses";
  EXPECT_EQ(run_ttx("run " + scenario("flood_typhoon_breach") + " --bays 0").status, 2) << "at least one bay";
}

// Each figure names the records of the run's log behind it, and each record is in `events`.
TEST(TtxRun, TheJsonNamesTheEventsBehindItsFigures) {
  const auto r = run_json("flood_typhoon_breach");
  ASSERT_EQ(r.result.status, 0) << r.result.out;
  const auto& events = r.j["events"];
  ASSERT_GT(events.size(), 0u);
  for (std::size_t i = 0; i < events.size(); ++i) EXPECT_EQ(events[i]["id"], i);
  const auto record = [&](const nlohmann::json& id) -> const nlohmann::json& { return events.at(id.get<std::size_t>()); };
  int towns = 0;
  for (const auto& t : r.j["towns"]) {
    if (t["first_relief_h"].is_null()) {
      EXPECT_TRUE(t["first_relief_event"].is_null());
      continue;
    }
    const auto& e = record(t["first_relief_event"]);
    EXPECT_EQ(e["kind"], "relief");
    EXPECT_EQ(e["town"], t["id"]);
    EXPECT_DOUBLE_EQ(e["at_h"].get<double>(), t["first_relief_h"].get<double>());
    ++towns;
  }
  EXPECT_GT(towns, 0);
  for (const auto& c : r.j["categories"]) {
    if (c["ran_out_h"].is_null()) continue;
    EXPECT_EQ(record(c["ran_out_event"])["item"], c["id"]);
  }
  ASSERT_GT(r.j["improvement"].size(), 0u) << "the flood misses targets";
  for (const auto& f : r.j["improvement"]) {
    for (const auto& id : f["events"]) EXPECT_LT(id.get<std::size_t>(), events.size()) << f["figure"];
  }
  // A record carries its numbers: a transfer to another town's shelters names the host
  // town (not a unit) and the people moved.
  std::set<std::string> town_ids;
  for (const auto& t : r.j["towns"]) town_ids.insert(t["id"].get<std::string>());
  int transfers = 0;
  for (const auto& e : events) {
    if (e["kind"] != "sheltered_elsewhere") continue;
    ++transfers;
    EXPECT_FALSE(e.contains("unit")) << e;
    ASSERT_TRUE(e.contains("to_town")) << e;
    EXPECT_TRUE(town_ids.count(e["to_town"].get<std::string>())) << e;
    EXPECT_NE(e["to_town"], e["town"]);
    EXPECT_GT(e["people"].get<double>(), 0) << e;
  }
  EXPECT_GT(transfers, 0) << "the flood fills Binjiang's shelters";
  int actions = 0;
  for (const auto& e : events) {
    if (e["kind"] != "action") continue;
    ++actions;
    EXPECT_TRUE(e.contains("action") && e.contains("level")) << e;
  }
  EXPECT_GT(actions, 0) << "the plans mandate actions";
}

// --seed plays the scenario on another seed: the same seed gives the same run.
TEST(TtxRun, SeedPlaysAnotherDrawAndTheSameSeedTheSameRun) {
  const std::string flood = "run " + scenario("flood_typhoon_breach") + " --until T+30:00 --fingerprint";
  const auto shipped = run_ttx(flood), seven = run_ttx(flood + " --seed 7"), again = run_ttx(flood + " --seed 7");
  ASSERT_EQ(seven.status, 0) << seven.out;
  EXPECT_EQ(seven.out, again.out);
  EXPECT_NE(seven.out, shipped.out) << "another seed draws another flood";
  const auto r = run_json("drill_incidents", "--seed 7");
  ASSERT_EQ(r.result.status, 0) << r.result.out;
  EXPECT_EQ(r.j["scenario"]["seed"], 7);
}

TEST(TtxRun, EventsAreWrittenAsJsonLinesNumberedAsInTheJson) {
  const std::string file = ::testing::TempDir() + "ttx_run_events.jsonl";
  const auto r = run_json("drill_incidents", "--until T+06:00 --events " + file);
  ASSERT_EQ(r.result.status, 0) << r.result.out;
  std::ifstream in(file);
  std::string line;
  std::size_t n = 0;
  while (std::getline(in, line)) {
    const auto e = nlohmann::json::parse(line, nullptr, false);
    ASSERT_FALSE(e.is_discarded()) << line;
    EXPECT_EQ(e, r.j["events"][n]) << n;
    ++n;
  }
  EXPECT_EQ(n, r.j["events"].size());
  EXPECT_GT(n, 0u) << "the drill's injects at least";
  std::remove(file.c_str());
}

// The old options are spellings of --set: the same run, to the fingerprint.
TEST(TtxRun, TheOldWhatIfOptionsRunExactlyAsTheirSets) {
  const std::string flood = "run " + scenario("flood_typhoon_breach") + " --until T+30:00 --fingerprint ";
  const auto old = run_ttx(flood + "--bays 3 --trucks 0.5");
  const auto set = run_ttx(flood + "--set depots.district_warehouse.bays=3 --set vehicles.light_truck.count=x0.5 "
                                   "--set vehicles.medium_truck.count=x0.5");
  ASSERT_EQ(old.status, 0) << old.out;
  EXPECT_EQ(old.out, set.out);
  EXPECT_NE(old.out, run_ttx(flood).out) << "the what-if changes the run";
}

// --fingerprint replaces the printed account, never a file asked for.
TEST(TtxRun, FingerprintStillWritesTheReportAndTheJson) {
  const std::string html = ::testing::TempDir() + "ttx_run_fingerprint.html";
  const std::string json = ::testing::TempDir() + "ttx_run_fingerprint.json";
  std::remove(html.c_str());
  const auto r = ttx::testing_support::run_ttx_json(
      "run " + scenario("drill_incidents") + " --until T+06:00 --fingerprint --report " + html, json);
  ASSERT_EQ(r.result.status, 0) << r.result.out;
  ASSERT_FALSE(r.j.is_discarded()) << "the JSON was written";
  EXPECT_EQ(r.result.out, r.j["fingerprint"].get<std::string>() + "\n") << "only the fingerprint is printed";
  std::ifstream in(html);
  std::stringstream text;
  text << in.rdbuf();
  EXPECT_NE(text.str().find("</html>"), std::string::npos) << "the report was written";
  std::remove(html.c_str());
}

}  // namespace

namespace csv_tables {

std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

struct Cell {
  std::string text;
};
struct Row {
  std::vector<Cell> cells;
};
struct Table {
  std::vector<std::string> header;
  std::vector<Row> rows;
};

// A CSV file as written: the byte-order mark checked and taken off, then read as RFC 4180
// (quoted cells, doubled quotes); every row as wide as the header. (The district's own
// reader caps tables at 32 columns; the series has one per stock category.)
Table read_table(const std::string& path) {
  std::string text = read_bytes(path);
  EXPECT_EQ(text.rfind("\xEF\xBB\xBF", 0), 0u) << path << " starts with the UTF-8 byte-order mark";
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
  std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') rows.back().back() += '"', ++i;
      else if (c == '"') quoted = false;
      else rows.back().back() += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().emplace_back();
    } else if (c == '\n') {
      rows.emplace_back(1);
    } else {
      rows.back().back() += c;
    }
  }
  EXPECT_FALSE(quoted) << path << ": a quoted cell is never closed";
  if (rows.back().size() == 1 && rows.back()[0].empty()) rows.pop_back();
  Table t;
  if (rows.empty()) return t;
  t.header = rows[0];
  for (std::size_t r = 1; r < rows.size(); ++r) {
    EXPECT_EQ(rows[r].size(), t.header.size()) << path << " row " << r;
    Row row;
    for (auto& c : rows[r]) row.cells.push_back({c});
    t.rows.push_back(std::move(row));
  }
  return t;
}

}  // namespace csv_tables

// --csv DIR writes the run's tables; read back, they hold what the JSON holds, with
// the Chinese names and headers of --lang zh.
TEST(TtxRun, CsvTablesReadBackAsTheJsonFigures) {
  const std::string dir = ::testing::TempDir() + "ttx_run_csv";
  std::filesystem::remove_all(dir);
  const auto r = run_json("flood_typhoon_breach", "--lang zh --csv " + dir);
  ASSERT_EQ(r.result.status, 0) << r.result.out;
  const auto towns = csv_tables::read_table(dir + "/towns.csv");
  ASSERT_EQ(towns.rows.size(), r.j["towns"].size());
  EXPECT_EQ(towns.header[1], "乡镇（街道）");
  for (std::size_t i = 0; i < towns.rows.size(); ++i) {
    const auto& row = towns.rows[i].cells;
    const auto& t = r.j["towns"][i];
    EXPECT_EQ(row[0].text, t["id"]);
    EXPECT_EQ(row[1].text, t["name_zh"]);
    EXPECT_NEAR(std::stod(row[2].text), t["displaced"].get<double>(), 1e-6 * (1 + t["displaced"].get<double>()));
    EXPECT_NEAR(std::stod(row[8].text), t["supplied"].get<double>(), 1e-6 * (1 + t["supplied"].get<double>()));
  }
  const auto categories = csv_tables::read_table(dir + "/categories.csv");
  ASSERT_EQ(categories.rows.size(), r.j["categories"].size());
  for (std::size_t i = 0; i < categories.rows.size(); ++i) {
    const auto& c = r.j["categories"][i];
    EXPECT_EQ(categories.rows[i].cells[0].text, c["id"]);
    const std::string ran_out = categories.rows[i].cells[10].text;
    EXPECT_EQ(ran_out.empty(), c["ran_out_h"].is_null()) << c["id"];
    if (!ran_out.empty()) {
      EXPECT_NEAR(std::stod(ran_out), c["ran_out_h"].get<double>(), 1e-6);
    }
  }
  const auto series = csv_tables::read_table(dir + "/series.csv");
  ASSERT_EQ(series.rows.size(), r.j["series"].size());
  for (std::size_t i = 0; i < series.rows.size(); ++i) {
    EXPECT_NEAR(std::stod(series.rows[i].cells[2].text), r.j["series"][i]["still_trapped"].get<double>(), 1e-6);
  }
  const auto scorecard = csv_tables::read_table(dir + "/scorecard.csv");
  ASSERT_GT(scorecard.rows.size(), 5u);
  const auto& overall = scorecard.rows.back().cells;
  EXPECT_EQ(overall[0].text, "总分");
  EXPECT_NEAR(std::stod(overall[1].text), r.j["scorecard"]["overall"].get<double>(), 1e-6);
  int missed = 0;
  for (const auto& row : scorecard.rows) missed += row.cells.size() > 7 && row.cells[7].text == "未达标";
  EXPECT_GT(missed, 0) << "the flood misses targets, and the table says which";
  const auto events = csv_tables::read_table(dir + "/events.csv");
  ASSERT_EQ(events.rows.size(), r.j["events"].size());
  for (std::size_t i = 0; i < events.rows.size(); ++i) {
    EXPECT_NEAR(std::stod(events.rows[i].cells[1].text), r.j["events"][i]["at_h"].get<double>(), 1e-6);
    EXPECT_FALSE(events.rows[i].cells[7].text.empty()) << "each record as a sentence";
  }
  std::filesystem::remove_all(dir);
}

// --set depots+=FILE adds a town depot for the run; a wrong name gets a "did you mean",
// and a depot's own figures can then be set like any other.
TEST(TtxRun, ATownDepotFromAYamlFileJoinsTheRun) {
  const std::string depot = std::string(TTX_SOURCE_DIR) + "/scenarios/what-if/binjiang_town_depot.yaml";
  const std::string flood = "run " + scenario("flood_typhoon_breach") + " --lang en --until T+30:00 ";
  const auto with = run_json("flood_typhoon_breach", "--until T+30:00 --set depots+=" + depot);
  const auto without = run_json("flood_typhoon_breach", "--until T+30:00");
  ASSERT_EQ(with.result.status, 0) << with.result.out;
  ASSERT_EQ(without.result.status, 0) << without.result.out;
  EXPECT_NE(with.j["fingerprint"], without.j["fingerprint"]) << "the depot changes the run";
  const auto binjiang = [](const nlohmann::json& j) {
    for (const auto& t : j["towns"]) {
      if (t["id"] == "binjiang_jd") return t;
    }
    return nlohmann::json();
  };
  EXPECT_GT(binjiang(with.j)["supplied"].get<double>(), binjiang(without.j)["supplied"].get<double>())
      << "its own stock supplies more of 滨江街道's displaced by T+30";
  EXPECT_NE(run_ttx(flood + "--set depots+=" + depot).out.find("new depots from binjiang_town_depot.yaml"), std::string::npos);

  const auto bays = run_ttx(flood + "--fingerprint --set depots+=" + depot + " --set depots.binjiang_town_depot.bays=3");
  EXPECT_EQ(bays.status, 0) << bays.out;

  const std::string misspelt = std::string(TTX_SOURCE_DIR) + "/scenarios/what-if/binjiang_town_depto.yaml";
  const auto wrong = run_ttx(flood + "--set depots+=" + misspelt);
  EXPECT_EQ(wrong.status, 2) << wrong.out;
  EXPECT_NE(wrong.out.find("did you mean"), std::string::npos) << wrong.out;
  EXPECT_NE(wrong.out.find("binjiang_town_depot.yaml"), std::string::npos) << wrong.out;

  // A depot with stock and no vehicles of its own is refused, at its own file's line.
  const std::string bad = ::testing::TempDir() + "ttx_no_vehicles_depot.yaml";
  {
    std::ifstream in(depot);
    std::stringstream text;
    text << in.rdbuf();
    std::string s = text.str();
    s = s.substr(0, s.find("    vehicles:"));
    std::ofstream(bad) << s;
  }
  const auto refused = run_ttx(flood + "--set depots+=" + bad);
  EXPECT_NE(refused.status, 0);
  EXPECT_NE(refused.out.find("ttx_no_vehicles_depot.yaml:"), std::string::npos) << refused.out;
  EXPECT_NE(refused.out.find("vehicles of its own"), std::string::npos) << refused.out;
  std::remove(bad.c_str());
}
