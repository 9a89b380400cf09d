#include "fuzz_entries.h"

#include <string>

#include "sim/hazard/generate.h"
#include "sim/io/clock_text.h"
#include "sim/io/district_loader.h"
#include "sim/io/scenario_loader.h"

namespace ttx::fuzz {

void district_yaml(std::string_view bytes) {
  (void)io::load_district_text("fuzz.yaml", std::string(bytes));
}

void district_csv(std::string_view bytes) {
  for (const char* table : {"teams.csv", "items.csv", "villages.csv"}) (void)io::load_district_text(table, std::string(bytes));
}

void scenario_yaml(std::string_view bytes) {
  const io::ScenarioLoad load = io::load_scenario_text("fuzz_scenario.yaml", std::string(bytes));
  if (!load.ok() || load.scenario.duration_h > 200) return;  // long runs only slow the fuzzer down
  static const io::DistrictLoad district = io::load_district(std::string(TTX_SOURCE_DIR) + "/scenarios/haimen");
  if (!district.ok()) return;
  (void)hazard::generate_impacts(district.world, load.scenario);
}

void clock_text(std::string_view bytes) { (void)io::parse_clock(std::string(bytes)); }

}  // namespace ttx::fuzz
