// What each fuzz target feeds its bytes to. Shared by the libFuzzer programs and
// by the regression test that replays every saved input in the normal suite.
#pragma once

#include <string_view>

namespace ttx::fuzz {

/// Bytes as one YAML data file of the district (every section reader, then the cross-checks).
void district_yaml(std::string_view bytes);
/// Bytes as teams.csv, items.csv and villages.csv in turn.
void district_csv(std::string_view bytes);
/// Bytes as a scenario file; a scenario that reads cleanly is also run, hazard and
/// response, on the shipped district.
void scenario_yaml(std::string_view bytes);
/// Bytes as a session of a short version of one of the shipped scenarios (the first
/// byte picks which): commands of every kind with any arguments, slices, steps and
/// budgets, then the run's invariants and a replay of its command log.
void session_commands(std::string_view bytes);
/// Bytes as a saved session file: parsed (a problem is a diagnostic), written back
/// the same, and each branch replayed on a short drill.
void session_file(std::string_view bytes);
/// Bytes as an exercise clock time ("T+02:30").
void clock_text(std::string_view bytes);
/// Bytes as an .xlsx workbook (a zip of XML parts), read as the importers read one.
void xlsx(std::string_view bytes);

}  // namespace ttx::fuzz
