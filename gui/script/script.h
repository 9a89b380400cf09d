// Console scripts (tests/gui/*.script): one action a line, '#' starts a comment.
//
//   advance T+06:00          run to that time        step N / step-decision
//   play SPEED FRAMES        play at kSpeeds[SPEED] for FRAMES frames
//   open PANEL / close PANEL tasks units stock plans towns reports injects log score commands legend layers
//                            (open brings the panel's tab to the front of its region)
//   inbox GROUP              group the report slips by none|town|kind|hour
//   select unit UNIT_ID / select task N / select town TOWN_ID
//   command KIND ARGS...     set-level PLAN LEVEL | mobilise UNIT_ID... | assign UNIT_ID TASK|first:SKILL |
//                            stand-down UNIT_ID | open-shelters TOWN_ID | release-stock [relief|equipment|both] |
//                            activate-reserve | request-aid AID | order-relief TOWN_ID ITEM QUANTITY | send-report city|province
//   inject TO MESSAGE_ZH [MESSAGE_EN] [effect KIND ARGS...] [expect KIND [TOWN] HOURS]
//                            a live inject (TO: duty_officer or a town id; '_' is a blank in a message; effect cut_road FROM TO |
//                            reopen_road FROM TO | flood_depot DEPOT SHARE | unit_unavailable UNIT)
//   open inject-form         the director's live inject form, unfolded
//   lang zh|en   mode director|trainee   truth on|off   zoom FACTOR   pan DX DY   frames N
//
// A command goes through the same path as one confirmed in the commands panel
// (ConsoleApp::submit); a script stops at the first line it cannot carry out.
#pragma once

#include <string>
#include <vector>

namespace ttx::gui {

class ConsoleApp;

struct ScriptLine {
  int line = 0;
  std::vector<std::string> words;
};

/// The lines of a script with actions, split into words.
std::vector<ScriptLine> parse_script(const std::string& text);

/// Carries out one line. Returns "" or what is wrong with it; `frames` is set to
/// the frames to draw after it (1 unless the line says otherwise).
std::string run_script_line(ConsoleApp& app, const ScriptLine& line, int& frames);

}  // namespace ttx::gui
