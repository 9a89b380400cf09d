#include "fuzz_entries.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

#include "sim/exchange/xlsx_reader.h"
#include "sim/exercise/branching_session.h"
#include "sim/exercise/command_line.h"
#include "sim/exercise/session.h"
#include "sim/exercise/session_file.h"
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

void xlsx(std::string_view bytes) {
  std::string error;
  const auto book = exchange::read_xlsx(std::string(bytes), error);
  if (!book) {
    if (error.empty()) throw std::logic_error("a refused workbook must say why");
    return;
  }
  // Every cell the reader returned is where it says, in a sheet found by its name.
  for (const auto& sheet : book->sheets) {
    if (book->sheet(sheet.name) == nullptr) throw std::logic_error("a sheet is not found by its own name");
    for (const auto& [r, row] : sheet.cells) {
      for (const auto& [c, text] : row) {
        if (r < 1 || c < 1 || sheet.cell(r, c) == nullptr || *sheet.cell(r, c) != text) {
          throw std::logic_error("a cell is not found where the reader put it");
        }
      }
    }
  }
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

// Ids the run knows, and now and then one it does not.
std::string unit_id(const response::ResponseModel& m, std::uint32_t k) {
  return k < m.units().size() ? m.units()[k].id : "no_unit_" + std::to_string(k);
}
std::string task_id(const response::ResponseModel& m, std::uint32_t k) {
  return k < m.tasks().size() ? m.tasks()[k].id : "no_task_" + std::to_string(k);
}
std::string town_id(const world::World& w, std::uint32_t k) {
  return k < w.towns.size() ? w.towns[k].id : "no_town_" + std::to_string(k);
}

response::Command command_from(Bytes& in, const response::ResponseModel& m) {
  const auto& w = m.world();
  const std::uint32_t kind = in.next() % 15;
  const std::uint32_t a = in.next(), b = in.next16(), town = in.next() % static_cast<std::uint32_t>(w.towns.size());
  const auto tasks = static_cast<std::uint32_t>(std::max<std::size_t>(1, m.tasks().size()));
  const auto units = static_cast<std::uint32_t>(m.units().size());
  switch (kind) {
    case 0: return response::SetLevel{m.scenario().plans.empty() ? "none" : m.scenario().plans[a % m.scenario().plans.size()],
                                      static_cast<int>(1 + b % 5)};
    case 1: return response::Mobilise{{unit_id(m, a % units), unit_id(m, b % 200)}};
    case 2: return response::Assign{unit_id(m, a % (units + 2)), task_id(m, b % (tasks + 2))};
    case 3: return response::StandDown{unit_id(m, a % (units + 2))};
    case 4: return response::OpenShelters{town_id(w, town + (a % 7 == 0 ? 100u : 0u))};
    case 5: return response::ReleaseStock{(a & 1) != 0, (a & 2) != 0};
    case 6: return response::ActivateReserve{};
    case 7: return response::RequestAid{a % 3 == 0 ? "city" : a % 3 == 1 ? "province" : std::string(1, static_cast<char>(b))};
    case 8: return response::OrderRelief{town_id(w, town), w.items[a % w.items.size()].id, static_cast<std::int64_t>(b) - 100};
    case 9: {
      const std::uint32_t v = b % static_cast<std::uint32_t>(w.villages.size() + 1);
      return response::Evacuate{v < w.villages.size() ? w.villages[v].id : "no_village"};
    }
    case 10: return response::ShelterElsewhere{town_id(w, town), town_id(w, a % static_cast<std::uint32_t>(w.towns.size() + 1))};
    case 11: return response::RequestCrews{w.sector_crews.empty() || a % 5 == 0 ? "no_crew" : w.sector_crews[a % w.sector_crews.size()].id};
    case 12: return response::SendGenerators{town_id(w, town + (a % 7 == 0 ? 100u : 0u)), static_cast<int>(b % 5)};
    case 13: return response::WarmRelief{town_id(w, town + (a % 7 == 0 ? 100u : 0u))};
    default: return response::SendReport{a % 2 ? "city" : "province"};
  }
}

}  // namespace

namespace {

// The four shipped scenarios played on a small district made for fuzzing
// (tests/fuzz/district: three units, nine villages, eleven teams), so that every input
// runs in milliseconds with every invariant checked after every event.
// The typhoon from its 18th hour on: the surge and the breach within the first hours.
void from_hour(world::FloodParams& p, int h) {
  const auto drop = [h](std::vector<double>& v) { v.erase(v.begin(), v.begin() + std::min<std::ptrdiff_t>(h, std::ssize(v))); };
  drop(p.rain_mm_h);
  drop(p.outside_level_m);
  if (p.breach_at_h >= h) p.breach_at_h -= h;
}

struct FuzzWorld {
  io::DistrictLoad district = io::load_district(std::string(TTX_SOURCE_DIR) + "/tests/fuzz/district");
  std::vector<world::Scenario> scenarios;
  FuzzWorld() {
    if (!district.ok()) throw std::logic_error("tests/fuzz/district does not load: " + io::format(district.diagnostics.list()[0]));
    const std::pair<const char*, int> shipped[] = {
        {"drill_incidents", 12}, {"earthquake_m6_onshore", 3}, {"flood_typhoon_breach", 6}, {"freezing_rain_2008", 12}};
    for (const auto& [name, hours] : shipped) {
      const std::string path = std::string(TTX_SOURCE_DIR) + "/scenarios/" + name + ".yaml";
      std::ifstream in(path, std::ios::binary);
      std::stringstream text;
      text << in.rdbuf();
      io::ScenarioLoad load = io::load_scenario_text(path, text.str(), &district.world);
      if (!load.ok()) throw std::logic_error(std::string(name) + " does not load on tests/fuzz/district");
      load.scenario.duration_h = hours;  // the hours where the commands matter most
      if (auto* flood = std::get_if<world::FloodParams>(&load.scenario.hazard)) from_hour(*flood, 18);
      scenarios.push_back(std::move(load.scenario));
    }
  }
};

}  // namespace

void session_commands(std::string_view bytes) {
  static const FuzzWorld fuzz;
  Bytes in(bytes);
  const world::Scenario& scenario = fuzz.scenarios[in.next() % fuzz.scenarios.size()];
  const world::World& world = fuzz.district.world;
  response::RunOptions options;
  options.doctrine = (in.next() & 1) != 0;
  exercise::Session session(world, scenario, {0, options});
  const std::int64_t end = session.view().end_s();
  while (in.more() && session.view().now_s() < end) {
    const std::uint32_t how = in.next() % 4;
    if (how == 0) {
      for (std::uint32_t k = in.next() % 16; k > 0; --k) session.step();
    } else if (how == 1) {
      session.advance_until(std::min(end, session.view().now_s() + static_cast<std::int64_t>(in.next()) * 300), in.next() + 1);
    } else {
      const response::Command command = command_from(in, session.view());
      session.finish_moment();
      const bool foreseen = !session.why_not(command).has_value();
      const exercise::SubmitResult result = session.submit(command);
      if (result.accepted != foreseen) {
        throw std::logic_error("why_not and the model disagree on '" + exercise::command_line(command) + "' at " +
                               std::to_string(session.view().now_s()) + " s (foreseen " + (foreseen ? "accepted" : "refused") +
                               ", the model: " + std::string(response::to_string(result.why.refusal)) + ")");
      }
    }
  }
  session.advance_until(end);
  session.view().check_invariants();
  // The session's log replays to the same run.
  exercise::Session replay(world, scenario, {0, options}, session.command_log());
  replay.advance_until(end);
  if (replay.view().log().size() != session.view().log().size() ||
      replay.view().events_processed() != session.view().events_processed()) {
    throw std::logic_error("a replayed session differs from the live one");
  }
}

void session_file(std::string_view bytes) {
  static const FuzzWorld fuzz;
  const exercise::SessionRead read = exercise::parse_session(std::string(bytes), "fuzz.session.jsonl");
  if (!read.ok()) {
    for (const auto& d : read.diagnostics.list()) {
      if (d.file != "fuzz.session.jsonl") throw std::logic_error("a diagnostic names another file");
    }
    return;
  }
  // What is read is written back the same way.
  const std::string text = exercise::session_text(read.session);
  const exercise::SessionRead again = exercise::parse_session(text, "again");
  if (!again.ok() || exercise::session_text(again.session) != text) throw std::logic_error("a session does not read back as written");
  // Each branch replays (on the short drill of the fuzz district): ids resolve or are refused.
  const world::Scenario& scenario = fuzz.scenarios.front();
  for (const auto& b : read.session.branches) {
    std::vector<response::TimedCommand> line;
    for (const auto& c : read.session.line_of(b.name)) line.push_back({c.at_s, c.by, c.command});
    exercise::Session replay(fuzz.district.world, scenario, {read.session.replication % 4, {}}, line);
    for (const auto& c : line) (void)exercise::unknown_id(c.command, replay.view());
    replay.advance_until(std::min(replay.view().end_s(), read.session.now_s));
    replay.view().check_invariants();
  }
}

void clock_text(std::string_view bytes) { (void)io::parse_clock(std::string(bytes)); }

}  // namespace ttx::fuzz
