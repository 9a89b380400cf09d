// Everything the console remembers between frames that is not simulation state:
// which windows are open, the clock control, the map's view, the selection and
// the trainee's handling of report slips. (The simulation is the Session's.)
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "sim/io/language.h"
#include "sim/exercise/command_check.h"
#include "sim/response/commands.h"

namespace ttx::gui {

enum class Mode { director, trainee };

/// Play speeds: simulated seconds per wall second (0: as fast as the budget allows).
inline constexpr double kSpeeds[] = {60, 300, 900, 3600, 0};
inline constexpr int kSpeedCount = 5;

struct ClockState {
  bool playing = false;
  int speed = 1;                       ///< index into kSpeeds
  std::uint64_t event_budget = 4000;   ///< events per frame at most, so a frame never stalls
  double carry_s = 0;                  ///< simulated time owed from frames that hit the budget
  std::string jump_text = "T+06:00";
  bool jump_error = false;
  /// Asked for by the top bar or the timeline this frame; the console carries it out after drawing.
  enum class Request { none, step_event, step_decision, jump } request = Request::none;
  std::int64_t jump_to_s = 0;  ///< Request::jump: earlier than now replays the commands given before it
};

struct MapState {
  float zoom = 1;                  ///< 1: the whole district fits the map area
  float pan_x = 0, pan_y = 0;      ///< pixels
  bool dragging = false;
  float drag_x = 0, drag_y = 0;
  // Layers (一图统览: each switched on and off)
  bool hazard = true, teams = true, stock = true, shelters = true, roads = true, tasks = true,
       trucks = true, labels = true;
};

/// One report slip's handling by the duty officer (trainee inbox).
struct SlipState {
  bool acknowledged = false, verified = false, passed_up = false;
};

struct Selection {
  std::int64_t unit = -1, task = -1, town = -1;
};

struct ShowFlags {
  bool tasks = true, units = true, stock = false, plans = false, towns = false, reports = true, injects = false,
       log = true, score = false, commands = true, legend = true, timeline = true, layers = true;
};

/// The commands panel's form: the kind chosen and its fields.
struct CommandForm {
  int kind = 0;  ///< index into response::Command's alternatives
  int plan = 0, level = 4, town = 0, item = 0, aid = 0, to = 0;
  int quantity = 100;
  bool relief = true, equipment = true;
};

struct ConsoleState {
  io::Lang lang = io::Lang::zh;
  float ui_scale = 1;  ///< HiDPI: sizes and fonts are multiplied by it
  Mode mode = Mode::director;
  bool show_truth = true;  ///< director: the truth; off: the known picture (trainee: always known)
  ShowFlags show;
  ClockState clock;
  MapState map;
  Selection selected;
  std::map<std::size_t, SlipState> slips;  ///< by report (arrival) index
  int log_filter = -1;                     ///< LogKind shown, -1 all
  std::string log_search;
  CommandForm form;
  std::optional<response::Command> pending;  ///< proposed, waiting for its confirmation
  /// The last command submitted and what became of it (drawn in the language of the moment).
  std::optional<response::Command> last_command;
  std::optional<exercise::Refused> last_refusal;
  /// True when the view should show only what command knows.
  bool known_only() const { return mode == Mode::trainee || !show_truth; }
};

}  // namespace ttx::gui
