// Whatever a file holds, it is read in time and memory proportional to its size,
// or refused with the limit named.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <string>

#include "district_copy.h"
#include "sim/io/csv_table.h"
#include "sim/io/district_loader.h"
#include "sim/io/input_limits.h"
#include "sim/io/scenario_loader.h"

namespace ttx::io {
namespace {

using testing_support::DistrictCopy;

/// The shortest of three timings of `fn`, seconds (the least disturbed by other work).
double best_of_three(const std::function<void()>& fn) {
  double best = 1e9;
  for (int i = 0; i < 3; ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    fn();
    best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  }
  return best;
}

TEST(InputLimits, AHeaderOfAMillionColumnsIsRefusedAtOnceNamingTheLimit) {
  std::string header;
  for (int i = 0; i < 1000000; ++i) header += "c" + std::to_string(i) + ",";
  header += "last\n";
  Diagnostics diags;
  const auto t0 = std::chrono::steady_clock::now();
  EXPECT_FALSE(parse_csv(header, "villages.csv", diags));
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(), 1.0);
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(format(diags.list()[0]), "villages.csv:1:1: row has more than 32 cells; a table has at most 32 columns");
}

TEST(InputLimits, RepeatedColumnsAreEachReportedOnce) {
  Diagnostics diags;
  const auto table = parse_csv("id,town,id,town,id\n", "villages.csv", diags);
  ASSERT_TRUE(table);
  check_columns(*table, {"id", "town"}, {}, diags);
  ASSERT_EQ(diags.size(), 3u);
  for (const auto& d : diags.list()) EXPECT_EQ(d.message, "column appears twice in the header");
  EXPECT_EQ(diags.list()[0].column, 9);
  EXPECT_EQ(diags.list()[2].column, 17);
}

TEST(InputLimits, SixteenMebibytesOfEmptyRowsAreRefusedNamingTheLimit) {
  std::string csv = "id,town,name,lat,lon,population,provenance\n";
  while (csv.size() < 16u * 1024 * 1024 - 8) csv += ",,,,,,\n";
  Diagnostics diags;
  EXPECT_FALSE(parse_csv(csv, "villages.csv", diags));
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags.list()[0].line, static_cast<int>(limits::kCsvRows) + 2);
  EXPECT_EQ(diags.list()[0].message, "more than 100000 rows; a table has at most 100000");
}

TEST(InputLimits, AScenarioListOfMillionsOfNumbersIsRefusedNamingTheLimit) {
  std::string list;
  list.reserve(16u * 1024 * 1024);
  for (int i = 0; i < 8000000; ++i) list += "1,";
  const std::string text = "scenario: {id: s}\nhazard:\n  type: flood\n  rain_mm_h: {value: [" + list +
                           "1], assumed: x}\n";
  const ScenarioLoad load = load_scenario_text("big.yaml", text);
  ASSERT_EQ(load.district.diagnostics.size(), 1u);
  const Diagnostic& d = load.district.diagnostics.list()[0];
  EXPECT_EQ(d.line, 4);
  EXPECT_EQ(d.message, "more than 100000 values, lists and mappings in one file; a data file holds at most 100000");
}

TEST(InputLimits, AYearOfAThousandIncidentsAnHourIsRefusedNamingTheLimit) {
  const std::string text =
      "scenario: {id: s, name_zh: s, name_en: s, district: haimen, plans: [natural_disaster_relief], "
      "duration_h: 8760, seed: 1}\n"
      "hazard:\n  type: incidents\n  incidents_per_h: {value: 1000, assumed: x}\n"
      "  share_trapped: {value: 0.2, assumed: x}\n  share_injured: {value: 0.3, assumed: x}\n"
      "  share_relief: {value: 0.5, assumed: x}\n";
  const ScenarioLoad load = load_scenario_text("year.yaml", text);
  ASSERT_EQ(load.district.diagnostics.size(), 1u);
  EXPECT_EQ(format(load.district.diagnostics.list()[0]),
            "year.yaml:4:20: hazard.incidents_per_h: 1000 an hour for 8760 h is 8760000 incidents; a run may expect "
            "at most 100000 (lower the rate or shorten duration_h)");
  const std::string fine = "duration_h: 100,";
  std::string hundred_hours = text;
  hundred_hours.replace(hundred_hours.find("duration_h: 8760,"), 17, fine);
  EXPECT_TRUE(load_scenario_text("year.yaml", hundred_hours).ok()) << "100 h at 1000 an hour is at the limit";
}

/// A freezing-rain scenario of `hours` hours, its four series `hours` long.
std::string freezing_scenario(int hours) {
  std::string series;
  for (int h = 0; h < hours; ++h) series += (h ? ", " : "") + std::to_string(h % 7);
  return "scenario: {id: s, name_zh: s, name_en: s, district: haimen, plans: [freezing], duration_h: " +
         std::to_string(hours) + ", seed: 1}\nhazard:\n  type: freezing_rain\n" +
         "  freezing_rain_mm_h: {value: [" + series + "], assumed: x}\n" +
         "  snow_mm_h: {value: [" + series + "], assumed: x}\n" + "  temp_c: {value: [" + series +
         "], assumed: x}\n" + "  wind_m_s: {value: [" + series + "], assumed: x}\n";
}

TEST(InputLimits, AnHourlyHazardOverTooManyVillageHoursIsRefusedNamingTheLimit) {
  DistrictLoad district = load_district(std::string(TTX_SOURCE_DIR) + "/scenarios/haimen");
  ASSERT_TRUE(district.ok());
  EXPECT_TRUE(load_scenario_text("year.yaml", freezing_scenario(8784), &district.world).ok())
      << "a year over the shipped villages is well within the limit";
  const auto shipped = district.world.villages;
  while (district.world.villages.size() < 2000) {
    district.world.villages.insert(district.world.villages.end(), shipped.begin(), shipped.end());
  }
  const ScenarioLoad load = load_scenario_text("year.yaml", freezing_scenario(8784), &district.world);
  ASSERT_EQ(load.district.diagnostics.size(), 1u);
  EXPECT_EQ(format(load.district.diagnostics.list()[0]),
            "year.yaml:1:92: scenario.duration_h: 8784 h over " + std::to_string(district.world.villages.size()) +
                " villages is " + std::to_string(8784 * district.world.villages.size()) +
                " village-hours; an hourly hazard is limited to 10000000 (shorten the scenario)");
}

TEST(InputLimits, AScenarioListPastItsLengthIsRefusedNamingTheLimit) {
  std::string text =
      "scenario: {id: s, name_zh: s, name_en: s, district: haimen, plans: [earthquake], duration_h: 72, seed: 1}\n"
      "hazard:\n  type: earthquake\n  magnitude: {value: 6, assumed: x}\n  epicentre_lat: {value: 31.9, assumed: x}\n"
      "  epicentre_lon: {value: 121.3, assumed: x}\n  hour_of_day: {value: 2, assumed: x}\n  aftershocks:\n";
  for (int i = 0; i <= 1000; ++i) text += "    - {at_h: {value: 1, assumed: x}, magnitude: {value: 4, assumed: x}}\n";
  const ScenarioLoad load = load_scenario_text("many.yaml", text);
  ASSERT_EQ(load.district.diagnostics.size(), 1u);
  EXPECT_EQ(format(load.district.diagnostics.list()[0]),
            "many.yaml:9:5: hazard.aftershocks: a list of 1001 items; at most 1000 are accepted");
}

/// A bureau list of `rows` villages spread over the district, every town used.
std::string villages_csv(std::size_t rows) {
  static const char* towns[] = {"haimen_jd", "sanchang_jd", "binjiang_jd", "sanxing", "changle", "yuelai",
                                "sijia", "yudong", "zhengyu", "baochang", "linjiang", "haiyong"};
  std::string csv = "id,town,name,lat,lon,population,provenance\n";
  for (std::size_t i = 0; i < rows; ++i) {
    csv += "v" + std::to_string(i) + "," + towns[i % 12] + ",村" + std::to_string(i) + "," +
           std::to_string(31.8 + 0.3 * static_cast<double>(i % 997) / 997) + "," +
           std::to_string(121.1 + 0.4 * static_cast<double>(i % 991) / 991) + ",0,\"bureau: test\"\n";
  }
  return csv;
}

TEST(InputLimits, ImportCheckTimeGrowsInProportionToTheListUpToItsLimit) {
  DistrictCopy copy;
  const std::string district = copy.read("district.yaml");
  double seconds[2];
  const std::size_t sizes[2] = {limits::kCsvRows / 4, limits::kCsvRows};
  for (int k = 0; k < 2; ++k) {
    std::string declared = district;
    declared.replace(declared.find("villages: {value: 294"), 21, "villages: {value: " + std::to_string(sizes[k]));
    copy.write("district.yaml", declared);
    const VillagesText list{"register.csv", villages_csv(sizes[k])};
    DistrictLoad load;
    seconds[k] = best_of_three([&] { load = load_district(copy.dir(), list); });
    for (const auto& d : load.diagnostics.list()) ADD_FAILURE() << format(d);
    ASSERT_EQ(load.world.villages.size(), sizes[k]);
  }
  // Four times the rows: about four times the time; a quadratic step would give sixteen.
  // (How long the full list takes is the benchmark's to say, not a test's.)
  EXPECT_LT(seconds[1], 8 * seconds[0] + 0.05) << seconds[0] << " s, then " << seconds[1] << " s";
}

TEST(InputLimits, ScenarioCheckTimeGrowsInProportionToItsSeries) {
  double seconds[2];
  const int hours[2] = {2000, 8000};
  for (int k = 0; k < 2; ++k) {
    const std::string text = freezing_scenario(hours[k]);
    ScenarioLoad load;
    seconds[k] = best_of_three([&] { load = load_scenario_text("long.yaml", text); });
    for (const auto& d : load.district.diagnostics.list()) ADD_FAILURE() << format(d);
  }
  EXPECT_LT(seconds[1], 8 * seconds[0] + 0.05) << seconds[0] << " s, then " << seconds[1] << " s";
}

}  // namespace
}  // namespace ttx::io
