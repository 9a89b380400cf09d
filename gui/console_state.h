// Everything the console remembers between frames that is not simulation state:
// which windows are open, the clock control, the map's view, the selection and
// the trainee's handling of report slips. (The simulation is the Session's.)
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "sim/io/language.h"
#include "sim/exercise/command_check.h"
#include "sim/exercise/live_inject.h"
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
  bool hazard = true, teams = true, stock = true, shelters = true, hospitals = true, roads = true, tasks = true,
       trucks = true, labels = true;
};

/// One report slip's handling by the duty officer (trainee inbox).
struct SlipState {
  bool acknowledged = false, verified = false, passed_up = false;
};

/// How the trainee's inbox is sorted and filtered.
struct InboxView {
  enum class Group { none, town, kind, hour } group = Group::town;
  bool unread_only = false;
  std::string filter;
  std::vector<std::string> collapsed;  ///< group keys folded away
};

struct Selection {
  std::int64_t unit = -1, task = -1, town = -1;
};

/// The panels drawn as tabs in the console's regions (one file each in panels/).
enum class PanelId { reports, tasks, units, commands, plans, score, log, stock, towns, injects };
inline constexpr int kPanelCount = 10;
/// The regions of the screen that hold panels as tabs; the map fills the rest.
enum class Region { right_top, right_bottom, bottom };
inline constexpr int kRegionCount = 3;

/// Where each panel is and how large the regions are: remembered in imgui.ini
/// (gui/layout_settings.cpp). Shares are of the window's body, so the layout scales.
struct LayoutState {
  float right_share = 0.30f;   ///< right column width / window width
  float right_split = 0.56f;   ///< right column: upper region height / column height
  float bottom_share = 0.27f;  ///< bottom strip height / body height
  std::array<Region, kPanelCount> region{Region::right_top,    Region::right_top,    Region::right_top, Region::right_bottom,
                                         Region::right_bottom, Region::right_bottom, Region::bottom,    Region::bottom,
                                         Region::bottom,       Region::bottom};
  std::array<bool, kPanelCount> shown{true, true, true, true, true, true, true, true, true, true};
  /// The tab in front in each region (restored from imgui.ini once, then followed).
  std::array<int, kRegionCount> front{static_cast<int>(PanelId::reports), static_cast<int>(PanelId::commands),
                                      static_cast<int>(PanelId::log)};
  bool restore_front = true;            ///< bring `front` forward on the next frame
  std::optional<PanelId> focus;         ///< bring this panel forward next frame (menu, script)
  bool legend = true, layers = true;    ///< the map's legend and layer switches
};

/// The commands panel's form: the kind chosen and its fields.
struct CommandForm {
  int kind = 0;  ///< index into response::Command's alternatives
  int plan = 0, level = 4, town = 0, item = 0, aid = 0, to = 0, village = 0, host = 0;
  int quantity = 100;
  bool relief = true, equipment = true;
};

/// The director's live inject being written (injects panel): indices into the lists it offers.
struct InjectForm {
  bool open = false;  ///< unfolded in the injects panel
  int to = 0;  ///< 0: the duty office, 1 + k: town k
  std::string message_zh, message_en;
  int effect = 0;  ///< 0: none, 1 + k: kLiveEffectKinds[k]
  int road = 0, depot = 0, unit = 0;
  float share = 0.5f;
  int expected = 0;  ///< 0: none, 1 + k: kLiveExpectedKinds[k]
  int town = 0, plan = 0, level = 3, aid = 0, report_to = 0;
  float within_h = 2;
};

struct ConsoleState {
  io::Lang lang = io::Lang::zh;
  float ui_scale = 1;  ///< HiDPI: sizes and fonts are multiplied by it
  Mode mode = Mode::director;
  bool show_truth = true;  ///< director: the truth; off: the known picture (trainee: always known)
  LayoutState layout;
  bool& shown(PanelId p) { return layout.shown[static_cast<std::size_t>(p)]; }
  ClockState clock;
  MapState map;
  Selection selected;
  std::vector<SlipState> slips;  ///< by report (arrival) index
  InboxView inbox;
  int log_filter = -1;                     ///< LogKind shown, -1 all
  std::string log_search;
  CommandForm form;
  std::optional<response::Command> pending;  ///< proposed, waiting for its confirmation
  /// The last command submitted and what became of it (drawn in the language of the moment).
  std::optional<response::Command> last_command;
  std::optional<exercise::Refused> last_refusal;
  InjectForm inject_form;
  /// A live inject the director confirmed, sent by the console after the frame.
  std::optional<exercise::LiveInject> inject_to_send;
  std::string session_file;    ///< where the session is saved, "" not saved
  std::string branch;          ///< the branch in play
  std::string save_problem;    ///< why the last save failed, "" saved
  std::string inject_problem;  ///< why the last live inject was not sent, "" sent
  /// True when the view should show only what command knows.
  bool known_only() const { return mode == Mode::trainee || !show_truth; }
};

}  // namespace ttx::gui
