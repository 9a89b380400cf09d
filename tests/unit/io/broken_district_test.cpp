// Table of broken district files, each with the diagnostic it must produce:
// the file, the line (found from an anchor text in the broken file), the field
// and the message. The loader must report it and never crash or hang.
#include <gtest/gtest.h>

#include <functional>
#include <string>

#include "district_copy.h"
#include "sim/io/district_loader.h"

namespace ttx::io {
namespace {

using testing_support::DistrictCopy;

struct Broken {
  const char* name;
  std::function<void(const DistrictCopy&)> breakit;
  const char* file;     ///< file the diagnostic names (relative to the district folder)
  const char* anchor;   ///< text on the expected line of that file ("" = whole-file problem, line 0)
  const char* field;    ///< expected field path ("" = none)
  const char* message;  ///< expected part of the message
};

void PrintTo(const Broken& c, std::ostream* os) { *os << c.name; }

auto edit(const char* file, const char* from, const char* to) {
  return [=](const DistrictCopy& d) { d.replace(file, from, to); };
}

const Broken kCases[] = {
    {"negative_population", edit("towns.yaml", "population: {value: 68101", "population: {value: -68101"),
     "towns.yaml", "value: -68101", "towns[changle].population", "expected a whole number from 0 to"},
    {"bare_number_without_provenance", edit("towns.yaml", "population: {value: 68101, public: \"public town profile, 2017 (docs/sources.md: town profiles)\"}", "population: 68101"),
     "towns.yaml", "population: 68101", "towns[changle].population", "missing provenance"},
    {"misspelt_key", edit("towns.yaml", "  - id: changle\n", "  - id: changle\n    populaton: 5\n"),
     "towns.yaml", "populaton: 5", "towns[changle].populaton", "unknown key (did you mean 'population'?)"},
    {"unknown_town_kind", edit("towns.yaml", "kind: subdistrict", "kind: village"),
     "towns.yaml", "kind: village", "towns[haimen_jd].kind", "expected 'subdistrict' or 'town'"},
    {"duplicate_town_id", edit("towns.yaml", "- id: yuelai", "- id: changle"),
     "towns.yaml", "- id: changle\n    name_zh: 悦来镇", "towns[changle].id", "duplicate town id 'changle'"},
    {"latitude_out_of_range", edit("towns.yaml", "lat: {value: 31.932", "lat: {value: 131.932"),
     "towns.yaml", "value: 131.932", "towns[changle].lat", "expected a number from -90 to 90"},
    {"flag_not_boolean", edit("towns.yaml", "    has_own_plan: false", "    has_own_plan: maybe"),
     "towns.yaml", "has_own_plan: maybe", "towns[haiyong].has_own_plan", "expected true or false"},
    {"two_provenance_tags", edit("towns.yaml", "population: {value: 68101, public:", "population: {value: 68101, assumed: \"x\", public:"),
     "towns.yaml", "assumed: \"x\", public:", "towns[changle].population", "exactly one provenance tag"},
    {"source_other_than_seed", edit("district.yaml", "teams: {value: 72, source: seed}", "teams: {value: 72, source: bureau}"),
     "district.yaml", "source: bureau", "declared.teams", "'source' may only be 'seed'"},
    {"number_expected", edit("towns.yaml", "area_km2: {value: 98.13", "area_km2: {value: lots"),
     "towns.yaml", "value: lots", "towns[changle].area_km2", "expected a number"},
    {"building_mix_not_one", edit("towns.yaml", "share_rc: {value: 0.7", "share_rc: {value: 0.9"),
     "towns.yaml", "share_masonry: {value: 0.3", "towns[haimen_jd].building_mix", "must be 1"},
    {"team_base_misspelt", edit("teams.csv", "Changle full-time fire brigade,12,changle", "Changle full-time fire brigade,12,changel"),
     "teams.csv", "changel", "teams[fire_10].base_town", "unknown town 'changel' (did you mean 'changle'?)"},
    {"team_people_negative", edit("teams.csv", "Changle full-time fire brigade,12,", "Changle full-time fire brigade,-12,"),
     "teams.csv", "-12,", "teams[fire_10].people", "expected a whole number from 1 to 5000"},
    {"team_people_not_a_number", edit("teams.csv", "Changle full-time fire brigade,12,", "Changle full-time fire brigade,twelve,"),
     "teams.csv", "twelve", "teams[fire_10].people", "got 'twelve'"},
    {"csv_row_with_extra_cell", edit("teams.csv", "Changle full-time fire brigade,12,changle,,", "Changle full-time fire brigade,12,changle,,,"),
     "teams.csv", "fire_10,", "", "row has 9 cells, the header has 8"},
    {"unknown_team_type", edit("teams.csv", "fire_10,fire_rescue", "fire_10,fire_rescure"),
     "teams.csv", "fire_rescure", "teams[fire_10].type", "unknown team type 'fire_rescure' (did you mean 'fire_rescue'?)"},
    {"csv_header_missing_column", edit("teams.csv", "people,base_town", "persons,base_town"),
     "teams.csv", "id,type", "people", "required column missing"},
    {"one_team_fewer_than_declared",
     [](const DistrictCopy& d) {
       std::string t = d.read("teams.csv");
       const auto at = t.find("fire_10,");
       t.erase(at, t.find('\n', at) - at + 1);
       d.write("teams.csv", t);
     },
     "district.yaml", "teams: {value: 72", "declared.teams", "declared 72 but the rows of teams.csv add up to 71"},
    {"people_not_adding_up", edit("teams.csv", "Changle full-time fire brigade,12,", "Changle full-time fire brigade,13,"),
     "district.yaml", "people: {value: 3421", "declared.people", "declared 3421 but teams.csv people add up to 3422"},
    {"item_class_misspelt", edit("items.csv", "relief_tent,relief,", "relief_tent,relif,"),
     "items.csv", "relief_tent", "items[relief_tent].class", "expected relief, agreement or equipment"},
    {"item_total_off", edit("items.csv", "piece,顶,200,0.15", "piece,顶,201,0.15"),
     "district.yaml", "relief_items: {value: 4760", "declared.relief_items", "declared 4760 but the relief quantities"},
    {"item_location_unknown", edit("items.csv", "0.15,25,district_warehouse", "0.15,25,district_warehous"),
     "items.csv", "district_warehous,", "items[relief_tent].location", "(did you mean 'district_warehouse'?)"},
    {"csv_quote_never_closed", [](const DistrictCopy& d) { d.write("teams.csv", d.read("teams.csv") + "extra,fire_rescue,\"x,y,1,changle,,seed\n"); },
     "teams.csv", "extra,fire_rescue", "", "quoted cell"},
    {"csv_unterminated_quote", edit("items.csv", "\"Relief tent (12 m², 4–5 persons)\"", "\"Relief tent (12 m², 4–5 persons)"),
     "items.csv", "\"Relief tent", "", "text after the closing '\"' of a quoted cell"},
    {"missing_include", edit("district.yaml", "  - needs.yaml\n", "  - need.yaml\n"),
     "district.yaml", "need.yaml", "include[8]", "included file 'need.yaml' not found"},
    {"include_cycle", [](const DistrictCopy& d) { d.write("towns.yaml", d.read("towns.yaml") + "include: [district.yaml]\n"); },
     "towns.yaml", "include: [district.yaml]", "include[0]", "include cycle"},
    {"included_twice", edit("district.yaml", "  - needs.yaml\n", "  - needs.yaml\n  - needs.yaml\n"),
     "district.yaml", "needs.yaml\n  - last_mile.yaml", "include[9]", "included twice"},
    {"warehouse_area_contradicts", edit("depots.yaml", "area_m2: {value: 672.57", "area_m2: {value: 700"),
     "district.yaml", "warehouse_area_m2:", "declared.warehouse_area_m2", "declared 672.57 but depots[district_warehouse].area_m2 add up to 700"},
    {"indicator_misspelt", edit("plans/earthquake.yaml", "{indicator: dead_missing, op: \">=\", threshold: {value: 10,", "{indicator: dead_mising, op: \">=\", threshold: {value: 10,"),
     "plans/earthquake.yaml", "dead_mising", "levels[III].triggers[1].indicator", "unknown indicator 'dead_mising' (did you mean 'dead_missing'?)"},
    {"warning_colour_unknown", edit("plans/flood_control.yaml", "threshold: {value: blue,", "threshold: {value: purple,"),
     "plans/flood_control.yaml", "purple", "levels[IV].triggers[0].threshold", "expected a warning colour"},
    {"action_misspelt", edit("plans/flood_control.yaml", "{action: report_to_city,", "{action: report_to_cty,"),
     "plans/flood_control.yaml", "report_to_cty", "levels[IV].actions[1].action", "(did you mean 'report_to_city'?)"},
    {"levels_out_of_order", edit("plans/flood_control.yaml", "  - level: IV", "  - level: III"),
     "plans/flood_control.yaml", "  - level: III", "levels[III].level", "expected level IV here"},
    {"shelter_over_capacity", edit("depots.yaml", "capacity_short_persons: {value: 2000,", "capacity_short_persons: {value: 2500,"),
     "depots.yaml", "value: 2500", "shelters[shelter_haimen_1].capacity_short_persons", "GB 21734-2008"},
    {"depot_in_unknown_town", edit("depots.yaml", "    town: haimen_jd\n    lat: {value: 31.875", "    town: haimen\n    lat: {value: 31.875"),
     "depots.yaml", "town: haimen\n", "depots[district_warehouse].town", "unknown town 'haimen'"},
    {"vehicle_count_negative", edit("vehicles.yaml", "count: {value: 12,", "count: {value: -1,"),
     "vehicles.yaml", "value: -1", "vehicles[light_truck].count", "expected a whole number"},
    {"yaml_syntax_error", edit("stock.yaml", "item_ids: [agr_instant_food,", "item_ids: [agr_instant_food,,]] ["),
     "stock.yaml", "item_ids:", "", "YAML syntax error"},
    {"not_utf8", edit("towns.yaml", "name_zh: 常乐镇", "name_zh: \xB3\xA3\xC0\xD6"),
     "towns.yaml", "name_zh: \xB3", "", "byte 0xB3 is not valid UTF-8"},
    {"empty_file", [](const DistrictCopy& d) { d.write("needs.yaml", "\n  \n"); },
     "needs.yaml", "", "", "file is empty"},
    {"very_large_file", [](const DistrictCopy& d) { d.write("needs.yaml", std::string(17u << 20, '#')); },
     "needs.yaml", "", "", "data files are limited to 16 MiB"},
    {"duplicate_key", edit("stock.yaml", "  first_load_share:", "  categories: {value: 3, source: seed}\n  first_load_share:"),
     "stock.yaml", "categories: {value: 3, source: seed}\n  first_load_share", "agreement_reserve.categories", "key appears twice"},
    {"lead_times_inverted", edit("stock.yaml", "lead_time_full_quantity_h: {value: 24,", "lead_time_full_quantity_h: {value: 6,"),
     "stock.yaml", "value: 6,", "agreement_reserve.lead_time_full_quantity_h", "must not be shorter"},
    {"skill_unknown_in_team_type", edit("team_types.yaml", "skills: [medical_triage]", "skills: [medical_triag]"),
     "team_types.yaml", "medical_triag]", "team_types[medical].skills[0]", "unknown skill 'medical_triag' (did you mean 'medical_triage'?)"},
    {"need_measure_unknown", edit("needs.yaml", "measure: l\n", "measure: litre\n"),
     "needs.yaml", "measure: litre", "needs[drinking_water].measure", "expected l, kg, m2 or unit"},
    {"mapping_expected", edit("towns.yaml", "  - id: sijia\n", "  - just a string\n  - id: sijia\n"),
     "towns.yaml", "- just a string", "towns[6]", "expected a mapping"},
    {"empty_list_item", edit("stock.yaml", "      - {item: relief_tent, quantity: {value: 300", "      -\n      - {item: relief_tent, quantity: {value: 300"),
     // yaml-cpp places an empty item at the next token: the line after the bare '-'.
     "stock.yaml", "      - {item: relief_tent", "mutual_aid[city].items[0]", "got nothing"},
    {"second_yaml_document", [](const DistrictCopy& d) { d.write("towns.yaml", d.read("towns.yaml") + "---\ntowns: []\n"); },
     "towns.yaml", "---\ntowns: []", "", "a second YAML document"},
    {"id_shared_by_a_shelter_and_a_town", edit("depots.yaml", "  - id: shelter_haimen_1", "  - id: changle"),
     "depots.yaml", "  - id: changle", "shelters[changle].id", "is already used at"},
    {"villages_csv_header_only", [](const DistrictCopy& d) { d.write("villages.csv", "id,town,name,lat,lon,population,provenance\n"); },
     "villages.csv", "id,town", "", "no villages in the table"},
    {"required_file_left_out", edit("district.yaml", "  - needs.yaml\n", ""),
     "district.yaml", "  towns_in_source:", "include", "no needs (needs.yaml) in the district"},
    {"town_cut_off_by_road",
     [](const DistrictCopy& d) {
       std::string t = d.read("roads.yaml");  // the 崇启大桥 road and the ferry, the island's only links
       const auto from = t.find("    - from: haiyong");
       t.erase(from, t.find("    - from: haimen_jd") - from);
       const auto ferry = t.find("    - from: linjiang\n      to: haiyong");
       const auto next = t.find("    - from:", ferry + 1);  // the ferry's block, up to the next link if any
       t.erase(ferry, next == std::string::npos ? std::string::npos : next - ferry);
       d.write("roads.yaml", t);
     },
     "district.yaml", "  towns_in_source:", "roads", "'haiyong' cannot be reached by road"},
    {"report_floor_above_its_mean", edit("reporting.yaml", "village_to_town_at_least_min: {value: 10", "village_to_town_at_least_min: {value: 45"),
     "reporting.yaml", "village_to_town_at_least_min: {value: 45", "reporting.village_to_town_at_least_min", "is more than the mean village_to_town_min"},
    {"season_misspelt", edit("needs.yaml", "season: all", "season: wintr"),
     "needs.yaml", "season: wintr", "needs[drinking_water].season", "(did you mean 'winter'?)"},
    {"include_a_folder", edit("district.yaml", "  - needs.yaml\n", "  - needs.yaml\n  - plans\n"),
     "district.yaml", "  - plans\n", "include[9]", "is a folder, not a data file"},
    {"action_subtype_unknown", edit("plans/flood_control.yaml", "subtypes: [port, water_search]", "subtypes: [port, water_serch]"),
     "plans/flood_control.yaml", "water_serch", "levels[III].actions[0].subtypes", "unknown team subtype 'water_serch'"},
};

class BrokenDistrict : public ::testing::TestWithParam<Broken> {};

TEST_P(BrokenDistrict, ReportsTheExpectedDiagnostic) {
  const Broken& c = GetParam();
  DistrictCopy copy;
  c.breakit(copy);
  const int line = *c.anchor ? copy.line_of(c.file, c.anchor) : 0;
  ASSERT_TRUE(*c.anchor == '\0' || line > 0) << "anchor not found in the broken file";
  const DistrictLoad load = load_district(copy.dir());
  ASSERT_FALSE(load.ok()) << "no problem reported";
  const std::string file = (copy.dir() / c.file).lexically_normal().string();
  std::string all;
  for (const auto& d : load.diagnostics.list()) {
    all += format(d) + "\n";
    if (d.file == file && d.line == line && d.field == c.field && d.message.find(c.message) != std::string::npos) {
      SUCCEED();
      return;
    }
  }
  ADD_FAILURE() << "expected " << file << ":" << line << ": " << c.field << ": ..." << c.message << "\ngot:\n" << all;
}

INSTANTIATE_TEST_SUITE_P(Table, BrokenDistrict, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(BrokenDistrictTable, HasAtLeastThirtyCases) { EXPECT_GE(std::size(kCases), 30u); }

TEST(BrokenDistrict, ReportsEveryProblemInOnePass) {
  DistrictCopy copy;
  copy.replace("towns.yaml", "population: {value: 68101", "population: {value: -1");
  copy.replace("teams.csv", "fire_10,fire_rescue", "fire_10,fire_rescure");
  copy.replace("plans/flood_control.yaml", "{action: report_to_city,", "{action: report_to_cty,");
  const DistrictLoad load = load_district(copy.dir());
  std::string all;
  for (const auto& d : load.diagnostics.list()) all += format(d) + "\n";
  EXPECT_NE(all.find("towns[changle].population"), std::string::npos) << all;
  EXPECT_NE(all.find("teams[fire_10].type"), std::string::npos) << all;
  EXPECT_NE(all.find("levels[IV].actions[1].action"), std::string::npos) << all;
}

TEST(BrokenDistrict, VillagesListedBeforeTheirTownsStillResolve) {
  DistrictCopy copy;
  copy.write("villages.csv", "id,town,name,lat,lon,population,provenance\nonly,changle,唯一村,31.93,121.25,60000,\"bureau: test\"\n");
  copy.replace("district.yaml", "  - towns.yaml\n", "  - villages.csv\n  - towns.yaml\n");
  copy.replace("district.yaml", "villages: {value: 294", "villages: {value: 1");
  const DistrictLoad load = load_district(copy.dir());
  for (const auto& d : load.diagnostics.list()) ADD_FAILURE() << format(d);
  ASSERT_EQ(load.world.villages.size(), 1u);
  EXPECT_EQ(load.world.towns[load.world.villages[0].town].id, "changle");
}

TEST(BrokenDistrict, MissingFolderOrFileIsReportedNotThrown) {
  EXPECT_FALSE(load_district("/nonexistent/district").ok());
  DistrictCopy copy;
  std::filesystem::remove(copy.path("district.yaml"));
  const DistrictLoad load = load_district(copy.dir());
  ASSERT_EQ(load.diagnostics.size(), 1u);
  EXPECT_NE(load.diagnostics.list()[0].message.find("no district.yaml"), std::string::npos);
}

}  // namespace
}  // namespace ttx::io
