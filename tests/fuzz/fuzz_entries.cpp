#include "fuzz_entries.h"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

#include "sim/exercise/session.h"
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
  static const io::DistrictLoad district = io::load_district(std::string(TTX_SOURCE_DIR) + "/scenarios/haimen");
  if (!district.ok()) return;
  const io::ScenarioLoad load = io::load_scenario_text("fuzz_scenario.yaml", std::string(bytes), &district.world);
  if (!load.ok() || load.scenario.duration_h > 200) return;  // long runs only slow the fuzzer down
  response::ResponseModel run(district.world, load.scenario);
  run.advance_until(run.end_s());
  run.check_invariants();
}

namespace {

// Reads the fuzzer's bytes a little at a time; zeros once they run out.
class Bytes {
 public:
  explicit Bytes(std::string_view b) : b_(b) {}
  bool more() const { return at_ < b_.size(); }
  std::uint32_t next() { return at_ < b_.size() ? static_cast<std::uint8_t>(b_[at_++]) : 0u; }
  std::uint32_t next16() { return next() << 8 | next(); }

 private:
  std::string_view b_;
  std::size_t at_ = 0;
};

response::Command command_from(Bytes& in, const response::ResponseModel& m) {
  const auto& w = m.world();
  const std::uint32_t kind = in.next() % 10;
  const std::uint32_t a = in.next(), b = in.next16(), town = in.next() % static_cast<std::uint32_t>(w.towns.size());
  const auto tasks = static_cast<std::uint32_t>(std::max<std::size_t>(1, m.tasks().size()));
  switch (kind) {
    case 0: return response::SetLevel{m.scenario().plans.empty() ? "none" : m.scenario().plans[a % m.scenario().plans.size()],
                                      static_cast<int>(1 + b % 5)};
    case 1: return response::Mobilise{{a % static_cast<std::uint32_t>(m.units().size()), b % 200}};
    case 2: return response::Assign{a % static_cast<std::uint32_t>(m.units().size() + 2), b % (tasks + 2)};
    case 3: return response::StandDown{a % static_cast<std::uint32_t>(m.units().size() + 2)};
    case 4: return response::OpenShelters{town + (a % 7 == 0 ? 100u : 0u)};
    case 5: return response::ReleaseStock{(a & 1) != 0, (a & 2) != 0};
    case 6: return response::ActivateReserve{};
    case 7: return response::RequestAid{a % 3 == 0 ? "city" : a % 3 == 1 ? "province" : std::string(1, static_cast<char>(b))};
    case 8: return response::OrderRelief{town, w.items[a % w.items.size()].id, static_cast<std::int64_t>(b) - 100};
    default: return response::SendReport{a % 2 ? "city" : "province"};
  }
}

}  // namespace

namespace {

// Short versions of the shipped scenarios, so that every input runs in milliseconds
// with every invariant checked after every event: a day of the duty-officer drill at
// thrice its rate, the first 4 h of a moderate earthquake, and the first 12 h of the
// typhoon and of the freezing rain.
std::vector<io::ScenarioLoad> short_scenarios() {
  auto load = [](const char* name, int hours) {
    io::ScenarioLoad l = io::load_scenario(std::string(TTX_SOURCE_DIR) + "/scenarios/" + name + ".yaml");
    l.scenario.duration_h = hours;
    return l;
  };
  std::vector<io::ScenarioLoad> out;
  out.push_back(load("drill_incidents", 12));
  if (auto* p = std::get_if<world::IncidentParams>(&out.back().scenario.hazard)) p->incidents_per_h *= 3;
  out.push_back(load("earthquake_m6_onshore", 2));
  if (auto* p = std::get_if<world::EarthquakeParams>(&out.back().scenario.hazard)) {
    p->magnitude = 4.8;
    p->lat += 0.2;  // about 22 km north of the shipped epicentre: damage in a few villages only
  }
  out.push_back(load("flood_typhoon_breach", 6));
  out.push_back(load("freezing_rain_2008", 6));
  return out;
}

}  // namespace

void session_commands(std::string_view bytes) {
  static const std::vector<io::ScenarioLoad> scenarios = short_scenarios();
  Bytes in(bytes);
  const io::ScenarioLoad& load = scenarios[in.next() % scenarios.size()];
  if (!load.ok()) return;
  response::RunOptions options;
  options.doctrine = (in.next() & 1) != 0;
  exercise::Session session(load.district.world, load.scenario, {0, options});
  const std::int64_t end = session.view().end_s();
  while (in.more() && session.view().now_s() < end) {
    const std::uint32_t how = in.next() % 4;
    if (how == 0) {
      for (std::uint32_t k = in.next() % 16; k > 0; --k) session.step();
    } else if (how == 1) {
      session.advance_until(std::min(end, session.view().now_s() + static_cast<std::int64_t>(in.next()) * 300), in.next() + 1);
    } else {
      session.submit(command_from(in, session.view()));
    }
  }
  session.advance_until(end);
  session.view().check_invariants();
  // The session's log replays to the same run.
  exercise::Session replay(load.district.world, load.scenario, {0, options}, session.command_log());
  replay.advance_until(end);
  if (replay.view().log().size() != session.view().log().size() ||
      replay.view().events_processed() != session.view().events_processed()) {
    throw std::logic_error("a replayed session differs from the live one");
  }
}

void clock_text(std::string_view bytes) { (void)io::parse_clock(std::string(bytes)); }

}  // namespace ttx::fuzz
